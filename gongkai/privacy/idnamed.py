"""A person named right before the bracket of their own resident ID, and their other
mentions (issue 16, privfix27e, docs306–307).

A penalty decision, a recovery notice or a service notice gives a person's ID in a bracket
after the name: "破碎工X（身份证号码：4418…）", "你父亲Y（公民身份号码：5205…）". The bracket
says the words before it are a person, whatever stands before them (a trade word, a kinship
word) and whichever characters the given name holds: the scanner's prose reading cuts a name
at characters that end names in running text (代 of 代为, 代领) and asks a rare surname (禄, a
Yi surname of Guizhou) for a stronger cue. Here the two or three characters before "（" are
taken when they make a name: three characters of a known or rare surname and given
characters none of which is a particle or a role's sign (``_NOT_GIVEN``), the last none that
cuts names; else two that ``validators.plausible_name`` takes (申请（身份证号码：…） is a
word); and the ID in the bracket is a found ``id_card``; then the same name's other mentions in the document ("X的诊断证明书", "X之妻", "已为X垫付"): a
three-character mention anywhere, a two-character one only at a clear edge.

Not so: a word before the bracket (当事人（身份证号码：…）, 申请人（…）: no surname), a bracket
whose number is no found ID (编号, 执法证号), a name already found.

Speed: only the dozen characters before each found ID are read (an ID right after a colon),
then the four before its label's bracket.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .laternames import ends_name
from .validators import (
    COMMON_WORDS,
    GIVEN_CHARS,
    NAME_STOP,
    plausible_name,
    surname_length,
)

Candidate = tuple[int, int, str, float]

_LABEL = re.compile(r"[（(](?:公民身份号码|居民身份证号码?|身份证号码?|身份证件号码)[：:]\s?")
_CONF = 0.7
_COLONS = frozenset("：:")
_SPACED = frozenset(("： ", ": "))
# characters no given name holds here: particles, a role's or a place's last sign
_NOT_GIVEN = frozenset("的了在是和与及或等之其者人员户主属亲方村镇乡县市区组号室")
_WINDOW = 3000


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def id_named(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names before an ID's bracket and their mentions (module docstring)."""
    ids = [c[0] for c in cands if c[2] == "id_card"]
    if not ids:
        return cands
    spans: list[tuple[int, int]] = []  # (the candidates' spans, sorted, at the first name)
    added: list[Candidate] = []
    for at in ids:
        if text[at - 1 : at] not in _COLONS and text[at - 2 : at] not in _SPACED:
            continue
        m = _LABEL.search(text, max(0, at - 12), at)
        if m is None or m.end() != at:
            continue
        end = m.start()
        s = _name_before(text, end)
        if s < 0:
            continue
        if not spans:
            spans = sorted((c[0], c[1]) for c in cands)
        if _overlaps(spans, added, s, end):
            continue
        added.append((s, end, "name", _CONF))
        _mentions(text, text[s:end], s, spans, added)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))


def _name_before(text: str, end: int) -> int:
    """The start of a plausible name of three or two characters ending at ``end``, or -1."""
    for n in (3, 2):
        s = end - n
        if s >= 0 and all(_cjk(ch) for ch in text[s:end]) and _name(text[s:end]):
            return s
    return -1


def _name(name: str) -> bool:
    k = surname_length(name)
    if k != 1 or name in COMMON_WORDS or any(c in _NOT_GIVEN for c in name[1:]):
        return False
    if len(name) == 2:
        return plausible_name(name)  # (申请（身份证号码：…）: a word, 请 cuts names)
    # three characters: the middle one may cut names in prose (代), never the last
    last = name[2]
    return last not in NAME_STOP or last in GIVEN_CHARS


def _overlaps(spans: list[tuple[int, int]], added: list[Candidate], s: int, e: int) -> bool:
    """Whether ``s``–``e`` overlaps a candidate's span (sorted; none longer than 200) or an
    added name."""
    k = bisect_left(spans, (s - 200, 0))
    while k < len(spans) and spans[k][0] < e:
        if spans[k][1] > s:
            return True
        k += 1
    return any(a[0] < e and s < a[1] for a in added)


def _mentions(
    text: str, name: str, seed: int, spans: list[tuple[int, int]], added: list[Candidate]
) -> None:
    lo, hi = max(0, seed - _WINDOW), seed + _WINDOW
    at = text.find(name, lo, hi)
    while at >= 0:
        e = at + len(name)
        if not _overlaps(spans, added, at, e) and (
            len(name) > 2 or ((at == 0 or not _cjk(text[at - 1])) and ends_name(text, e))
        ):
            added.append((at, e, "name", _CONF))
        at = text.find(name, e, hi)
