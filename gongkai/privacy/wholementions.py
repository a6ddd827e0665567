"""A name read without its first character where the document names the person whole
elsewhere (issue 16, privfix26a, docs297).

A name whose first character is a rare surname or no surname at all — a Mongol or a
Tibetan name (乌兰图雅, 格桑卓玛), a rare surname (乜, 厍, 乌) — is read in prose from the
next character that is a common surname ("同村的乌兰图雅开走" read as 兰图雅), while a
label or a role word elsewhere gives it whole ("来电人乌兰图雅，" read as 乌兰图雅). Where the
found name of another place of the same text is the shorter name with the one character
before it, that character is the name's first: the mention is the same person, and its
span is set to the whole name. A shorter name that stands alone in the text (no longer
found name ends with it) keeps its span; a found name is never cut.

Cost: nothing is read unless two found names differ in length and the longer ends with
the shorter; then one look at the character before each shorter name.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]


def _wholes(text: str, spans: list[tuple[int, int]], names: set[str]) -> set[str]:
    """The runs a found name stands one character short in: a name found whole elsewhere,
    or a run of which one place's name is the head and another's the tail."""
    heads, tails = set(), set()
    for s, e in spans:
        if s > 0 and _HAN(text[s - 1]):
            tails.add(text[s - 1 : e])  # the name as the run's tail
        if e < len(text) and _HAN(text[e]):
            heads.add(text[s : e + 1])  # the name as the run's head
    found = (heads | tails) & names
    return found | {w for w in heads & tails if len(w) >= 3}


def _HAN(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def whole_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each name read one character short set to the whole name read
    elsewhere (module docstring)."""
    spans = [(s, e) for s, e, k, _c in cands if k == "name"]
    if len(spans) < 2:
        return cands
    names = {text[s:e] for s, e in spans}
    wholes = _wholes(text, spans, names)
    if not wholes:
        return cands
    have = set(spans)
    out: list[Candidate] = []
    changed = False
    for c in cands:
        s, e, k, conf = c
        if k == "name" and text[s:e] not in wholes:
            span = (
                (s - 1, e) if s > 0 and text[s - 1 : e] in wholes
                else (s, e + 1) if text[s : e + 1] in wholes
                else None
            )  # fmt: skip
            if span is not None:
                changed = True
                if span not in have:
                    have.add(span)
                    out.append((*span, k, conf))
                continue
        out.append(c)
    return out if changed else cands
