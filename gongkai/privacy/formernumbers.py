"""A travel document's former number given beside its current one (issue 16, fourteenth
batch): "台湾居民来往大陆通行证号码05172836 …（原证件号码00946315）", "护照号码
E12345678（旧护照号码G1234567）". The former number is as private as the current one;
its label (原证件号码, 旧证号 …) names no document, so it is read after a travel
document found before it on the same line: a number of the same shape (a passport's:
opening with a letter) within 160 characters.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_FORMER = re.compile(
    r"(?:原|旧|曾用|以前的?)(?:证件|护照|通行证|证)?(?:号码|号)[:：为是]?[ \u3000]*"
)
_NUMBER = re.compile(r"[A-Z]{0,3}\d{7,12}(?![0-9A-Za-z])")
_TRAVEL = frozenset(("permit", "passport"))


def _shape(value: str) -> tuple[int, int]:
    letters = len(value) - len(value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return letters, len(value) - letters


def former_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the former numbers of the travel documents among them."""
    docs = [c for c in cands if c[2] in _TRAVEL]
    if not docs:
        return cands
    taken = {c[0] for c in cands}
    out = list(cands)
    for start, end, kind, conf in docs:
        hi = min(len(text), end + 160)
        stop = text.find("\n", end, hi)
        hi = stop if stop >= 0 else hi
        for m in _FORMER.finditer(text, end, hi):
            n = _NUMBER.match(text, m.end())
            if not n or n.start() in taken:
                continue
            value = n.group()
            if _shape(value) == _shape(text[start:end]) or (
                kind == "passport" and value[0].isalpha()
            ):
                out.append((n.start(), n.end(), kind, conf - 0.1))
                taken.add(n.start())
    return out
