"""JSON API: public consultations, messages and survey responses; staff moderation."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.models import Consultation, Message, MessageKind
from gongkai.privacy import mask_text

consultations = Router(tags=["意见征集"])
messages_router = Router(tags=["网上留言"])
surveys = Router(tags=["民意调查"])


def _found_or_404(obj, what: str):
    if obj is None:
        raise HttpError(404, f"未找到该{what}")
    return obj


def _client(request: HttpRequest) -> str:
    return svc.client_hash(svc.client_address(request))


class ConsultationOut(Schema):
    id: int
    title: str
    unit: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    phase: str
    is_open: bool
    url: str


class FeedbackOut(Schema):
    opinion: str
    outcome: str
    outcome_label: str
    reason: str


class CommentPublicOut(Schema):
    id: int
    name: str
    text: str
    created_at: dt.datetime


class ConsultationDetailOut(ConsultationOut):
    draft_text: str
    explanation: str
    how_to_comment: str
    short_period_reason: str
    comments: list[CommentPublicOut]
    feedback_published: bool
    feedback: list[FeedbackOut]
    decision_url: str
    decision_title: str


def _consultation_out(c: Consultation) -> dict:
    return {
        "id": c.pk,
        "title": c.title,
        "unit": str(c.unit),
        "starts_at": c.starts_at,
        "ends_at": c.ends_at,
        "phase": c.phase,
        "is_open": c.is_open(),
        "url": f"/hudong/zhengji/{c.pk}/",
    }


@consultations.get("", response=list[ConsultationOut], summary="意见征集列表")
def consultation_list(request, open: bool = False):  # noqa: A002
    qs = sel.consultations_open() if open else sel.consultations_public()
    return [_consultation_out(c) for c in qs[:200]]


@consultations.get("/{int:pk}", response=ConsultationDetailOut, summary="意见征集详情")
def consultation_detail(request, pk: int):
    c = _found_or_404(sel.consultation_public(pk), "意见征集")
    feedback = []
    if c.summary_published_at:
        feedback = [
            {
                "opinion": mask_text(f.opinion),
                "outcome": f.outcome,
                "outcome_label": f.get_outcome_display(),
                "reason": f.reason,
            }
            for f in c.feedback.all()
        ]
    return {
        **_consultation_out(c),
        "draft_text": mask_text(c.draft_text),
        "explanation": c.explanation,
        "how_to_comment": c.how_to_comment,
        "short_period_reason": c.short_period_reason,
        "comments": sel.public_comments(c, limit=COMMENTS_IN_DETAIL),
        "feedback_published": bool(c.summary_published_at),
        "feedback": feedback,
        "decision_url": c.decision_url if c.summary_published_at else "",
        "decision_title": c.decision_title if c.summary_published_at else "",
    }


COMMENTS_IN_DETAIL = 100


class PageQuery(Schema):
    offset: int = Field(0, ge=0, le=10_000_000)
    limit: int = Field(100, ge=1, le=500)


@consultations.get(
    "/{int:pk}/comments", response=list[CommentPublicOut], summary="已公开的意见（分页）"
)
def comment_list(request, pk: int, params: Query[PageQuery]):
    c = _found_or_404(sel.consultation_public(pk), "意见征集")
    rows = sel.approved_comments(c)[params.offset : params.offset + params.limit]
    return [sel.public_comment(x) for x in rows]


class CommentIn(Schema):
    text: str = Field(min_length=1, max_length=5000, description="意见")
    name: str = Field("", max_length=50, description="姓名（选填）")
    contact: str = Field("", max_length=100, description="联系方式（选填，不公开）")


class CommentAccepted(Schema):
    id: int
    status: str
    message: str


@consultations.post(
    "/{int:pk}/comments", response={201: CommentAccepted}, summary="提交意见（无需账号）"
)
def comment_create(request, pk: int, payload: CommentIn):
    c = _found_or_404(sel.consultation_public(pk), "意见征集")
    comment = svc.comment_submit(
        consultation=c,
        text=payload.text,
        name=payload.name,
        contact=payload.contact,
        client=_client(request),
    )
    return Status(
        201, {"id": comment.pk, "status": comment.status, "message": "意见已提交，审核后公开"}
    )


# --- staff: moderation and feedback ------------------------------------------------------


class CommentStaffOut(Schema):
    id: int
    text: str
    name: str
    contact: str
    status: str
    flagged_words: list[str]
    reject_reason: str
    created_at: dt.datetime


@consultations.get(
    "/{int:pk}/queue", response=list[CommentStaffOut], auth=staff_auth, summary="意见审核队列"
)
def comment_queue(request, pk: int, status: str = "pending"):
    c = sel.consultation_for(request.auth, pk)
    return list(sel.comments_with_status(c, status))


class ModerateIn(Schema):
    approve: bool
    reason: str = Field("", max_length=300)


@consultations.post(
    "/{int:pk}/comments/{int:comment_id}/moderate",
    response=CommentStaffOut,
    auth=staff_auth,
    summary="审核意见（通过 / 不通过须说明理由）",
)
def comment_moderate(request, pk: int, comment_id: int, payload: ModerateIn):
    c = sel.consultation_for(request.auth, pk)
    comment = sel.comment_of(c, comment_id)
    return svc.comment_moderate(
        actor=request.auth, comment=comment, approve=payload.approve, reason=payload.reason
    )


class FeedbackIn(Schema):
    outcome: Literal["adopted", "partly", "not_adopted"]
    reason: str = Field("", max_length=5000)
    opinion: str = Field("", max_length=5000)
    comment_ids: list[int] = Field(default_factory=list, max_length=1000)


class FeedbackCreated(Schema):
    id: int
    outcome: str
    reason: str
    opinion: str


@consultations.post(
    "/{int:pk}/feedback",
    response={201: FeedbackCreated},
    auth=staff_auth,
    summary="记录意见反馈（部分采纳或未采纳须说明理由）",
)
def feedback_create(request, pk: int, payload: FeedbackIn):
    c = sel.consultation_for(request.auth, pk)
    comments = sel.comments_of(c, payload.comment_ids)
    if len(comments) != len(set(payload.comment_ids)):
        raise HttpError(400, "部分意见不属于本次征集")
    fb = svc.feedback_record(
        actor=request.auth,
        consultation=c,
        opinion=payload.opinion,
        outcome=payload.outcome,
        reason=payload.reason,
        comments=comments,
    )
    return Status(201, fb)


class DecisionIn(Schema):
    published_on: dt.date
    url: str = Field(min_length=1, max_length=500)
    title: str = Field(min_length=1, max_length=200)
    item_id: int | None = Field(None, ge=1)


class DecisionOut(Schema):
    # the public field names predate the core deadline fields (due, due_provisional, ...)
    feedback_due: dt.date = Field(alias="due")
    provisional: bool = Field(alias="due_provisional")
    rule: str = Field(alias="due_rule")
    explanation: str = Field(alias="due_explanation")


@consultations.post(
    "/{int:pk}/decision",
    response=DecisionOut,
    auth=staff_auth,
    summary="登记决策文件公布（反馈情况 10 个工作日内公开）",
)
def decision_record(request, pk: int, payload: DecisionIn):
    c = sel.consultation_for(request.auth, pk)
    c = svc.consultation_decision_record(
        actor=request.auth,
        consultation=c,
        published_on=payload.published_on,
        url=payload.url,
        title=payload.title,
        item_id=payload.item_id,
    )
    return c


# --- messages ------------------------------------------------------------------------------


class MessageIn(Schema):
    kind: Literal["inquiry", "suggestion", "complaint", "help"]
    unit_id: int | None = None
    leader_id: int | None = None
    subject: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=5000)
    contact: str = Field(min_length=1, max_length=100)
    name: str = Field("", max_length=50)
    may_publish: bool = False


class MessageReceipt(Schema):
    tracking_number: str
    code: str
    due: dt.date
    unit: str


@messages_router.post("", response={201: MessageReceipt}, summary="写信 / 留言（无需账号）")
def message_create(request, payload: MessageIn):
    unit = sel.unit_get(payload.unit_id) if payload.unit_id else None
    if payload.unit_id and unit is None:
        raise HttpError(400, "所选单位不存在")
    leader = sel.user_get(payload.leader_id) if payload.leader_id else None
    if payload.leader_id and leader is None:
        raise HttpError(400, "所选领导不存在")
    message, code = svc.message_submit(
        kind=payload.kind,
        unit=unit,
        leader=leader,
        subject=payload.subject,
        text=payload.text,
        contact=payload.contact,
        name=payload.name,
        may_publish=payload.may_publish,
        client=_client(request),
    )
    return Status(
        201,
        {
            "tracking_number": message.tracking_number,
            "code": code,
            "due": message.due,
            "unit": str(message.unit),
        },
    )


class TrackIn(Schema):
    tracking_number: str = Field(min_length=1, max_length=20)
    code: str = Field(min_length=1, max_length=20)


class TrackOut(Schema):
    tracking_number: str
    subject: str
    kind: str
    unit: str
    status: str
    status_label: str
    due: dt.date
    answer: str
    answered_at: dt.datetime | None
    published: bool


@messages_router.post("/track", response=TrackOut, summary="凭查询编号和查询码查询办理情况")
def message_track(request, payload: TrackIn):
    m = svc.message_find_throttled(payload.tracking_number, payload.code, _client(request))
    if m is None:
        raise HttpError(404, "查询编号或查询码不正确")
    answered = m.status == Message.Status.ANSWERED
    status = Message.Status.PROCESSING if m.status == Message.Status.IN_REVIEW else m.status
    return {
        "tracking_number": m.tracking_number,
        "subject": m.subject,
        "kind": str(MessageKind(m.kind).label),
        "unit": str(m.unit),
        "status": status,
        "status_label": str(Message.Status(status).label),
        "due": m.due,
        "answer": m.answer if answered else "",
        "answered_at": m.answered_at if answered else None,
        "published": m.published,
    }


class PublishedMessageOut(Schema):
    id: int
    subject: str
    kind: str
    unit: str
    text: str
    answer: str
    answered_at: dt.datetime | None


@messages_router.get("", response=list[PublishedMessageOut], summary="公开的留言答复")
def message_list(request):
    return [
        {
            "id": m.pk,
            "subject": mask_text(m.subject),
            "kind": str(MessageKind(m.kind).label),
            "unit": str(m.unit),
            "text": mask_text(m.text),
            "answer": mask_text(m.answer),
            "answered_at": m.answered_at,
        }
        for m in sel.messages_published()[:200]
    ]


class StaleOut(Schema):
    id: int
    tracking_number: str
    unit: str
    received_at: dt.datetime
    subject: str


@messages_router.get(
    "/stale",
    response=list[StaleOut],
    auth=staff_auth,
    summary="超过3个月未答复的有效留言（全国政府网站检查否决项）",
)
def messages_stale(request):
    qs = sel.messages_stale_for(request.auth)
    return [
        {
            "id": m.pk,
            "tracking_number": m.tracking_number,
            "unit": str(m.unit),
            "received_at": m.received_at,
            "subject": m.subject,
        }
        for m in qs
    ]


# --- surveys -------------------------------------------------------------------------------


class SurveyResponseIn(Schema):
    answers: dict[str, int | str | list[int]] = Field(
        description="题目编号 → 答案：单选为选项序号，多选为序号列表，打分为分值，文字题为文本"
    )


class SurveyResponseOut(Schema):
    id: int
    message: str


@surveys.post(
    "/{int:pk}/responses", response={201: SurveyResponseOut}, summary="提交调查答卷（无需账号）"
)
def survey_response(request, pk: int, payload: SurveyResponseIn, response: HttpResponse):
    survey = _found_or_404(sel.survey_public(pk), "调查")
    cookie = f"hd_survey_{survey.pk}"
    if request.COOKIES.get(cookie):
        raise HttpError(409, "您已参加过本次调查")
    r = svc.survey_respond(survey=survey, answers=payload.answers, client=_client(request))
    response.set_cookie(cookie, "1", max_age=365 * 86400, httponly=True, samesite="Lax")
    return Status(201, {"id": r.pk, "message": "提交成功，感谢参与"})


class TallyOut(Schema):
    question_id: int
    question: str
    kind: str
    answered: int
    counts: list[tuple[str, int]]
    average: float | None


@surveys.get("/{int:pk}/results", response=list[TallyOut], summary="调查结果")
def survey_results(request, pk: int):
    survey = _found_or_404(sel.survey_public(pk), "调查")
    if not survey.results_public and survey.ends_at > timezone.now():
        raise HttpError(404, "调查结果尚未公开")
    return [
        {
            "question_id": t.question.pk,
            "question": t.question.text,
            "kind": t.question.kind,
            "answered": t.answered,
            "counts": t.bars,
            "average": t.average,
        }
        for t in sel.survey_tallies(survey)
    ]


routers = [
    ("consultations", consultations),
    ("messages", messages_router),
    ("surveys", surveys),
]
