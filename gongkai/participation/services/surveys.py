"""Surveys (民意调查): create, settings, responses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.participation.models import (
    Answer,
    Question,
    Survey,
    SurveyResponse,
)
from gongkai.participation.services.common import (
    SURVEY_LIMIT,
    _require_staff_of,
    _required,
    _throttle,
)


@transaction.atomic
def survey_create(
    *,
    actor: User,
    unit: Unit,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    questions: list[dict],
    description: str = "",
    publish: bool = False,
) -> Survey:
    _require_staff_of(actor, unit)
    title = _required(title, "标题", 200)
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "截止时间应晚于开始时间"})
    if not questions:
        raise ValidationError({"questions": "至少需要一个题目"})
    survey = Survey.objects.create(
        unit=unit,
        title=title,
        description=description,
        starts_at=starts_at,
        ends_at=ends_at,
        published=publish,
    )
    for i, q in enumerate(questions, start=1):
        kind = q.get("kind")
        if kind not in Question.Kind.values:
            raise ValidationError({"questions": f"第 {i} 题题型不正确"})
        text = (q.get("text") or "").strip()
        if not text:
            raise ValidationError({"questions": f"第 {i} 题缺少题目"})
        options = [str(o).strip() for o in q.get("options") or [] if str(o).strip()]
        if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) and len(options) < 2:
            raise ValidationError({"questions": f"第 {i} 题（选择题）至少需要两个选项"})
        scale_max = int(q.get("scale_max") or 5)
        if kind == Question.Kind.SCALE and not 2 <= scale_max <= 10:
            raise ValidationError({"questions": f"第 {i} 题最高分应在 2 到 10 之间"})
        Question.objects.create(
            survey=survey,
            order=i,
            text=text[:300],
            kind=kind,
            options=options if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) else [],
            scale_max=scale_max,
            required=bool(q.get("required", True)),
        )
    audit_record(
        actor=actor,
        action="participation.survey_create",
        obj=survey,
        summary=f"创建民意调查《{title}》",
    )
    return survey


@transaction.atomic
def survey_settings(
    *, actor: User, survey: Survey, published: bool, results_public: bool, close_now: bool = False
) -> Survey:
    """Publish or hide a survey, show or hide its results, or close it early."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    _require_staff_of(actor, survey.unit)
    now = timezone.now()
    survey.published = bool(published)
    survey.results_public = bool(results_public)
    if close_now and survey.ends_at > now:
        survey.ends_at = max(now, survey.starts_at + dt.timedelta(seconds=1))
    survey.save(update_fields=["published", "results_public", "ends_at"])
    audit_record(
        actor=actor,
        action="participation.survey_settings",
        obj=survey,
        summary=f"调整民意调查《{survey.title}》设置",
        changes={"published": published, "results_public": results_public, "closed": close_now},
    )
    return survey


@transaction.atomic
def survey_respond(*, survey: Survey, answers: dict, client: str = "") -> SurveyResponse:
    """One response; ``answers`` maps question id (int or str) to the answer.

    Single choice: option index; multiple: list of indexes; scale: 1..max; text: str.
    """
    if not survey.is_open():
        raise ValidationError("该调查不在进行中")
    _throttle(
        SurveyResponse.objects.filter(survey=survey), client, SURVEY_LIMIT, "created_at", "答卷"
    )
    answers = {str(k): v for k, v in (answers or {}).items()}
    rows = []
    errors: dict[str, str] = {}
    for q in survey.questions.all():
        value: Any = answers.get(str(q.pk))
        field = f"q{q.pk}"
        empty = value in (None, "", [])
        if empty:
            if q.required:
                errors[field] = f"请回答：{q.text}"
            continue
        try:
            if q.kind == Question.Kind.SINGLE:
                idx = int(value[0] if isinstance(value, list) else value)
                if not 0 <= idx < len(q.options):
                    raise ValueError
                rows.append(Answer(question=q, choices=[idx]))
            elif q.kind == Question.Kind.MULTIPLE:
                values = value if isinstance(value, list) else [value]
                idxs = sorted({int(v) for v in values})
                if any(not 0 <= i < len(q.options) for i in idxs):
                    raise ValueError
                rows.append(Answer(question=q, choices=idxs))
            elif q.kind == Question.Kind.SCALE:
                score = int(value[0] if isinstance(value, list) else value)
                if not 1 <= score <= q.scale_max:
                    raise ValueError
                rows.append(Answer(question=q, scale=score))
            else:
                text = str(value[0] if isinstance(value, list) else value).strip()
                if len(text) > 2000:
                    errors[field] = "回答最多 2000 个字符"
                    continue
                rows.append(Answer(question=q, text=text))
        except (TypeError, ValueError):
            errors[field] = f"回答无效：{q.text}"
    if errors:
        raise ValidationError(errors)
    response = SurveyResponse.objects.create(survey=survey, client_hash=client)
    for a in rows:
        a.response = response
    Answer.objects.bulk_create(rows)
    audit_record(
        actor=None,
        action="participation.survey_respond",
        obj=response,
        unit=survey.unit,
        summary=f"《{survey.title}》收到答卷",
    )
    return response
