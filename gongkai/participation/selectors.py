"""Reads of the participation app: public lists, staff scopes, tallies, flags."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.html import escape

from gongkai.core import sites
from gongkai.core.models import Unit, User
from gongkai.core.permissions import get_for_user, scope, visible_units
from gongkai.participation.models import (
    DEFAULT_ANSWER_WORKING_DAYS,
    Answer,
    Comment,
    Consultation,
    DeputyReply,
    Feedback,
    Meeting,
    Message,
    MessageKind,
    MessageKindLimit,
    MessageTransfer,
    Question,
    Survey,
)

#: seed 003: at least 2 meetings a year with the public invited.
REQUIRED_PUBLIC_MEETINGS = 2


def mask_text(text: str) -> str:
    """The privacy scanner's masking; the scanner is imported on first use (it compiles
    its patterns and word lists at import, which every command would otherwise pay)."""
    from gongkai.privacy import mask_text as mask

    return mask(text)


def public_name(name: str) -> str:
    """A commenter's name as shown: the surname only."""
    name = (name or "").strip()
    if not name:
        return "网友"
    return name[0] + "*" * min(len(name) - 1, 2) if len(name) > 1 else name


# --- consultations -------------------------------------------------------------------


def consultations_public() -> QuerySet[Consultation]:
    return sites.scope(
        Consultation.objects.filter(status=Consultation.Status.PUBLISHED).select_related("unit")
    )


def consultations_open(now: dt.datetime | None = None) -> QuerySet[Consultation]:
    now = now or timezone.now()
    return consultations_public().filter(starts_at__lte=now, ends_at__gt=now)


def consultations_for(user) -> QuerySet[Consultation]:
    return (
        scope(Consultation.objects.select_related("unit"), user)
        .annotate(pending=Count("comments", filter=Q(comments__status=Comment.Status.PENDING)))
        .order_by("-starts_at", "-id")
    )


def consultations_pending_moderation_for(user) -> QuerySet[Consultation]:
    """Published consultations the user sees with comments awaiting moderation."""
    return consultations_for(user).filter(status=Consultation.Status.PUBLISHED, pending__gt=0)  # type: ignore[misc]  # annotated


def consultations_awaiting_feedback_for(
    user, now: dt.datetime | None = None
) -> QuerySet[Consultation]:
    """Published consultations the user sees, closed, whose feedback is not yet public."""
    return consultations_for(user).filter(
        status=Consultation.Status.PUBLISHED,
        ends_at__lte=now or timezone.now(),
        summary_published_at__isnull=True,
    )


def awaits_feedback(c: Consultation, now: dt.datetime) -> bool:
    """``consultations_awaiting_feedback_for``'s rule for one published consultation."""
    return c.ends_at <= now and c.summary_published_at is None


def consultations_to_follow_up_for(user, now: dt.datetime) -> list[Consultation]:
    """Both lists above in one read (the to-do list): published consultations the user
    sees with comments awaiting moderation or feedback due; ``pending`` annotated."""
    return list(
        consultations_for(user).filter(
            Q(pending__gt=0) | Q(ends_at__lte=now, summary_published_at__isnull=True),
            status=Consultation.Status.PUBLISHED,
        )
    )


def public_comment(c: Comment) -> dict:
    return {
        "id": c.pk,
        "name": public_name(c.name),
        "text": mask_text(c.text),
        "created_at": c.created_at,
    }


def approved_comments(consultation: Consultation) -> QuerySet[Comment]:
    return consultation.comments.filter(status=Comment.Status.APPROVED).only(
        "id", "consultation_id", "name", "text", "created_at"
    )


def public_comments(consultation: Consultation, limit: int | None = None) -> list[dict]:
    """Approved comments, masked by the privacy scanner; the contact is never shown."""
    qs = approved_comments(consultation)
    return [public_comment(c) for c in (qs[:limit] if limit else qs)]


def public_comments_page(consultation: Consultation, number, per_page: int = 50):
    """One page of approved comments, masked (only that page goes through the scanner)."""
    page = Paginator(approved_comments(consultation), per_page).get_page(number)
    page.object_list = [public_comment(c) for c in page.object_list]  # type: ignore[misc]
    return page


@dataclass
class FeedbackSummary:
    received: int
    approved: int
    adopted: int
    partly: int
    not_adopted: int
    items: list[Feedback]


