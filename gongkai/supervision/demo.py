"""Demo data: the county's own work plan for the current year, with a few reports —
some done, one overdue — and a 督办单; three representatives' suggestions — one answered,
reviewed and published without the deputy's name and phone, one awaiting review, one in
hand (idempotent)."""

from __future__ import annotations

from django.utils import timezone

from gongkai.core.models import Unit, User
from gongkai.supervision.models import Plan, ProgressStatus
from gongkai.supervision.planparse.types import ParsedPlan, ParsedTask

GOV = "示范县人民政府"

TASKS = [
    ("1", ["一、加强政策发布解读"], "及时公开规范性文件并同步发布解读材料，解读率达到100%。",
     ["县政府办公室"], ["县民政局", "县教体局"], "年底前"),
    ("2", ["一、加强政策发布解读"], "每季度召开一次政策吹风会，回应社会关切。",
     ["县民政局"], [], "每季度"),
    ("3", ["二、推进重点领域信息公开"], "公开社会救助、养老服务等民生政策执行情况。",
     ["县民政局"], ["各乡镇(街道)"], "6月底前"),
    ("4", ["二、推进重点领域信息公开"], "公开义务教育招生入学政策、学校划片范围。",
     ["县教体局"], [], "3月底前"),
    ("5", ["二、推进重点领域信息公开"], "公开医疗机构执业许可、卫生监督检查结果。",
     ["县卫健局"], [], "长期坚持"),
    ("6", ["三、夯实公开基础"], "更新基层政务公开标准目录，做到应公开尽公开。",
     ["各乡镇(街道)"], ["县政府办公室"], "9月底前"),
]  # fmt: skip


def load() -> str:
    from gongkai.supervision.reporting import notice_issue, progress_report
    from gongkai.supervision.services import plan_create_from_import, plan_publish, plan_send

    gov = Unit.objects.filter(name=GOV).first()
    office = User.objects.filter(username="gongkaiban").first()
    if gov is None or office is None:
        return "工作督办：缺少示范县单位，跳过"
    today = timezone.localdate()
    title = f"示范县{today.year}年政务公开工作要点任务分解表"
    if Plan.objects.filter(title=title).exists():
        return "工作督办：已存在"
    parsed = ParsedPlan(
        file="示范县政务公开工作要点任务分解表.docx",
        title=title,
        issuer="示范县人民政府办公室",
        year=today.year,
        tasks=[
            ParsedTask(no, cat, text, lead, partner, dl)
            for no, cat, text, lead, partner, dl in TASKS
        ],
    )
    plan = plan_create_from_import(actor=office, unit=gov, year=today.year, parsed=parsed)
    for task in plan.tasks.all():
        if not task.lead_units.exists():
            task.lead_units.add(gov)
    plan.unmatched_names = []
    plan.save(update_fields=["unmatched_names"])
    plan_send(actor=office, plan=plan)
    plan_publish(actor=office, plan=plan)
    tasks = list(plan.tasks.order_by("order"))
    reported = 0
    for task, status, text in (
        (tasks[3], ProgressStatus.DONE, "已在门户网站公开招生入学政策和划片范围。"),
        (tasks[1], ProgressStatus.IN_PROGRESS, "已召开政策吹风会一次。"),
        (tasks[4], ProgressStatus.ONGOING, "按月公开卫生监督检查结果。"),
    ):
        lead = task.lead_units.first()
        if lead is None:
            continue
        progress_report(
            actor=office, task=task, unit=lead, status=status, text=text,
            internal_note="内部备注：材料待补充", period=f"{today.year}-Q1",
        )  # fmt: skip
        reported += 1
    reported += _report_last_period(office, plan, tasks, today)
    overdue = next((t for t in tasks if t.due and t.due < today), None)
    if overdue is not None and overdue.lead_units.exists():
        notice_issue(
            actor=office,
            task=overdue,
            unit=overdue.lead_units.first(),
            body="该任务已超过完成时限，请说明进展并尽快完成。",
        )
    return f"工作督办：{plan.title}，{len(tasks)}项任务，{reported}条进展；" + load_suggestions()


