"""Candidates of the passes that need nothing found by the others (issue 16).

One hook in ``scanner`` for them: markings in the forms text extraction leaves
(``markings``) and passports of every shape by their label or column (``passports``).
"""

from __future__ import annotations

from .markings import markings
from .passports import passports


def extra_candidates(text: str) -> list[tuple[int, int, str, float]]:
    return markings(text) + passports(text)