def feedback_summary(consultation: Consultation) -> FeedbackSummary:
    comments = Counter(consultation.comments.values_list("status", flat=True))
    items: list[Feedback] = list(consultation.feedback.annotate(n=Count("comments")))
    outcomes: Counter[str] = Counter()
    for f in items:
        outcomes[f.outcome] += max(f.n, 1)  # type: ignore[attr-defined]  # annotated
    for f in items:
        f.opinion_masked = mask_text(f.opinion)  # type: ignore[attr-defined]  # for the template
    return FeedbackSummary(
        received=sum(comments.values()),
        approved=comments[Comment.Status.APPROVED],
        adopted=outcomes[Feedback.Outcome.ADOPTED],
        partly=outcomes[Feedback.Outcome.PARTLY],
        not_adopted=outcomes[Feedback.Outcome.NOT_ADOPTED],
        items=items,
    )


# --- messages ------------------------------------------------------------------------


def answer_limit(kind: str) -> int:
    """The working days allowed to answer a message of ``kind`` (configurable per kind)."""
    row = MessageKindLimit.objects.filter(kind=kind).first()
    return row.working_days if row else DEFAULT_ANSWER_WORKING_DAYS


def answer_limits() -> dict[str, int]:
    """``answer_limit`` of every kind, in one query."""
    rows = dict(MessageKindLimit.objects.values_list("kind", "working_days"))
    return {kind: rows.get(kind, DEFAULT_ANSWER_WORKING_DAYS) for kind in MessageKind.values}


def messages_for(user) -> QuerySet[Message]:
    return scope(Message.objects.select_related("unit", "addressed_unit"), user)


def messages_open_for(user) -> QuerySet[Message]:
    """Messages the user sees that still await an answer or its review."""
    return messages_for(user).filter(
        status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
    )


def messages_published() -> QuerySet[Message]:
    return sites.scope(
        Message.objects.filter(published=True, status=Message.Status.ANSWERED).select_related(
            "unit"
        )
    )


def add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """The same local clock time ``months`` calendar months later (or earlier when
    negative), clamped to the last day of a shorter month: 31 Jan + 3 months = 30 Apr."""
    local = timezone.localtime(moment)
    y, m = divmod(local.year * 12 + local.month - 1 + months, 12)
    month = m + 1
    day = local.day
    while True:
        try:
            return local.replace(year=y, month=month, day=day)
        except ValueError:
            day -= 1


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    return add_months(moment, -months)


def unanswered_too_long(received_at: dt.datetime, now: dt.datetime) -> bool:
    """An open message received at ``received_at`` is flagged once 3 calendar months have
    passed (RULES §7); the rule of ``unanswered_over_three_months``."""
    return add_months(received_at, 3) < now


def unanswered_over_three_months(
    unit: Unit | None = None, now: dt.datetime | None = None
) -> QuerySet[Message]:
    """Valid messages unanswered for more than 3 months — a national-check veto (RULES §7).

    A message is flagged once ``received_at + 3 calendar months`` has passed. Every
    message of the online channel counts whatever its kind; messages declared invalid
    (spam, abuse) do not. With ``unit``, that unit's subtree only.
    """
    now = now or timezone.now()
    qs = Message.objects.filter(
        status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
    ).select_related("unit")
    if unit is not None:
        qs = qs.filter(unit__path__startswith=unit.path)
    # month ends make the cut-off fuzzy by up to 3 days: narrow in SQL, decide exactly here
    rough = now - dt.timedelta(days=89)
    stale = [
        pk
        for pk, received in qs.filter(received_at__lt=rough).values_list("pk", "received_at")
        if unanswered_too_long(received, now)
    ]
    return qs.filter(pk__in=stale).order_by("received_at", "id")


def messages_stale_for(user, now: dt.datetime | None = None) -> QuerySet[Message]:
    """``unanswered_over_three_months`` within the units the user sees."""
    return unanswered_over_three_months(now=now).filter(unit__in=visible_units(user))


# --- surveys -------------------------------------------------------------------------


def surveys_public() -> QuerySet[Survey]:
    return sites.scope(Survey.objects.filter(published=True).select_related("unit"))


@dataclass
class QuestionTally:
    question: Question
    answered: int
    bars: list[tuple[str, int]]  # label, count
    texts: list[str]
    average: float | None


