"""The office's changes to a draft 政府公报 issue: remove a compiled entry (with a
reason), restore it, or add a published item (thin: one service per action)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.feedback import flash_error
from gongkai.registers import selectors, services
from gongkai.registers.registry import spec

DONE = {"remove": "已移出", "restore": "已恢复收录", "add": "已补充收录"}


@staff_required
@require_POST
def adjust(request, pk: int):
    issue = selectors.staff_entry(spec("gazette"), request.user, pk)
    action = request.POST.get("action", "")
    key = request.POST.get("key", "")
    try:
        if action == "remove":
            services.gazette_remove(
                actor=request.user, issue=issue, key=key, reason=request.POST.get("reason", "")
            )
        elif action == "restore":
            services.gazette_restore(actor=request.user, issue=issue, key=key)
        elif action == "add":
            services.gazette_add(actor=request.user, issue=issue, ref=request.POST.get("ref", ""))
        else:
            raise ValidationError("不支持的操作")
    except (ValidationError, PermissionDenied) as exc:
        flash_error(request, exc)
    else:
        messages.success(request, DONE[action])
    return redirect("registers:ws_entry", "gazette", pk)
