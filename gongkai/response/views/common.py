"""Helpers shared by the response views."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator

PER_PAGE = 20


def page_of(request, qs, per_page: int = PER_PAGE):
    return Paginator(qs, per_page).get_page(request.GET.get("page"))


def posted(request):
    return (request.POST,) if request.method == "POST" else ()


def attempt(request, form, fn) -> bool:
    """Run a service; its Chinese error goes onto the form (or the page) instead of a 500."""
    try:
        fn()
    except (ValidationError, PermissionDenied) as exc:
        text = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        if form is not None:
            form.add_error(None, text)
        else:
            messages.error(request, text)
        return False
    return True
