"""An official noted with his office's post in brackets (issue 16, privfix19h).

A notice names its inspection groups' leaders or its contacts with their posts: "第一组X
（县局副局长）、第二组Y（药品股股长）". A name right before a bracket holding a section of an
organ and its head's post (…局 局长, …股 股长, …科 科长, …大队 大队长, …处 处长; 副 or not)
acts in office and is no private person. Other notes (村民, 户主, a shop's 店长, a company's 财务科科长: a
private person, settled) are left to the other passes.

Speed: nothing is read unless the text holds "长）" or "长)", told by the positions of 长
(``wordfind.places``: one memchr walk over a rarer character, not two substring searches
of the whole text, which cost as much as a regex scan when the word is absent).
"""

from __future__ import annotations

import re

from .wordfind import places

Candidate = tuple[int, int, str, float]

_CLOSE = ("）", ")")

_POST_NOTE = re.compile(
    r"[（(](?![^（()）\n]{0,16}(?:公司|企业|集团|厂|店|合作社|医院|学校))"
    r"[\u4e00-\u9fff]{0,10}?(?:局|股|科|大队|中队|处)(?:副|常务副)?"
    r"(?:局长|股长|科长|大队长|中队长|处长|教导员)[）)]"
)


def post_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names noted with an organ's post (module docstring)."""
    if not any(text[k + 1 : k + 2] in _CLOSE for k in places(text, "长")):
        return cands
    return [c for c in cands if c[2] != "name" or not _POST_NOTE.match(text, c[1])]
