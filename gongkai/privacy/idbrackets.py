"""A party named right after their role and right before a bracket opening with their
resident ID (``为寄件人钟离振国（41162819790302415X，住…）``, ``承租人牛德顺（身份证号：…）``):
a private person, whatever the role word (privfix24a, docs285).

Papers of a penalty, a complaint or a case name a party once with their particulars in a
bracket, then by name again. The role words are open (寄件人, 收件人, 承租人, 委托人, 行为人 …,
any run ending in 人, 者 or 员), and the name is read by its shape (a surname, simple or
compound, and a given name); the ID must be valid. The name's later mentions of three
characters or more (``寄件人钟离振国系老顾客``) are the same person's.

Not such: a name with no role word before it (the earlier rules' reading), a number in the
bracket that is no valid ID (a case's number), a 2-character name's later mentions (too
short to tell from words).

Speed: only where a bracket opens right before 17 digits.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_AFTER_OPEN = r"(?:(?:公民)?身份证(?:号码?)?[：:]?)?(\d{17}[\dXx])(?![\dXx])"
_OPEN = re.compile(r"[（(]" + _AFTER_OPEN)
# the same, one search led by each bracket (a literal: the engine's fast scan for it, not a
# class tried at every character); a match holds no bracket after its first, so the two
# searches' matches, in order, are those of ``_OPEN``
_OPENS = tuple(re.compile(re.escape(b) + _AFTER_OPEN) for b in "（(")


def id_brackets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the party named before a bracket of their ID, and its later mentions."""
    if "（" not in text and "(" not in text:
        return cands
    taken = [(c[0], c[1]) for c in cands]
    add: list[Candidate] = []
    for m in sorted((m for o in _OPENS for m in o.finditer(text)), key=re.Match.start):
        if not v.is_resident_id(m.group(1).upper()):
            continue
        at = m.start()
        name = None
        for k in (4, 3, 2):
            s = at - k
            if s < 1 or text[s - 1] not in "人者员":
                continue
            piece = text[s:at]
            if all("\u4e00" <= ch <= "\u9fff" for ch in piece) and v.plausible_name(piece):
                name = (s, at)
                break
        if name is None or any(a < name[1] and name[0] < b for a, b in taken):
            continue
        add.append((*name, "name", 0.85))
        taken.append(name)
        piece = text[name[0] : name[1]]
        if len(piece) < 3:
            continue
        k = text.find(piece)
        while k >= 0:
            span = (k, k + len(piece))
            if not any(a < span[1] and span[0] < b for a, b in taken):
                add.append((*span, "name", 0.8))
                taken.append(span)
            k = text.find(piece, k + 1)
    return cands + add if add else cands
