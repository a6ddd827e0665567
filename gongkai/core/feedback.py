"""Telling a staff member why a service refused: one message shape for every page."""

from __future__ import annotations

from django.contrib import messages


def error_text(exc: Exception) -> str:
    """The Chinese messages a service raised (ValidationError, PermissionDenied), joined."""
    return "；".join(getattr(exc, "messages", None) or [str(exc)])


def flash_error(request, exc: Exception) -> None:
    messages.error(request, error_text(exc))
