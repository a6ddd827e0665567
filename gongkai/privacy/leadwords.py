"""A preposition glued before a name (issue 16): "，由古某某（身份证…）经营" gave the
four characters 由古某某 as one name because 由 is also a surname. A four-character
name that opens with such a word and whose last three characters are a name on their
own is that three-character name (a person surnamed 由 with a two-character given
name stays whole: only four characters are cut)."""

from __future__ import annotations

from . import validators as v

Candidate = tuple[int, int, str, float]

# words that stand before the person they govern: 由 X 经营, 向 X 送达, 对 X 处以, 经 X 同意
_LEADS = frozenset("由向对经将被把给与和及让请系为是")


def without_lead_word(text: str, cand: Candidate) -> Candidate:
    """``cand`` (a name) without a preposition glued before it."""
    s, e, kind, conf = cand
    if e - s >= 4 and ("之" in (text[s], text[e - 2]) or text.find("·", s + 3, e - 2) > 0):
        return _without_kin(text, cand)
    if e - s != 4 or text[s] not in _LEADS:
        return cand
    value = text[s:e]
    if value[:2] in v.COMPOUND_SURNAMES or not v.plausible_name(value[1:]):
        return cand
    return s + 1, e, kind, conf


# a relation written with 之 ("其父之女", "张三之妻"): 之女 before, 之夫 after a name
_KIN = frozenset("子女妻夫父母孙兄弟姐妹婿媳侄")


def _without_kin(text: str, cand: Candidate) -> Candidate:
    """``cand`` without the relation or verb glued to it: "配偶X、之女薄荷" → 薄荷, "兰心之夫" →
    兰心, "为安娜·罗西" → 安娜·罗西."""
    s, e, kind, conf = cand
    if text[s] in "之其" and text[s + 1] in _KIN:
        return s + 2, e, kind, conf  # (其妻安娜·罗西: the relation before a dotted name)
    if text[s] in _LEADS and text.find("·", s + 3, e - 2) > 0:
        return s + 1, e, kind, conf  # "配偶为安娜·罗西": the verb before a dotted name
    if text[e - 2] == "之" and text[e - 1] in _KIN:
        return s, e - 2, kind, conf
    return cand