def survey_tallies(survey: Survey, *, with_texts: bool = False) -> list[QuestionTally]:
    """Counts per option / score, from plain rows (no model instances: thousands of answers)."""
    questions = list(survey.questions.all())
    choice_counts: dict[int, Counter] = {q.pk: Counter() for q in questions}
    answered: Counter = Counter()
    texts: dict[int, list[str]] = {q.pk: [] for q in questions}
    rows = Answer.objects.filter(response__survey=survey).values_list(
        "question_id", "choices", "scale"
    )
    for qid, choices, scale in rows.iterator(chunk_size=5000):
        answered[qid] += 1
        if scale:
            choice_counts[qid][scale] += 1
        elif choices:
            choice_counts[qid].update(choices)
    if with_texts:
        text_rows = Answer.objects.filter(response__survey=survey).exclude(text="")
        for qid, text in text_rows.values_list("question_id", "text"):
            texts[qid].append(mask_text(text))
    out = []
    for q in questions:
        counts = choice_counts.get(q.pk, Counter())
        bars: list[tuple[str, int]] = []
        average = None
        if q.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
            bars = [(opt, counts.get(i, 0)) for i, opt in enumerate(q.options)]
        elif q.kind == Question.Kind.SCALE:
            bars = [(f"{s} 分", counts.get(s, 0)) for s in range(1, q.scale_max + 1)]
            n = sum(counts.values())
            average = round(sum(s * c for s, c in counts.items()) / n, 2) if n else None
        out.append(QuestionTally(q, answered[q.pk], bars, texts.get(q.pk, []), average))
    return out


def bar_chart_svg(bars: list[tuple[str, int]], *, title: str = "") -> str:
    """A horizontal bar chart as SVG markup, escaped, no scripts or inline styles."""
    row_h, label_w, bar_w, pad = 28, 150, 260, 8
    total = sum(c for _, c in bars) or 1
    peak = max([c for _, c in bars] + [1])
    height = pad * 2 + row_h * max(len(bars), 1)
    width = label_w + bar_w + 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, count) in enumerate(bars):
        y = pad + i * row_h
        w = round(bar_w * count / peak) if count else 0
        short = label if len(label) <= 10 else label[:9] + "…"
        pct = round(100 * count / total)
        parts.append(
            f'<text class="chart-label" x="{label_w - 6}" y="{y + 18}" text-anchor="end" '
            f'font-size="13" fill="currentColor">{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y + 5}" width="{w}" height="{row_h - 10}" fill="#b71c1c">'
            f"<title>{escape(label)}：{count}</title></rect>"
            f'<text class="chart-label" x="{label_w + w + 6}" y="{y + 18}" font-size="13" '
            f'fill="currentColor">'
            f"{count}（{pct}%）</text>"
        )
    parts.append("</svg>")
    from gongkai.core.charts import chart_table

    return "".join(parts) + chart_table(title, [(label, count) for label, count in bars])


# --- meetings ------------------------------------------------------------------------


def meetings_public() -> QuerySet[Meeting]:
    return sites.scope(Meeting.objects.filter(published=True).select_related("unit"))


def meeting_counts(user, year: int) -> list[dict]:
    """Per visible unit: meetings with public attendance this year against the 2 required."""
    units = visible_units(user).order_by("path")
    counts = dict(
        Meeting.objects.filter(
            held_on__year=year, public_invited=True, public_attendees__gt=0, unit__in=units
        )
        .values_list("unit")
        .annotate(n=Count("id"))
    )
    return [
        {
            "unit": u,
            "count": counts.get(u.pk, 0),
            "required": REQUIRED_PUBLIC_MEETINGS,
            "met": counts.get(u.pk, 0) >= REQUIRED_PUBLIC_MEETINGS,
        }
        for u in units
    ]


# --- deputy replies ------------------------------------------------------------------


def deputy_replies_public() -> QuerySet[DeputyReply]:
    return sites.scope(
        DeputyReply.objects.filter(published_at__isnull=False).select_related("unit")
    )


# --- one object, for the pages -----------------------------------------------------------


def _one(qs: QuerySet, pk: int):
    return qs.filter(pk=pk).first()


def consultation_public(pk: int) -> Consultation | None:
    return _one(consultations_public(), pk)


