"""A register's subject named after its role word in a notice's prose, by what follows
(issue 16, privfix24b): "你为受种者X（2023年2月出生）之母", "你们为受种者Y之父母".

A service notice addresses the parent or guardian and names the subject of the case — the
vaccinated child (受种者), the patient (患者, 患儿), the injured (受害人, 伤者), the ward
(被监护人) — right after its role word, then says whose child it is (之父, 之母, 之父母, 之子,
之女) or gives the birth in a bracket ("（2023年2月出生）"). The subject is a private person:
a name so placed (two to four characters, or a dotted name, that validators hold plausible)
is added, whatever other passes found.

Not read: the role word before a verb or a word (受种者所患疾病, 患者家属), a masked name (黄某),
a name of one character.

Cost: one search of the text, led by the role words' first signs.
"""

from __future__ import annotations

import re

from . import validators as _v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_ROLES = ("受种者", "患者", "患儿", "受害人", "伤者", "死者", "被监护人")
# (one search of the role words, each led by its literal: cheaper than seven tests of `in`;
# none of them in the text, found by the scan's one search for cue words: ``cueindex``)
_SUBJECT = re.compile(
    f"(?:{'|'.join(_ROLES)})"
    r"([\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})"
    r"(?=之(?:父母|父亲|母亲|[父母子女妻夫])|[（(]\d{4}年\d{1,2}月(?:\d{1,2}日)?出生[）)])"
)


def subject_kin(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the subjects named after their role word and before their kin."""
    if not any(has_word(text, role) for role in _ROLES):
        return cands
    have = {(c[0], c[1]) for c in cands if c[2] == "name"}
    added = []
    for m in _SUBJECT.finditer(text):
        name = m.group(1)
        if "某" in name or (m.start(1), m.end(1)) in have:
            continue
        if "·" in name or _v.plausible_name(name):
            added.append((m.start(1), m.end(1), "name", 0.85))
    if not added:
        return cands
    spans = {(s, e) for s, e, _k, _c in added}
    # a longer or shorter name candidate overlapping the subject is replaced by it
    kept = [c for c in cands if c[2] != "name" or not any(s < c[1] and c[0] < e for s, e in spans)]
    return kept + added
