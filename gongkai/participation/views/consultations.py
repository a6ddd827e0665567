"""Consultation pages: public list and comment form, staff moderation and feedback."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import flash_error
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.models import (
    Consultation,
)
from gongkai.participation.views.common import (
    _client,
    _found_or_404,
    _page,
    _posted,
)
from gongkai.privacy import mask_text


def consultation_list(request):
    return render(
        request,
        "participation/consultation_list.html",
        {"page": _page(request, sel.consultations_public())},
    )


def consultation_detail(request, pk: int):
    c = _found_or_404(sel.consultation_public(pk), "意见征集")
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
    approved = sel.comments_awaiting_feedback(c)
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
    c = sel.consultation_for(request.user, pk)
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
            flash_error(request, exc)
            done = False
        if done:
            return redirect("participation:ws_consultation", pk=c.pk)
    return render(
        request,
        "participation/ws_consultation.html",
        {
            "c": c,
            "comments": sel.comments_for_staff(c),
            "summary": sel.feedback_summary(c),
            "closed": c.is_closed(),
            "feedback_overdue": bool(
                c.due and not c.summary_published_at and timezone.localdate() > c.due
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
        comment = sel.comment_of(c, form.cleaned_data["comment"])
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
            comments=sel.comments_of(c, ids),
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
