"""Checks for numbers typed into forms and query strings, shared by every page.

A value the database cannot hold (an id beyond 64 bits, the year 10000) is the
visitor's mistake and gets a 4xx with a Chinese message, never a 500.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

INT_MAX = 2**63 - 1
FIRST_YEAR = 2008  # the Regulations on Open Government Information took effect


def parse_id(raw) -> int:
    """A positive database id, or 0 (which matches nothing) for anything else."""
    text = str(raw or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 19:
        return 0
    value = int(text)
    return value if 0 < value <= INT_MAX else 0


def parse_year(raw, *, first: int = FIRST_YEAR, last: int | None = None) -> int:
    """A year typed by a person, between ``first`` and next year unless told otherwise."""
    last = last if last is not None else timezone.localdate().year + 1
    text = str(raw or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) != 4:
        raise ValidationError(f"请填写四位数字的年度，如 {last - 1}")
    value = int(text)
    if not first <= value <= last:
        raise ValidationError(f"年度应在 {first} 至 {last} 之间")
    return value
