"""Open meeting pages."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core.decorators import staff_required
from gongkai.participation import forms as f
from gongkai.participation import selectors as sel
from gongkai.participation import services as svc
from gongkai.participation.views.common import (
    _found_or_404,
    _page,
    _posted,
)


def meeting_list(request):
    return render(
        request,
        "participation/meeting_list.html",
        {"page": _page(request, sel.meetings_public())},
    )


def meeting_detail(request, pk: int):
    m = _found_or_404(sel.meeting_public(pk), "会议")
    return render(request, "participation/meeting_detail.html", {"m": m})


@staff_required
def ws_meetings(request):
    qs = sel.meetings_for(request.user)
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
