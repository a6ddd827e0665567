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
        # 网上查看: a fresh demo sends no e-mail (make run has no mail server, and a
        # failed send would be a false alarm on the to-do list).
        "delivery_route": "online",
    }
    data.update(over)
    return data


def load() -> str:
    from gongkai.foi import services

    if Application.objects.filter(description__endswith=MARKER).exists():
        return "依申请公开示例：已存在，未新增"
    unit = Unit.objects.filter(name="示范县民政局").first()
    editor = User.objects.filter(username="minzheng").first()
    # the department's 审核员 approves the replies its 信息员 drafts (答复审核)
    reviewer = User.objects.filter(username="minzheng_sh").first()
    office = User.objects.filter(username="gongkaiban").first()
    if unit is None or editor is None or office is None or reviewer is None:
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
    services.reply_via_review(
        drafter=editor,
        reviewer=reviewer,
        application=app,
        outcome=Outcome.DISCLOSED,
        legal_basis="《中华人民共和国政府信息公开条例》第二十七条",
        on=_back(cal, today, 10),
    )
    services.application_deliver(
        actor=editor, application=app, on=_back(cal, today, 9), note="申请人已在网上查看"
    )
    created += 1
    app, on = register(35, "王八", "民政局2026年第3次局务会议讨论记录")
    services.reply_via_review(
        drafter=editor,
        reviewer=reviewer,
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


LAST_YEAR_MARKER = "（上年度示例申请）"

#: (month, day received, applicant, applicant type, request, outcome, working days to reply)
LAST_YEAR = [
    (2, 17, "蒋一", ApplicantType.NATURAL_PERSON, "上年度城乡低保资金发放明细",
     Outcome.DISCLOSED, 8),
    (3, 10, "沈二", ApplicantType.NATURAL_PERSON, "城关镇敬老院建设项目批复文件",
     Outcome.DISCLOSED, 12),
    (4, 21, "示范县某建筑有限公司", ApplicantType.COMMERCIAL, "养老服务设施招标评分细则",
     Outcome.PARTLY, 15),
    (5, 12, "韩三", ApplicantType.NATURAL_PERSON, "本人家庭低保审核的入户调查记录",
     Outcome.NOT_PROCESS, 10),
    (6, 16, "杨四", ApplicantType.NATURAL_PERSON, "全县殡葬改革专项资金审计报告",
     Outcome.CANNOT_NOT_HELD, 6),
    (8, 11, "朱五", ApplicantType.NATURAL_PERSON, "上年度特困人员供养标准",
     Outcome.DISCLOSED, 5),
    (9, 15, "示范县法律援助中心", ApplicantType.LEGAL_SERVICE, "临时救助审批流程及依据",
     Outcome.DISCLOSED, 9),
    (10, 20, "秦六", ApplicantType.NATURAL_PERSON, "社区养老服务站运营补贴名单",
     Outcome.CANNOT_COMPILE, 14),
    (11, 10, "尤七", ApplicantType.NATURAL_PERSON, "上年度城乡低保资金发放明细",
     Outcome.UNPROCESSED_REPEAT, 4),
]  # fmt: skip
REASONS = {
    Outcome.PARTLY: ("评分细则中的投标人报价属于商业秘密，不予公开，其余部分予以公开", "第三十七条"),
    Outcome.NOT_PROCESS: ("入户调查记录属于行政机关内部的过程性信息", "第十六条第二款"),
    Outcome.CANNOT_NOT_HELD: ("本机关未制作或获取该审计报告，建议向县审计局申请", "第三十六条第（五）项"),
    Outcome.CANNOT_COMPILE: ("本机关没有现成的名单，需要另行汇总制作", "第三十八条"),
    Outcome.UNPROCESSED_REPEAT: ("与本年度已答复的申请内容相同", "第三十六条第（六）项"),
}  # fmt: skip


def load_last_year() -> str:
    """Applications received and answered last year, for last year's annual report."""
    from gongkai.foi import services

    if Application.objects.filter(description__endswith=LAST_YEAR_MARKER).exists():
        return "上年度示例申请：已存在，未新增"
    unit = Unit.objects.filter(name="示范县民政局").first()
    editor = User.objects.filter(username="minzheng").first()
    # the department's 审核员 approves the replies its 信息员 drafts (答复审核)
    reviewer = User.objects.filter(username="minzheng_sh").first()
    if unit is None or editor is None or reviewer is None:
        return "上年度示例申请：缺少示范单位或人员，跳过"
    cal = clock.current_calendar()
    year = timezone.localdate().year - 1
    created = 0
    for month, day, name, kind, request, outcome, days in LAST_YEAR:
        on = dt.date(year, month, day)
        while not cal.is_workday(on):
            on += dt.timedelta(days=1)
        data = _data(unit, name, request, applicant_type=kind)
        data["description"] = request + LAST_YEAR_MARKER
        if kind != ApplicantType.NATURAL_PERSON:
            data["contact_person"] = "王经办"
        app, _code = services.application_register(
            actor=editor, data=data, channel=Channel.IN_PERSON, submitted_on=on
        )
        replied = on
        for _ in range(days):
            replied += dt.timedelta(days=1)
            while not cal.is_workday(replied):
                replied += dt.timedelta(days=1)
        reasons, article = REASONS.get(outcome, ("", "第二十七条"))
        services.reply_via_review(
            drafter=editor,
            reviewer=reviewer,
            application=app,
            outcome=outcome,
            reasons=reasons,
            legal_basis=f"《中华人民共和国政府信息公开条例》{article}",
            holder="示范县审计局" if outcome == Outcome.CANNOT_NOT_HELD else "",
            on=replied,
        )
        created += 1
    return f"上年度示例申请 {created} 件（均已在法定期限内答复）"
