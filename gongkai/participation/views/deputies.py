"""Replies to deputies' suggestions and proposals: public pages and staff publishing.

When an app publishes them through 建议提案办理 (``plugs.suggestion_replies()``, the
supervision app), it is their only owner: these addresses redirect to its pages and the
replies once published here were carried over to it. Without one, these pages serve the
replies stored here."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from gongkai.core import plugs
from gongkai.core.decorators import staff_required
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.views.common import (
    _found_or_404,
    _page,
    _posted,
)


def reply_list(request):
    if owner := plugs.suggestion_replies():
        return redirect(owner.list_url(), permanent=True)
    return render(
        request,
        "participation/reply_list.html",
        {"page": _page(request, sel.deputy_replies_public())},
    )


def reply_detail(request, pk: int):
    if owner := plugs.suggestion_replies():
        url = owner.legacy_url(pk)
        if url is None:
            raise Http404("未找到该复文")
        return redirect(url, permanent=True)
    r = _found_or_404(sel.deputy_reply_public(pk), "复文")
    return render(request, "participation/reply_detail.html", {"r": r})


@staff_required
def ws_replies(request):
    if owner := plugs.suggestion_replies():
        messages.info(request, "建议提案复文已并入“建议提案办理”：在那里交办、答复、审核和公开")
        return redirect(owner.workspace_url())
    qs = sel.deputy_replies_for(request.user)
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
