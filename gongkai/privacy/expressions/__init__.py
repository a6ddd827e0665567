"""The wording check before publication (错敏词, RULES.md §7: 严重表述错误 is a single veto).

``check_expressions(text) -> list[Finding]`` finds leaders' names with a wrong title or
in a wrong order, fixed formulations with one wrong character, outdated formulations
and sensitive words. Findings have category ``"expression"``, hold an item at review
like a privacy finding (``Finding.blocking``), carry the suggested correction in
``masked`` (also ``Finding.suggestion``) and the reason with the list's source in
``note``. ``scan_text`` includes them; the lists are data (``lists``).
"""

from __future__ import annotations

from ..finding import Finding
from .matcher import FINDING_TYPES


def check_expressions(text: str) -> list[Finding]:
    """Wording errors in ``text``, in order, with suggested corrections."""
    if not text:
        return []
    from .lists import matcher

    return matcher().check(text)


__all__ = ["FINDING_TYPES", "check_expressions"]
