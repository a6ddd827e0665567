"""Public pages under /hudong/ and staff pages under /workspace/participation/."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import get_for_user, has_role, scope, visible_units
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.models import (
    Comment,
    Consultation,
    DeputyReply,
    Meeting,
    Message,
    MessageKind,
    Question,
    Survey,
)
from gongkai.privacy import mask_text


def _client(request) -> str:
    return svc.client_hash(svc.client_address(request))


def _posted(request, files: bool = False) -> tuple:
    """Form arguments: bound on POST even when the body is empty (so errors show)."""
    if request.method != "POST":
        return (None, None) if files else (None,)
    return (request.POST, request.FILES) if files else (request.POST,)


def _public_or_404(qs, pk: int, what: str):
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise Http404(f"未找到该{what}")
    return obj


def _page(request, qs, size=20):
    return Paginator(qs, size).get_page(request.GET.get("page"))


# --- public -------------------------------------------------------------------------------


def index(request):
    return render(
        request,
        "participation/index.html",
        {
            "consultations": sel.consultations_public()[:5],
            "answers": _mask_subjects(list(sel.messages_published()[:5])),
            "surveys": sel.surveys_public()[:5],
            "meetings": sel.meetings_public()[:5],
            "replies": sel.deputy_replies_public()[:5],
        },
    )


def consultation_list(request):
    return render(
        request,
        "participation/consultation_list.html",
        {"page": _page(request, sel.consultations_public())},
    )


def consultation_detail(request, pk: int):
    c = _public_or_404(sel.consultations_public(), pk, "意见征集")
    form = f.CommentForm()
    if request.method == "POST":
        form = f.CommentForm(request.POST)
        if form.is_valid():
            if form.cleaned_data["website"]:
                messages.success(request, "意见已提交，审核后公开")
                return redirect("participation:consultation", pk=c.pk)
            try:
                svc.comment_submit(
                    consultation=c,
                    text=form.cleaned_data["text"],
                    name=form.cleaned_data["name"],
                    contact=form.cleaned_data["contact"],
                    client=_client(request),
                )
            except ValidationError as exc:
                f.apply_errors(form, exc)
            else:
                messages.success(request, "意见已提交，感谢参与！经审核后将在本页公开。")
                return redirect("participation:consultation", pk=c.pk)
    summary = sel.feedback_summary(c) if c.summary_published_at else None
    return render(
        request,
        "participation/consultation_detail.html",
        {
            "c": c,
            "form": form,
            "is_open": c.is_open(),
            "page": sel.public_comments_page(c, request.GET.get("page")),
            "summary": summary,
            "draft_masked": mask_text(c.draft_text),
        },
    )


def _mask_subjects(messages_):
    for m in messages_:
        m.subject_masked = mask_text(m.subject)
    return messages_


def mailbox(request):
    page = _page(request, sel.messages_published())
    page.object_list = _mask_subjects(list(page.object_list))
    return render(
        request,
        "participation/mailbox.html",
        {"page": page, "track_form": f.TrackForm()},
    )


def message_write(request):
    form = f.MessageForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if d["website"]:
            raise Http404
        try:
            message, code = svc.message_submit(
                kind=d["kind"],
                unit=d["unit"],
                leader=d["leader"],
                subject=d["subject"],
                text=d["text"],
                name=d["name"],
                contact=d["contact"],
                may_publish=d["may_publish"],
                client=_client(request),
            )
        except ValidationError as exc:
            f.apply_errors(form, exc)
        else:
            return render(
                request,
                "participation/message_submitted.html",
                {"message": message, "code": code},
            )
    return render(request, "participation/message_write.html", {"form": form})


def _session_key(message: Message) -> str:
    return f"hudong_msg_{message.pk}"


def message_track(request):
    """The asker checks status with number + code; then may rate and reopen."""
    # the code is accepted by POST only, so that it never lands in URLs or server logs
    form = f.TrackForm(*_posted(request))
    message = None
    if form.is_bound and form.is_valid():
        try:
            message = svc.message_find_throttled(
                form.cleaned_data["number"], form.cleaned_data["code"], _client(request)
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            if message is None:
                form.add_error(None, "查询编号或查询码不正确")
            else:
                request.session[_session_key(message)] = True
    elif request.GET.get("m"):
        pk = request.GET.get("m", "")
        if pk.isdigit() and request.session.get(f"hudong_msg_{pk}"):
            message = Message.objects.filter(pk=int(pk)).first()
    return render(
        request,
        "participation/message_track.html",
        {
            "form": form,
            "message": message,
            "rate_form": f.RateForm(),
            "reopen_form": f.ReopenForm(),
            "rating": svc.rating_label(message.rating) if message else "",
        },
    )


def _asker_message(request, pk: int) -> Message:
    if not request.session.get(f"hudong_msg_{pk}"):
        raise Http404("请先凭查询编号和查询码查询")
    return get_object_or_404(Message, pk=pk)


@require_POST
def message_rate(request, pk: int):
    message = _asker_message(request, pk)
    form = f.RateForm(request.POST)
    if form.is_valid():
        try:
            svc.message_rate(
                message=message, rating=form.cleaned_data["rating"], note=form.cleaned_data["note"]
            )
            messages.success(request, "感谢您的评价")
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
    else:
        messages.error(request, "请选择评价")
    return redirect(f"{reverse('participation:message_track')}?m={message.pk}")


@require_POST
def message_reopen(request, pk: int):
    message = _asker_message(request, pk)
    form = f.ReopenForm(request.POST)
    if form.is_valid():
        try:
            svc.message_reopen(message=message, reason=form.cleaned_data["reason"])
            messages.success(request, "已申请重新办理")
        except ValidationError as exc:
            messages.error(request, "；".join(exc.messages))
    else:
        messages.error(request, "请填写申请重新办理的理由")
    return redirect(f"{reverse('participation:message_track')}?m={message.pk}")


def message_public(request, pk: int):
    m = _public_or_404(sel.messages_published(), pk, "公开留言")
    return render(
        request,
        "participation/message_public.html",
        {
            "m": m,
            "subject": mask_text(m.subject),
            "text": mask_text(m.text),
            "answer": mask_text(m.answer),
        },
    )


def survey_list(request):
    return render(
        request, "participation/survey_list.html", {"page": _page(request, sel.surveys_public())}
    )


def _survey_cookie(survey: Survey) -> str:
    return f"hd_survey_{survey.pk}"


def _collect_answers(survey: Survey, data) -> dict:
    answers = {}
    for q in survey.questions.all():
        key = f"q{q.pk}"
        answers[q.pk] = data.getlist(key) if q.kind == Question.Kind.MULTIPLE else data.get(key, "")
    return answers


def survey_detail(request, pk: int):
    survey = _public_or_404(sel.surveys_public(), pk, "调查")
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
            "questions": survey.questions.all(),
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
    survey = _public_or_404(sel.surveys_public(), pk, "调查")
    if not survey.results_public and survey.is_open():
        raise Http404
    return render(
        request,
        "participation/survey_results.html",
        {
            "survey": survey,
            "tallies": _tallies_with_svg(survey, with_texts=False),
            "count": survey.responses.count(),
        },
    )


def meeting_list(request):
    return render(
        request,
        "participation/meeting_list.html",
        {"page": _page(request, sel.meetings_public())},
    )


def meeting_detail(request, pk: int):
    m = _public_or_404(sel.meetings_public(), pk, "会议")
    return render(request, "participation/meeting_detail.html", {"m": m})


def reply_list(request):
    return render(
        request,
        "participation/reply_list.html",
        {"page": _page(request, sel.deputy_replies_public())},
    )


def reply_detail(request, pk: int):
    r = _public_or_404(sel.deputy_replies_public(), pk, "复文")
    return render(request, "participation/reply_detail.html", {"r": r})


# --- staff --------------------------------------------------------------------------------


@staff_required
def ws_index(request):
    user = request.user
    year = timezone.localdate().year
    return render(
        request,
        "participation/ws_index.html",
        {
            "consultations": sel.consultations_for(user)[:10],
            "messages_open": sel.messages_for(user).filter(
                status__in=[Message.Status.PROCESSING, Message.Status.IN_REVIEW]
            )[:10],
            "stale": sel.unanswered_over_three_months(
                None if user.is_superuser else user.unit
            ).filter(unit__in=visible_units(user)),
            "meeting_counts": sel.meeting_counts(user, year),
            "year": year,
        },
    )


@staff_required
def ws_consultations(request):
    return render(
        request,
        "participation/ws_consultations.html",
        {"page": _page(request, sel.consultations_for(request.user))},
    )


@staff_required
def ws_consultation_new(request):
    form = f.ConsultationForm(*_posted(request, files=True))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            c = svc.consultation_create(
                actor=request.user,
                unit=request.user.unit,
                title=d["title"],
                draft_text=d["draft_text"],
                explanation=d["explanation"],
                how_to_comment=d["how_to_comment"],
                starts_at=d["starts_at"],
                ends_at=d["ends_at"],
                short_period_reason=d["short_period_reason"],
                attachments=[(d["attachment"].name, d["attachment"])] if d["attachment"] else [],
                publish=d["publish"],
            )
        except (ValidationError, PermissionDenied) as exc:
            if isinstance(exc, PermissionDenied):
                form.add_error(None, str(exc))
            else:
                f.apply_errors(form, exc)
        else:
            messages.success(request, "意见征集已保存")
            return redirect("participation:ws_consultation", pk=c.pk)
    return render(request, "participation/ws_consultation_new.html", {"form": form})


def _consultation_forms(c: Consultation, data=None, which: str = ""):
    approved = c.comments.filter(status=Comment.Status.APPROVED, feedback__isnull=True)
    fb = f.FeedbackForm(data if which == "feedback" else None)
    fb.fields["comments"].choices = [(str(x.pk), f"#{x.pk} {x.text[:40]}") for x in approved]
    return {
        "record_form": f.OfflineCommentForm(data if which == "record" else None),
        "feedback_form": fb,
        "decision_form": f.DecisionForm(data if which == "decision" else None),
        "summary_form": f.SummaryForm(data if which == "summary" else None),
    }


@staff_required
def ws_consultation(request, pk: int):
    c = get_for_user(Consultation.objects.select_related("unit"), request.user, pk=pk)
    which = request.POST.get("form", "") if request.method == "POST" else ""
    forms_ = _consultation_forms(c, request.POST, which)
    if request.method == "POST":
        try:
            done = _consultation_post(request, c, which, forms_)
        except ValidationError as exc:
            target = forms_.get(f"{which}_form")
            if target is not None:
                f.apply_errors(target, exc)
            else:
                messages.error(request, "；".join(exc.messages))
            done = False
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            done = False
        if done:
            return redirect("participation:ws_consultation", pk=c.pk)
    return render(
        request,
        "participation/ws_consultation.html",
        {
            "c": c,
            "comments": c.comments.select_related("feedback"),
            "summary": sel.feedback_summary(c),
            "closed": c.is_closed(),
            "feedback_overdue": bool(
                c.feedback_due
                and not c.summary_published_at
                and timezone.localdate() > c.feedback_due
            ),
            "moderate_reasons": True,
            **forms_,
        },
        status=400 if request.method == "POST" else 200,
    )


def _consultation_post(request, c: Consultation, which: str, forms_) -> bool:
    user = request.user
    if which == "moderate":
        form = f.ModerateForm(request.POST)
        if not form.is_valid():
            raise ValidationError("审核请求不完整")
        comment = get_object_or_404(Comment, pk=form.cleaned_data["comment"], consultation=c)
        svc.comment_moderate(
            actor=user,
            comment=comment,
            approve=form.cleaned_data["action"] == "approve",
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, "已审核")
        return True
    if which == "record":
        form = forms_["record_form"]
        if not form.is_valid():
            return False
        svc.comment_record(actor=user, consultation=c, **form.cleaned_data)
        messages.success(request, "已登记，待审核")
        return True
    if which == "withdraw":
        svc.consultation_withdraw(actor=user, consultation=c, reason=request.POST.get("reason", ""))
        messages.success(request, "已撤回")
        return True
    if which == "publish":
        svc.consultation_publish(actor=user, consultation=c)
        messages.success(request, "已发布")
        return True
    if which == "feedback":
        form = forms_["feedback_form"]
        if not form.is_valid():
            return False
        ids = [int(x) for x in form.cleaned_data["comments"]]
        svc.feedback_record(
            actor=user,
            consultation=c,
            opinion=form.cleaned_data["opinion"],
            outcome=form.cleaned_data["outcome"],
            reason=form.cleaned_data["reason"],
            comments=list(c.comments.filter(pk__in=ids)),
        )
        messages.success(request, "反馈已记录")
        return True
    if which == "decision":
        form = forms_["decision_form"]
        if not form.is_valid():
            return False
        svc.consultation_decision_record(
            actor=user,
            consultation=c,
            published_on=form.cleaned_data["published_on"],
            url=form.cleaned_data["url"],
            title=form.cleaned_data["title"],
            item_id=form.cleaned_data["item_id"],
        )
        messages.success(request, "已登记决策文件，反馈情况公开期限已计算")
        return True
    if which == "summary":
        form = forms_["summary_form"]
        if not form.is_valid():
            return False
        svc.consultation_summary_publish(
            actor=user, consultation=c, intro=form.cleaned_data["intro"]
        )
        messages.success(request, "意见采纳情况已公开")
        return True
    raise ValidationError("未知操作")


@staff_required
def ws_messages(request):
    limit_form = f.KindLimitForm(*_posted(request))
    if request.method == "POST" and limit_form.is_valid():
        try:
            svc.message_limit_set(
                actor=request.user,
                kind=limit_form.cleaned_data["kind"],
                working_days=limit_form.cleaned_data["working_days"],
            )
        except ValidationError as exc:
            f.apply_errors(limit_form, exc)
        except PermissionDenied as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "答复时限已保存，适用于此后收到的留言")
            return redirect("participation:ws_messages")
    qs = sel.messages_for(request.user)
    status = request.GET.get("status", "")
    if status in Message.Status.values:
        qs = qs.filter(status=status)
    return render(
        request,
        "participation/ws_messages.html",
        {
            "page": _page(request, qs),
            "status": status,
            "statuses": Message.Status.choices,
            "limits": [(label, svc.answer_limit(kind)) for kind, label in MessageKind.choices],
            "limit_form": limit_form,
            "can_set_limits": has_role(request.user, Role.OFFICE),
        },
        status=400 if request.method == "POST" else 200,
    )


@staff_required
def ws_message(request, pk: int):
    m = get_for_user(Message.objects.select_related("unit", "addressed_unit"), request.user, pk=pk)
    which = request.POST.get("form", "") if request.method == "POST" else ""
    data = request.POST if request.method == "POST" else None
    forms_ = {
        "transfer_form": f.TransferForm(data if which == "transfer" else None),
        "answer_form": f.AnswerForm(
            data if which == "answer" else None, initial={"answer": m.answer}
        ),
        "review_form": f.ReviewForm(data if which == "review" else None),
        "invalid_form": f.InvalidForm(data if which == "invalid" else None),
    }
    if request.method == "POST":
        form = forms_.get(f"{which}_form")
        if form is None:
            messages.error(request, "未知操作")
        elif form.is_valid():
            d = form.cleaned_data
            try:
                if which == "transfer":
                    svc.message_transfer(
                        actor=request.user, message=m, to_unit=d["to_unit"], reason=d["reason"]
                    )
                    messages.success(request, f"已转{d['to_unit']}办理")
                    return redirect("participation:ws_messages")
                if which == "answer":
                    svc.message_answer(
                        actor=request.user, message=m, answer=d["answer"], publish=d["publish"]
                    )
                elif which == "review":
                    svc.message_review(
                        actor=request.user,
                        message=m,
                        approve=d["decision"] == "approve",
                        note=d["note"],
                    )
                elif which == "invalid":
                    svc.message_invalidate(actor=request.user, message=m, reason=d["reason"])
                messages.success(request, "已保存")
                return redirect("participation:ws_message", pk=m.pk)
            except ValidationError as exc:
                f.apply_errors(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
    return render(
        request,
        "participation/ws_message.html",
        {
            "m": m,
            "transfers": m.transfers.select_related("from_unit", "to_unit", "actor"),
            "can_review": has_role(request.user, Role.REVIEWER, Role.OFFICE, Role.LEADER),
            "stale": sel.unanswered_over_three_months().filter(pk=m.pk).exists(),
            "rating": svc.rating_label(m.rating),
            **forms_,
        },
        status=400 if request.method == "POST" else 200,
    )


@staff_required
def ws_surveys(request):
    qs = scope(Survey.objects.select_related("unit"), request.user)
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
    survey = get_for_user(Survey.objects.select_related("unit"), request.user, pk=pk)
    return render(
        request,
        "participation/ws_survey.html",
        {
            "survey": survey,
            "tallies": _tallies_with_svg(survey, with_texts=True),
            "count": survey.responses.count(),
        },
    )


def _survey_rows(survey: Survey):
    questions = list(survey.questions.all())
    header = ["答卷编号", "提交时间"] + [q.text for q in questions]
    rows = []
    responses = survey.responses.prefetch_related("answers")
    for r in responses:
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


def _safe_cell(value):
    # spreadsheet formula injection: a text cell must not start with = + - @
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


@staff_required
def ws_survey_export(request, pk: int, fmt: str):
    survey = get_for_user(Survey.objects.all(), request.user, pk=pk)
    header, rows = _survey_rows(survey)
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


@staff_required
def ws_meetings(request):
    qs = scope(Meeting.objects.select_related("unit"), request.user)
    form = f.MeetingForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            svc.meeting_save(actor=request.user, unit=request.user.unit, **form.cleaned_data)
        except ValidationError as exc:
            f.apply_errors(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "会议已登记")
            return redirect("participation:ws_meetings")
    year = timezone.localdate().year
    return render(
        request,
        "participation/ws_meetings.html",
        {
            "page": _page(request, qs),
            "form": form,
            "counts": sel.meeting_counts(request.user, year),
            "year": year,
        },
    )


@staff_required
def ws_replies(request):
    qs = scope(DeputyReply.objects.select_related("unit"), request.user)
    form = f.DeputyReplyForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            r = svc.deputy_reply_publish(
                actor=request.user, unit=request.user.unit, **form.cleaned_data
            )
        except ValidationError as exc:
            f.apply_errors(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "复文已公开（代表姓名、联系方式和抄送范围已自动去除）")
            return redirect("participation:reply", pk=r.pk)
    return render(
        request, "participation/ws_replies.html", {"page": _page(request, qs), "form": form}
    )
