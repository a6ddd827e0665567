"""Replies to deputies' suggestions and proposals: public pages and staff publishing."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

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
    return render(
        request,
        "participation/reply_list.html",
        {"page": _page(request, sel.deputy_replies_public())},
    )


def reply_detail(request, pk: int):
    r = _found_or_404(sel.deputy_reply_public(pk), "复文")
    return render(request, "participation/reply_detail.html", {"r": r})


@staff_required
def ws_replies(request):
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
