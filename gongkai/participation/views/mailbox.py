"""Mailbox pages: write, track, rate, reopen, published answers; staff handling."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import flash_error
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.models import (
    Message,
    MessageKind,
)
from gongkai.participation.views.common import (
    _client,
    _found_or_404,
    _mask_subjects,
    _page,
    _posted,
)
from gongkai.privacy import mask_text


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
            message = sel.message_get(int(pk))
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
    message = sel.message_get(pk)
    if message is None:
        raise Http404("未找到该留言")
    return message


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
    m = _found_or_404(sel.message_published(pk), "公开留言")
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
    status = request.GET.get("status", "")
    qs = sel.messages_with_status_for(request.user, status)
    limits = sel.answer_limits()
    return render(
        request,
        "participation/ws_messages.html",
        {
            "page": _page(request, qs),
            "status": status,
            "statuses": Message.Status.choices,
            "limits": [(label, limits[kind]) for kind, label in MessageKind.choices],
            "limit_form": limit_form,
            "can_set_limits": has_role(request.user, Role.OFFICE),
        },
        status=400 if request.method == "POST" else 200,
    )


@staff_required
def ws_message(request, pk: int):
    m = sel.message_for(request.user, pk)
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
                flash_error(request, exc)
    return render(
        request,
        "participation/ws_message.html",
        {
            "m": m,
            "transfers": sel.message_transfers(m),
            "can_review": svc.may_review_answer(request.user, m),
            "stale": sel.message_is_stale(m),
            "rating": svc.rating_label(m.rating),
            **forms_,
        },
        status=400 if request.method == "POST" else 200,
    )
