"""The participation front page (/hudong/) and the staff overview."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from gongkai.core import plugs
from gongkai.core.decorators import staff_required
from gongkai.participation import selectors as sel
from gongkai.participation.views.common import (
    _mask_subjects,
)


def index(request):
    return render(
        request,
        "participation/index.html",
        {
            "consultations": sel.consultations_public()[:5],
            "answers": _mask_subjects(list(sel.messages_published()[:5])),
            "surveys": sel.surveys_public()[:5],
            "meetings": sel.meetings_public()[:5],
            **_replies(),
        },
    )


def _replies() -> dict:
    """The newest replies to deputies' suggestions, from their publisher when there is one."""
    if owner := plugs.suggestion_replies():
        return {"replies": owner.latest(5), "replies_url": owner.list_url()}
    return {
        "replies": [
            {"title": r.title, "url": reverse("participation:reply", args=[r.pk])}
            for r in sel.deputy_replies_public()[:5]
        ],
        "replies_url": reverse("participation:replies"),
    }


@staff_required
def ws_index(request):
    user = request.user
    year = timezone.localdate().year
    return render(
        request,
        "participation/ws_index.html",
        {
            "consultations": sel.consultations_for(user)[:10],
            "messages_open": sel.messages_open_for(user)[:10],
            "stale": sel.messages_stale_for(user),
            "meeting_counts": sel.meeting_counts(user, year),
            "year": year,
        },
    )