REPLY = (
    "孙建国代表：\n您提出的《关于加强农村养老服务的建议》收悉。经认真研究，现答复如下：\n"
    "一、县民政局将于{year}年在各乡镇建设互助养老点。\n二、加大资金投入。\n"
    "联系人：钱科长\n联系电话：0886-3622101\n抄送：县人大常委会选工委，县政府督查室"
)


def load_suggestions() -> str:
    from gongkai.supervision.models import Suggestion
    from gongkai.supervision.suggestions import (
        suggestion_assign,
        suggestion_publish,
        suggestion_reply,
        suggestion_review,
    )

    office = User.objects.filter(username="gongkaiban").first()
    unit = Unit.objects.filter(name="示范县民政局").first()
    # the department answers, the office reviews (granted 民政局: 起草与审核分离)
    drafter = User.objects.filter(username="minzheng").first() or office
    if office is None or unit is None:
        return "建议提案：缺少示范单位，跳过"
    office.review_units.add(unit)
    today = timezone.localdate()
    if Suggestion.objects.filter(year=today.year, number="15").exists():
        return "建议提案：已存在"
    start = today.replace(month=1, day=15) if today.month > 3 else today
    common = {"actor": office, "year": today.year, "lead_unit": unit, "assigned_on": start}
    first = suggestion_assign(
        kind=Suggestion.Kind.DEPUTY, number="15", title="关于加强农村养老服务的建议",
        proposer="孙建国", proposer_contact="13912345678",
        distribution="县人大常委会选工委，县政府督查室",
        content="建议在各乡镇建设互助养老点，加大资金投入。", **common,
    )  # fmt: skip
    suggestion_reply(
        actor=drafter, suggestion=first, reply=REPLY.format(year=today.year),
        satisfaction=Suggestion.Satisfaction.SATISFIED,
    )  # fmt: skip
    suggestion_review(actor=office, suggestion=first, approve=True)
    suggestion_publish(actor=office, suggestion=first)
    second = suggestion_assign(
        kind=Suggestion.Kind.MEMBER, number="8", title="关于规范城乡低保审批公示的提案",
        proposer="周委员", content="建议在村（社区）公示栏和网站同步公示低保审批结果。",
        **common,
    )  # fmt: skip
    suggestion_reply(
        actor=drafter, suggestion=second, reply="已要求各乡镇同步在网站公示低保审批结果。",
        satisfaction=Suggestion.Satisfaction.BASIC,
    )  # fmt: skip
    suggestion_assign(
        kind=Suggestion.Kind.DEPUTY, number="23", title="关于增设村级养老服务站的建议",
        proposer="吴代表", content="建议在人口较多的行政村增设养老服务站。",
        **{**common, "assigned_on": today},
    )  # fmt: skip
    return "建议提案3件（公开1件）"


def _report_last_period(office, plan, tasks, today) -> int:
    """Every responsible unit has reported the last ended period, so that a fresh demo
    shows no report overdue for months (only the current period is still to report)."""
    from gongkai.supervision.models import Progress
    from gongkai.supervision.periods import period_of, previous_period
    from gongkai.supervision.reporting import progress_report

    prev = previous_period(period_of(today, plan.period), plan.period)
    if not prev.startswith(str(plan.year)):
        return 0
    done = 0
    for task in tasks:
        task.refresh_from_db()
        if task.status == ProgressStatus.DONE:
            continue
        for unit in [*task.lead_units.all(), *task.partner_units.all()]:
            if Progress.objects.filter(task=task, unit=unit, period=prev).exists():
                continue
            progress_report(
                actor=office,
                task=task,
                unit=unit,
                status=ProgressStatus.IN_PROGRESS,
                text="按计划推进，本期工作已完成，相关信息已在门户网站公开。",
                period=prev,
            )
            done += 1
    return done
