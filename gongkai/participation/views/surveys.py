"""Survey pages: answer, results; staff creation, settings and export."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from gongkai.core.decorators import staff_required
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.models import (
    Question,
    Survey,
)
from gongkai.participation.views.common import (
    _client,
    _found_or_404,
    _page,
    _posted,
)


def survey_list(request):
    return render(
        request, "participation/survey_list.html", {"page": _page(request, sel.surveys_public())}
    )


def _survey_cookie(survey: Survey) -> str:
    return f"hd_survey_{survey.pk}"


def _collect_answers(survey: Survey, data) -> dict:
    answers = {}
    for q in sel.survey_questions(survey):
        key = f"q{q.pk}"
        answers[q.pk] = data.getlist(key) if q.kind == Question.Kind.MULTIPLE else data.get(key, "")
    return answers


def survey_detail(request, pk: int):
    survey = _found_or_404(sel.survey_public(pk), "调查")
    already = bool(request.COOKIES.get(_survey_cookie(survey)))
    errors: dict = {}
    if request.method == "POST":
        if already:
            errors = {"": ["您已参加过本次调查，感谢参与"]}
        else:
            try:
                svc.survey_respond(
                    survey=survey,
                    answers=_collect_answers(survey, request.POST),
                    client=_client(request),
                )
            except ValidationError as exc:
                errors = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
            else:
                messages.success(request, "提交成功，感谢参与！")
                resp = redirect("participation:survey_results", pk=survey.pk)
                resp.set_cookie(
                    _survey_cookie(survey), "1", max_age=365 * 86400, httponly=True, samesite="Lax"
                )
                return resp
    return render(
        request,
        "participation/survey_detail.html",
        {
            "survey": survey,
            "questions": sel.survey_questions(survey),
            "already": already,
            "is_open": survey.is_open(),
            "errors": errors,
            "posted": request.POST,
        },
        status=400 if errors else 200,
    )


def _tallies_with_svg(survey: Survey, *, with_texts: bool):
    tallies = sel.survey_tallies(survey, with_texts=with_texts)
    for t in tallies:
        t.svg = sel.bar_chart_svg(t.bars, title=t.question.text) if t.bars else ""
    return tallies


def survey_results(request, pk: int):
    survey = _found_or_404(sel.survey_public(pk), "调查")
    if not survey.results_public and survey.is_open():
        raise Http404
    return render(
        request,
        "participation/survey_results.html",
        {
            "survey": survey,
            "tallies": _tallies_with_svg(survey, with_texts=False),
            "count": sel.survey_response_count(survey),
        },
    )


@staff_required
def ws_surveys(request):
    qs = sel.surveys_for(request.user)
    form = f.SurveyForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            s = svc.survey_create(
                actor=request.user,
                unit=request.user.unit,
                title=d["title"],
                description=d["description"],
                starts_at=d["starts_at"],
                ends_at=d["ends_at"],
                questions=d["questions"],
                publish=d["publish"],
            )
        except ValidationError as exc:
            f.apply_errors(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "调查已创建")
            return redirect("participation:ws_survey", pk=s.pk)
    return render(
        request, "participation/ws_surveys.html", {"page": _page(request, qs), "form": form}
    )


@staff_required
def ws_survey(request, pk: int):
    survey = sel.survey_for(request.user, pk)
    form = f.SurveySettingsForm(
        *_posted(request),
        initial={"published": survey.published, "results_public": survey.results_public},
    )
    if request.method == "POST" and form.is_valid():
        svc.survey_settings(actor=request.user, survey=survey, **form.cleaned_data)
        messages.success(request, "已保存")
        return redirect("participation:ws_survey", pk=survey.pk)
    return render(
        request,
        "participation/ws_survey.html",
        {
            "survey": survey,
            "form": form,
            "tallies": _tallies_with_svg(survey, with_texts=True),
            "count": sel.survey_response_count(survey),
        },
    )


def _safe_cell(value):
    # spreadsheet formula injection: a text cell must not start with = + - @
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


@staff_required
def ws_survey_export(request, pk: int, fmt: str):
    survey = sel.survey_for(request.user, pk)
    header, rows = sel.survey_export_rows(survey)
    filename = f"survey-{survey.pk}"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_safe_cell(v) for v in row])
        resp = HttpResponse("\ufeff" + buf.getvalue(), content_type="text/csv; charset=utf-8")
        resp["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return resp
    if fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "答卷"
        ws.append(header)
        for row in rows:
            ws.append([_safe_cell(v) for v in row])
        out = io.BytesIO()
        wb.save(out)
        resp = HttpResponse(
            out.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        resp["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return resp
    raise Http404("不支持的格式")
