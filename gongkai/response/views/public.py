"""Public pages: press events, the policy Q&A base (一号答), the new-media directory."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from gongkai.response import selectors as sel
from gongkai.response.models import NewMediaAccount
from gongkai.response.views.common import page_of


def press_events(request):
    return render(
        request, "response/press_events.html", {"page": page_of(request, sel.press_events_public())}
    )


def press_event(request, pk: int):
    event = sel.press_event_public(pk)
    if event is None:
        raise Http404("未找到该发布活动")
    return render(request, "response/press_event.html", {"e": event})


def qa_list(request):
    q = request.GET.get("q", "").strip()[:100]
    qs = sel.qa_search(q) if q else sel.qa_public()
    return render(request, "response/qa_list.html", {"page": page_of(request, qs), "q": q})


def qa(request, pk: int):
    entry, items = sel.qa_public_entry(pk)
    if entry is None:
        raise Http404("未找到该问答")
    return render(request, "response/qa.html", {"e": entry, "items": items})


def qa_suggest(request):
    """Suggestions while a citizen types a mailbox message (an HTML fragment)."""
    text = request.GET.get("text", "")[:500]
    return render(request, "response/_suggest.html", {"entries": sel.qa_suggestions(text)})


def new_media(request):
    groups: dict[str, list[NewMediaAccount]] = {}
    for a in sel.accounts_public():
        groups.setdefault(a.get_platform_display(), []).append(a)
    return render(request, "response/new_media.html", {"groups": sorted(groups.items())})
