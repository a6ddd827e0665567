"""Workspace pages of 建议提案办理."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.permissions import visible_units
from gongkai.supervision import selectors, suggestions
from gongkai.supervision.models import Suggestion
from gongkai.supervision.views import _err, _ids


@staff_required
def suggestion_list(request):
    if request.method == "POST":
        unit = selectors.staff_unit(request.user, request.POST.get("lead_unit") or 0)
        try:
            if unit is None:
                raise ValidationError("请选择主办单位")
            assigned = request.POST.get("assigned_on", "")
            s = suggestions.suggestion_assign(
                actor=request.user,
                kind=request.POST.get("kind", ""),
                year=timezone.localdate().year,
                number=request.POST.get("number", ""),
                title=request.POST.get("title", ""),
                proposer=request.POST.get("proposer", ""),
                content=request.POST.get("content", ""),
                lead_unit=unit,
                co_unit_ids=_ids(request.POST.getlist("co_units")),
                assigned_on=dt.date.fromisoformat(assigned) if assigned else None,
            )
        except ValueError:
            messages.error(request, "交办日期格式应为 年-月-日")
        except (ValidationError, PermissionDenied) as exc:
            _err(request, exc)
        else:
            messages.success(request, f"已交办，{s.due}前答复")
            return redirect("supervision:suggestion", pk=s.pk)
    return render(
        request,
        "supervision/suggestions.html",
        {
            "items": suggestions.suggestions_for_user(request.user)[:300],
            "office": selectors.is_office(request.user),
            "units": visible_units(request.user).only("id", "name"),
            "kinds": Suggestion.Kind.choices,
            "today": timezone.localdate(),
        },
    )


@staff_required
def suggestion(request, pk: int):
    s = suggestions.suggestion_for_user(request.user, pk)
    return render(
        request,
        "supervision/suggestion.html",
        {
            "s": s,
            "office": selectors.is_office(request.user),
            "satisfactions": Suggestion.Satisfaction.choices,
            "today": timezone.localdate(),
        },
    )


@staff_required
@require_POST
def suggestion_action(request, pk: int, action: str):
    s = suggestions.suggestion_for_user(request.user, pk)
    try:
        if action == "reply":
            suggestions.suggestion_reply(
                actor=request.user,
                suggestion=s,
                reply=request.POST.get("reply", ""),
                satisfaction=request.POST.get("satisfaction", ""),
            )
        elif action in ("approve", "return"):
            suggestions.suggestion_review(
                actor=request.user, suggestion=s, approve=action == "approve",
                note=request.POST.get("note", ""),
            )  # fmt: skip
        elif action == "publish":
            suggestions.suggestion_publish(actor=request.user, suggestion=s)
        else:
            raise Http404("没有这个操作")
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "已保存")
    return redirect("supervision:suggestion", pk=s.pk)