def message_published(pk: int) -> Message | None:
    return _one(messages_published(), pk)


def survey_public(pk: int) -> Survey | None:
    return _one(surveys_public(), pk)


def meeting_public(pk: int) -> Meeting | None:
    return _one(meetings_public(), pk)


def deputy_reply_public(pk: int) -> DeputyReply | None:
    return _one(deputy_replies_public(), pk)


def unit_get(pk: int) -> Unit | None:
    return Unit.objects.filter(pk=pk).first()


def user_get(pk: int) -> User | None:
    return User.objects.filter(pk=pk).first()


def message_get(pk: int) -> Message | None:
    """Any message by id: only for an asker who has proved the query code this session."""
    return _one(Message.objects.select_related("unit"), pk)


# --- staff pages ---------------------------------------------------------------------------


def consultation_for(user, pk: int) -> Consultation:
    """One consultation in the user's scope, or Http404."""
    return get_for_user(Consultation.objects.select_related("unit"), user, pk=pk)


def comments_for_staff(consultation: Consultation) -> QuerySet[Comment]:
    return consultation.comments.select_related("feedback")


def comments_awaiting_feedback(consultation: Consultation) -> QuerySet[Comment]:
    """Approved comments not yet covered by a feedback entry."""
    return consultation.comments.filter(status=Comment.Status.APPROVED, feedback__isnull=True)


def comment_of(consultation: Consultation, pk: int) -> Comment:
    """A comment of this consultation, or Http404."""
    comment = consultation.comments.filter(pk=pk).first()
    if comment is None:
        raise Http404("未找到该意见")
    return comment


def comments_with_status(consultation: Consultation, status: str = "") -> QuerySet[Comment]:
    """A consultation's comments, narrowed to one status when ``status`` is a known one."""
    qs = consultation.comments.all()
    return qs.filter(status=status) if status in Comment.Status.values else qs


def comments_of(consultation: Consultation, ids: list[int]) -> list[Comment]:
    return list(consultation.comments.filter(pk__in=ids))


def messages_with_status_for(user, status: str = "") -> QuerySet[Message]:
    """``messages_for``, narrowed to one status when ``status`` is a known one."""
    qs = messages_for(user)
    return qs.filter(status=status) if status in Message.Status.values else qs


def message_for(user, pk: int) -> Message:
    """One message in the user's scope, or Http404."""
    return get_for_user(Message.objects.select_related("unit", "addressed_unit"), user, pk=pk)


def message_transfers(message: Message) -> QuerySet[MessageTransfer]:
    return message.transfers.select_related("from_unit", "to_unit", "actor")


def message_is_stale(message: Message) -> bool:
    return unanswered_over_three_months().filter(pk=message.pk).exists()


def survey_questions(survey: Survey) -> QuerySet[Question]:
    return survey.questions.all()


def survey_response_count(survey: Survey) -> int:
    return survey.responses.count()


def surveys_for(user) -> QuerySet[Survey]:
    return scope(Survey.objects.select_related("unit"), user)


def survey_for(user, pk: int) -> Survey:
    """One survey in the user's scope, or Http404."""
    return get_for_user(Survey.objects.select_related("unit"), user, pk=pk)


def survey_export_rows(survey: Survey) -> tuple[list[str], list[list]]:
    """Header and one row per response, text answers masked, for the CSV/XLSX export."""
    questions = list(survey.questions.all())
    header = ["答卷编号", "提交时间"] + [q.text for q in questions]
    rows = []
    for r in survey.responses.prefetch_related("answers"):
        by_q = {a.question_id: a for a in r.answers.all()}
        row = [r.pk, timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M")]
        for q in questions:
            a = by_q.get(q.pk)
            if a is None:
                row.append("")
            elif q.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
                row.append("；".join(q.options[i] for i in a.choices if i < len(q.options)))
            elif q.kind == Question.Kind.SCALE:
                row.append(a.scale)
            else:
                row.append(mask_text(a.text))
        rows.append(row)
    return header, rows


def meetings_for(user) -> QuerySet[Meeting]:
    return scope(Meeting.objects.select_related("unit"), user)


def deputy_replies_for(user) -> QuerySet[DeputyReply]:
    return scope(DeputyReply.objects.select_related("unit"), user)
