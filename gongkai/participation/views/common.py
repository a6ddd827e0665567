"""Helpers shared by the participation pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404

from gongkai.participation import services as svc
from gongkai.privacy import mask_text


def _client(request) -> str:
    return svc.client_hash(svc.client_address(request))


def _posted(request, files: bool = False) -> tuple:
    """Form arguments: bound on POST even when the body is empty (so errors show)."""
    if request.method != "POST":
        return (None, None) if files else (None,)
    return (request.POST, request.FILES) if files else (request.POST,)


def _found_or_404(obj, what: str):
    if obj is None:
        raise Http404(f"未找到该{what}")
    return obj


def _page(request, qs, size=20):
    return Paginator(qs, size).get_page(request.GET.get("page"))


def _mask_subjects(messages_):
    for m in messages_:
        m.subject_masked = mask_text(m.subject)
    return messages_
