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
from gongkai.core.permissions import can_access_unit, visible_units
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
                proposer_contact=request.POST.get("proposer_contact", ""),
                distribution=request.POST.get("distribution", ""),
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
    co_unit = suggestions.co_unit_of(request.user, s)
    return render(
        request,
        "supervision/suggestion.html",
        {
            "s": s,
            "office": selectors.is_office(request.user),
            "can_reply": can_access_unit(request.user, s.lead_unit),
            "co_unit": co_unit,
            "opinions": s.opinions.select_related("unit"),
            "satisfactions": Suggestion.Satisfaction.choices,
            "modes": Suggestion.PublishMode.choices,
            "preview": suggestions.publish_preview(s)
            if s.status == Suggestion.Status.APPROVED
            else None,
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
                publish_mode=request.POST.get("publish_mode", Suggestion.PublishMode.FULL),
                summary=request.POST.get("summary", ""),
            )
        elif action in ("approve", "return"):
            suggestions.suggestion_review(
                actor=request.user, suggestion=s, approve=action == "approve",
                note=request.POST.get("note", ""),
            )  # fmt: skip
        elif action == "publish":
            suggestions.suggestion_publish(actor=request.user, suggestion=s)
        elif action == "opinion":
            unit = suggestions.co_unit_of(request.user, s)
            if unit is None:
                raise PermissionDenied("只有协办单位可以提出协办意见")
            suggestions.suggestion_opinion(
                actor=request.user, suggestion=s, unit=unit, text=request.POST.get("text", "")
            )
        else:
            raise Http404("没有这个操作")
    except (ValidationError, PermissionDenied) as exc:
        _err(request, exc)
    else:
        messages.success(request, "已保存")
    return redirect("supervision:suggestion", pk=s.pk)
