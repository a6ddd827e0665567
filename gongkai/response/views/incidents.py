"""Staff pages for opinion incidents: the board with countdowns, registration (also from
a mailbox message or a public comment), step records, follow-ups and closing."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.permissions import can_access_unit
from gongkai.response import forms as f
from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.response.views.common import attempt, page_of, posted


@staff_required
def ws_index(request):
    user = request.user
    return render(
        request,
        "response/ws_index.html",
        {
            "steps": list(sel.open_steps_for(user).order_by("due")[:50]),
            "now": timezone.now(),
            "late": sel.late_steps_count(user),
            "orders_open": sel.open_orders_count(user),
            "inactive": len(sel.inactive_accounts_for(user)),
        },
    )


@staff_required
def ws_incidents(request):
    form = f.IncidentForm(*posted(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        created = []
        if attempt(
            request,
            form,
            lambda: created.append(
                svc.incident_register(
                    actor=request.user,
                    unit=d["unit"],
                    title=d["title"],
                    level=d["level"],
                    found_at=d["found_at"],
                    summary=d["summary"],
                    other_units=list(d["other_units"]),
                )
            ),
        ):
            messages.success(request, "舆情已登记，回应时限已生成")
            return redirect("response:ws_incident", created[0].pk)
    page = page_of(request, sel.incidents_for(request.user))
    return render(request, "response/ws_incidents.html", {"page": page, "form": form})


@staff_required
def ws_incident(request, pk: int):
    incident = sel.incident_for(request.user, pk)
    if request.method == "POST" and not can_access_unit(request.user, incident.unit):
        raise PermissionDenied("领导可查看舆情处置情况，由责任单位登记回应")
    step_form = f.StepForm(*posted(request)) if request.POST.get("form") == "step" else None
    close_form = f.CloseForm(*posted(request)) if request.POST.get("form") == "close" else None
    if request.method == "POST":
        which = request.POST.get("form")
        ok = False
        if which == "step" and step_form.is_valid():
            d = step_form.cleaned_data
            ok = attempt(
                request,
                step_form,
                lambda: svc.step_record(
                    actor=request.user,
                    step_id=d["step"],
                    done_at=d["done_at"],
                    link=d["link"],
                    item=d["item"],
                    note=d["note"],
                ),
            )
        elif which == "followup":
            ok = attempt(
                request, None, lambda: svc.followup_schedule(actor=request.user, incident_id=pk)
            )
        elif which == "close" and close_form.is_valid():
            d = close_form.cleaned_data
            ok = attempt(
                request,
                close_form,
                lambda: svc.incident_close(
                    actor=request.user,
                    incident_id=pk,
                    evaluation=d["evaluation"],
                    lessons=d["lessons"],
                ),
            )
        if ok:
            messages.success(request, "已保存")
            return redirect("response:ws_incident", pk)
    steps = list(incident.steps.all())
    return render(
        request,
        "response/ws_incident.html",
        {
            "i": incident,
            "can_act": can_access_unit(request.user, incident.unit),
            "steps": steps,
            "now": timezone.now(),
            "late_count": sum(1 for s in steps if s.late),
            "step_forms": {
                s.pk: (
                    step_form
                    if step_form is not None and str(s.pk) == request.POST.get("step")
                    else f.StepForm(initial={"step": s.pk})
                )
                for s in steps
                if s.done_at is None
            },
            "close_form": close_form or f.CloseForm(),
            "press_events": incident.press_events.all(),
        },
    )


@staff_required
@require_POST
def incident_from_message(request, message_pk: int):
    message = sel.staff_message(request.user, message_pk)
    form = f.FromSourceForm(request.POST)
    level = form.cleaned_data["level"] if form.is_valid() else "general"
    created = []
    if attempt(
        request,
        None,
        lambda: created.append(
            svc.incident_from_message(actor=request.user, message=message, level=level)
        ),
    ):
        messages.success(request, "已登记为政务舆情")
        return redirect("response:ws_incident", created[0].pk)
    return redirect("participation:ws_message", message_pk)


@staff_required
@require_POST
def incident_from_comment(request, comment_pk: int):
    comment = sel.staff_comment(request.user, comment_pk)
    form = f.FromSourceForm(request.POST)
    level = form.cleaned_data["level"] if form.is_valid() else "general"
    created = []
    if attempt(
        request,
        None,
        lambda: created.append(
            svc.incident_from_comment(actor=request.user, comment=comment, level=level)
        ),
    ):
        messages.success(request, "已登记为政务舆情")
        return redirect("response:ws_incident", created[0].pk)
    return redirect("participation:ws_consultation", comment.consultation_id)
