"""Demo content (order 40): consultations, messages, a survey, a meeting, a reply.

Idempotent: every object is looked up by title first, so a second run adds nothing.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.models import Unit, User
from gongkai.participation import services as svc
from gongkai.participation.models import (
    Consultation,
    DeputyReply,
    Feedback,
    Meeting,
    Message,
    Survey,
)

OPEN_TITLE = "《示范县城乡居民最低生活保障实施办法（征求意见稿）》公开征求意见"
CLOSED_TITLE = "《示范县养老服务设施布局规划（2026—2035年）》公开征求意见"


def _people():
    editor = User.objects.filter(username="minzheng").first()
    reviewer = User.objects.filter(username="minzheng_sh").first()
    office = User.objects.filter(username="gongkaiban").first()
    return editor, reviewer, office


@transaction.atomic
def load_demo() -> str:
    editor, reviewer, office = _people()
    if not (editor and reviewer and office):
        return "跳过：示范单位和人员尚未载入"
    unit = editor.unit
    now = timezone.now()
    made = []
    if not Consultation.objects.filter(title=OPEN_TITLE).exists():
        c = svc.consultation_create(
            actor=editor,
            unit=unit,
            title=OPEN_TITLE,
            draft_text=(
                "第一条 为规范城乡居民最低生活保障工作，根据《社会救助暂行办法》，结合本县实际，制定本办法。\n"
                "第二条 共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合家庭财产状况规定的，"
                "可以申请最低生活保障。\n第三条 最低生活保障标准由县人民政府确定、公布，并根据经济社会发展水平适时调整。"
            ),
            explanation="为贯彻落实社会救助制度改革要求，县民政局起草了本办法，现公开征求社会各界意见。",
            how_to_comment="在本页面提交意见，或寄信至示范县民政局社会救助股（信封注明“低保办法意见”）。",
            starts_at=now - dt.timedelta(days=3),
            ends_at=now + dt.timedelta(days=27),
            publish=True,
        )
        svc.comment_submit(
            consultation=c, text="建议将低保审核时限写入办法，并公开办理进度。", name="王明"
        )
        made.append("开放中的意见征集")
    if not Consultation.objects.filter(title=CLOSED_TITLE).exists():
        c = svc.consultation_create(
            actor=editor,
            unit=unit,
            title=CLOSED_TITLE,
            draft_text="规划到2035年，每个乡镇建成一所区域性养老服务中心，城市社区日间照料中心全覆盖。",
            explanation="依据省市养老服务体系建设规划编制。",
            how_to_comment="在本页面提交意见。",
            starts_at=now - dt.timedelta(days=60),
            ends_at=now - dt.timedelta(days=25),
            short_period_reason="",
            publish=True,
        )
        # comments that came by post and e-mail during the period, entered by staff
        a = svc.comment_record(
            actor=editor,
            consultation=c,
            text="建议增加农村互助养老点的建设内容。",
            name="李华",
            received_at=now - dt.timedelta(days=40),
        )
        b = svc.comment_record(
            actor=editor,
            consultation=c,
            text="希望日间照料中心延长开放时间到晚上八点。",
            channel="email",
            received_at=now - dt.timedelta(days=30),
        )
        for comment in (a, b):
            svc.comment_moderate(actor=reviewer, comment=comment, approve=True)
        svc.feedback_record(
            actor=editor,
            consultation=c,
            opinion="增加农村互助养老点",
            outcome=Feedback.Outcome.ADOPTED,
            comments=[a],
        )
        svc.feedback_record(
            actor=editor,
            consultation=c,
            opinion="延长日间照料中心开放时间",
            outcome=Feedback.Outcome.PARTLY,
            reason="开放时间由各中心根据人员配备确定，规划中明确鼓励有条件的中心延时服务。",
            comments=[b],
        )
        svc.consultation_decision_record(
            actor=editor,
            consultation=c,
            published_on=timezone.localdate() - dt.timedelta(days=5),
            url="/xxgk/",
            title="示范县养老服务设施布局规划（2026—2035年）",
        )
        svc.consultation_summary_publish(
            actor=reviewer, consultation=c, intro="感谢社会各界的关心和支持。"
        )
        made.append("已反馈的意见征集")
    if not Message.objects.filter(subject="低保申请需要哪些材料？").exists():
        m, _code = svc.message_submit(
            kind="inquiry",
            unit=unit,
            subject="低保申请需要哪些材料？",
            text="您好，我家老人想申请低保，请问需要准备哪些材料？在哪里办理？",
            contact="13800000000",
            name="赵先生",
            may_publish=True,
        )
        svc.message_answer(
            actor=editor,
            message=m,
            answer="您好！申请低保需提供户口簿、身份证、家庭收入和财产情况说明，"
            "可到户籍所在地乡镇（街道）便民服务中心提出申请。",
            publish=True,
        )
        svc.message_review(actor=reviewer, message=m, approve=True)
        gov = Unit.objects.filter(parent__isnull=True).first()
        svc.message_submit(
            kind="suggestion",
            unit=gov or unit,
            subject="建议在城关镇增设公交站点",
            text="城关镇新区居民较多，建议增设公交站点。",
            contact="zhang@example.com",
            may_publish=True,
        )
        made.append("留言")
    if not Survey.objects.filter(title="政务服务满意度调查").exists():
        s = svc.survey_create(
            actor=editor,
            unit=unit,
            title="政务服务满意度调查",
            description="请您对本县政务服务进行评价。",
            starts_at=now - dt.timedelta(days=1),
            ends_at=now + dt.timedelta(days=30),
            publish=True,
            questions=[
                {
                    "kind": "single",
                    "text": "您最常使用的办事渠道",
                    "options": ["网上办理", "窗口办理", "自助终端"],
                },
                {
                    "kind": "multiple",
                    "text": "您希望改进的方面",
                    "options": ["办事时间", "材料简化", "服务态度", "信息公开"],
                },
                {"kind": "scale", "text": "总体满意度", "scale_max": 5},
                {"kind": "text", "text": "其他意见建议", "required": False},
            ],
        )
        qs = list(s.questions.all())
        for i in range(6):
            svc.survey_respond(
                survey=s,
                answers={qs[0].pk: i % 3, qs[1].pk: [i % 4, (i + 1) % 4], qs[2].pk: 3 + i % 3},
            )
        made.append("民意调查")
    if not Meeting.objects.filter(title="县政府第12次常务会议").exists():
        gov_office = User.objects.filter(username="gongkaiban").first()
        svc.meeting_save(
            actor=gov_office,
            unit=gov_office.unit,
            title="县政府第12次常务会议",
            held_on=timezone.localdate() - dt.timedelta(days=20),
            topics="一、研究养老服务设施布局规划\n二、研究城乡低保标准调整",
            public_invited=True,
            public_attendees=3,
            livestream_url="",
            outcome="会议原则通过养老服务设施布局规划。",
            published=True,
        )
        made.append("会议")
    if (
        plugs.suggestion_replies() is None
        and not DeputyReply.objects.filter(title="关于加强农村养老服务的建议的答复").exists()
    ):  # with a publisher of 建议提案办理结果, its demo has this reply
        svc.deputy_reply_publish(
            actor=reviewer,
            unit=unit,
            kind=DeputyReply.Kind.NPC,
            number="第15号",
            title="关于加强农村养老服务的建议的答复",
            body=(
                "孙建国代表：\n您提出的《关于加强农村养老服务的建议》收悉。经认真研究，现答复如下：\n"
                "一、县民政局将于2026年在各乡镇建设互助养老点。\n二、加大资金投入。\n"
                "联系人：钱科长\n联系电话：0886-3622101\n抄送：县人大常委会选工委，县政府督查室"
            ),
            deputy_name="孙建国",
            deputy_contact="13912345678",
            distribution="县人大常委会选工委，县政府督查室",
        )
        made.append("建议复文")
    return "政民互动：" + ("、".join(made) if made else "已存在，无新增")
