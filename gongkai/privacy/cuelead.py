"""The one-scan cue regex of ``prose`` (``_CUE_OR_KIN``) split by its first character
(issue 16: speed, the same matches).

That regex is led by a class of the last characters of cues, kinship words, relations'
and delegates' words; the engine stops at every one of them in the text and tries its
guard (lookarounds) there. Four of them (公司, 的, 工作, 事) make most of its stops and
almost never a match. Here they leave the class: each is searched as a literal of its
own (the engine's fast scan for one character), refused at once unless the character
before it could end one of the words the pattern's branches look back for (or, for 公,
a surname follows it: 外公/公公 are cues, and a kinship word 公 needs a surname after it),
and only then tried with the same guard and branches. The class, less those four, leads
the rest. Every match is one character of the class (the rest are lookarounds), so the
matches of the parts, in order of position, are those of the whole.
"""

from __future__ import annotations

import re

from .delegates import DELEGATE_CUES
from .kinprose import KIN_MARK
from .patterns import WEAK_CUES
from .relprose import RELATION_MARK

COMMON = "公的工事"
_K_CLASS = KIN_MARK.pattern[1 : KIN_MARK.pattern.index("]")]
_K_NEXT = KIN_MARK.pattern.split("(?=[")[1].split("]")[0]
_R_CLASS, _R_REST = RELATION_MARK.pattern[1:].split("]", 1)
_R_BEFORE = _R_REST.split("(?<=[")[1].split("]")[0]


def _before(c: str) -> str:
    """The characters one of which must come right before ``c`` for a match there: the
    last but one of a cue (``WEAK_CUES``) or delegate's word ending in ``c``, or any
    before a relation's word (``RELATION_MARK``) when ``c`` ends one."""
    chars = {w[-2] for w in (*WEAK_CUES, *DELEGATE_CUES) if len(w) > 1 and w[-1] == c}
    chars |= set(_R_BEFORE) if c in _R_CLASS else set()
    return "".join(re.escape(ch) for ch in sorted(chars))


def _led(c: str, rest: str) -> re.Pattern[str]:
    if c in _K_CLASS and c != "公":  # (a kinship word's last but 公 needs nothing around it)
        raise ValueError(f"no cheap refusal for {c!r}")
    tests = [f"(?<=[{_before(c)}].)"] if _before(c) else []
    tests += [f"(?=[{_K_NEXT}])"] if c in _K_CLASS else []  # (公: only before a surname)
    return re.compile(f"{re.escape(c)}(?:{'|'.join(tests) or '(?!)'}){rest}")


class LeadSplit:
    """``pattern`` (one class, then lookarounds only) as one pattern for its class less
    ``COMMON`` and one for each character of ``COMMON`` in it; ``finditer`` as the
    whole's."""

    def __init__(self, pattern: str) -> None:
        lead, rest = pattern[1:].split("]", 1)
        self.pattern = pattern
        self._parts = [re.compile(f"[{''.join(c for c in lead if c not in COMMON)}]{rest}")]
        self._parts += [_led(c, rest) for c in COMMON if c in lead]

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = [m for part in self._parts for m in part.finditer(text)]
        return sorted(found, key=re.Match.start)
