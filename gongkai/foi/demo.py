"""Demo applications in various states (order 30); idempotent."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gongkai.core.models import Unit, User
from gongkai.core.workdays import WorkCalendar
from gongkai.foi import clock
from gongkai.foi.codes import ApplicantType, CaseKind, Outcome
from gongkai.foi.models import Application, Channel, FeeMethod

MARKER = "（示例申请）"


def _back(cal: WorkCalendar, today: dt.date, n: int) -> dt.date:
    """The day that lies ``n`` working days before ``today``."""
    day = today
    while cal.count(day, today).value < n:
        day -= dt.timedelta(days=1)
    return day


def _data(unit: Unit, name: str, description: str, **over) -> dict:
    data = {
        "unit": unit.pk,
        "applicant_type": ApplicantType.NATURAL_PERSON,
        "applicant_name": name,
        "id_number": "",
        "phone": "13800000000",
        "email": "demo@example.com",
        "address": "示范县城关镇幸福路8号",
        "postcode": "673100",
        "description": description + MARKER,
        "doc_number": "",
        "title": "",
        "form_wanted": "electronic",
        "delivery_route": "email",
    }
    data.update(over)
    return data


def load() -> str:
    from gongkai.foi import services

    if Application.objects.filter(description__endswith=MARKER).exists():
        return "依申请公开示例：已存在，未新增"
    unit = Unit.objects.filter(name="示范县民政局").first()
    editor = User.objects.filter(username="minzheng").first()
    office = User.objects.filter(username="gongkaiban").first()
    if unit is None or editor is None or office is None:
        return "依申请公开示例：缺少示范单位或人员，跳过"
    cal = clock.current_calendar()
    today = timezone.localdate()

    def register(days_ago: int, name: str, description: str, channel=Channel.IN_PERSON, **over):
        on = _back(cal, today, days_ago)
        app, _code = services.application_register(
            actor=editor,
            data=_data(unit, name, description, **over),
            channel=channel,
            submitted_on=on,
            signed_for_on=on if channel == Channel.REGISTERED_POST else None,
            confirmed_on=on if channel in (Channel.FAX, Channel.ORDINARY_POST) else None,
        )
        return app, on

    created = 0
    services.application_submit(
        data=_data(
            unit, "赵小明", "2025年度本县临时救助资金发放汇总", id_number="11010519491231002X"
        )
    )
    created += 1
    register(3, "钱二", "2026年城关镇低保对象复核结果")
    created += 1
    app, on = register(6, "孙三", "有关养老机构的文件", channel=Channel.REGISTERED_POST)
    services.correction_request(
        actor=editor,
        application=app,
        items="请写明所需文件的名称、文号或形成时间",
        days=15,
        on=_back(cal, today, 4),
    )
    created += 1
    app, on = register(
        12,
        "示范县某养老服务有限公司",
        "本公司参与的2025年养老服务补贴评审结果",
        applicant_type=ApplicantType.COMMERCIAL,
        contact_person="李经理",
    )
    services.consultation_start(
        actor=editor, application=app, party="其他参评企业", on=_back(cal, today, 4)
    )
    created += 1
    app, on = register(
        18, "周五", "2021年以来全县殡葬设施建设项目的审批和资金文件", channel=Channel.FAX
    )
    services.extension_approve(
        actor=office,
        application=app,
        days=15,
        reason="涉及多年度档案，需调阅整理",
        on=_back(cal, today, 1),
    )
    created += 1
    app, on = register(8, "吴六", "2024—2026年全县社会组织年检结果全文")
    services.fee_assess(actor=editor, application=app, method=FeeMethod.PER_VOLUME, pages=120)
    services.fee_notice(actor=editor, application=app, on=_back(cal, today, 2))
    created += 1
    app, on = register(25, "郑七", "示范县最低生活保障实施细则", doc_number="示政发〔2024〕12号")
    services.application_reply(
        actor=editor,
        application=app,
        outcome=Outcome.DISCLOSED,
        legal_basis="《中华人民共和国政府信息公开条例》第二十七条",
        on=_back(cal, today, 10),
    )
    services.application_deliver(
        actor=editor, application=app, on=_back(cal, today, 9), note="电子邮件送达"
    )
    created += 1
    app, on = register(35, "王八", "民政局2026年第3次局务会议讨论记录")
    services.application_reply(
        actor=editor,
        application=app,
        outcome=Outcome.NOT_PROCESS,
        reasons="所申请信息为讨论记录，属于过程性信息",
        legal_basis="《中华人民共和国政府信息公开条例》第十六条第二款",
        on=_back(cal, today, 20),
    )
    services.case_record(
        actor=editor,
        application=app,
        kind=CaseKind.REVIEW,
        filed_on=_back(cal, today, 10),
        body="示范县人民政府",
    )
    created += 1
    for i, name in enumerate(["冯九", "陈十", "褚十一"]):
        register(2 + i, name, "示范县最低生活保障实施细则", doc_number="示政发〔2024〕12号")
        created += 1
    return f"依申请公开示例申请 {created} 件（各种办理状态）"
