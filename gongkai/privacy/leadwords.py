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
# verbs of two characters that stand before the person they govern (委托 X 代领)
_LEAD_VERBS = frozenset(("委托", "授权", "指定", "交由", "转交"))
# the side of a record a party stands on (男方X, 女方Y, 甲方X): 方 is also a surname, so a
# rule may take "男方龚明" or "方佟珍" (after 女) as the name
_SIDES = frozenset("男女甲乙")
# what makes a word with 男 or 女 before it: "子女方成平" is a child named 方成平
_SIDE_WORDS = frozenset("子儿孙妇长次养独侄甥外少美处修男女")


def without_lead_word(text: str, cand: Candidate) -> Candidate:
    """``cand`` (a name) without a preposition glued before it."""
    s, e, kind, conf = cand
    if "方" in text[s : s + 2]:
        cut = _without_side(text, s, e)
        if cut != s:
            return cut, e, kind, conf
    if e - s >= 4 and ("之" in (text[s], text[e - 2]) or text.find("·", s + 3, e - 2) > 0):
        return _without_kin(text, cand)
    if e - s != 4 or text[s] not in _LEADS:
        return cand
    value = text[s:e]
    if value[:2] in v.COMPOUND_SURNAMES or not v.plausible_name(value[1:]):
        return cand
    return s + 1, e, kind, conf


def _without_side(text: str, s: int, e: int) -> int:
    """Where the name ``text[s:e]`` starts once a party's side (男方, 女方 …) is left out."""
    if text[s] == "方" and s and text[s - 1] in _SIDES:
        side = s - 1  # "女方佟珍" read as 方佟珍
    elif text[s + 1] == "方" and text[s] in _SIDES:
        side = s  # "男方龚明" read whole
    else:
        return s
    if side and text[side - 1] in _SIDE_WORDS:
        return s
    cut = side + 2
    return cut if e - cut >= 2 and v.plausible_name(text[cut:e]) else s


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
    if text[s : s + 2] in _LEAD_VERBS and text.find("·", s + 4, e - 2) > 0:
        return s + 2, e, kind, conf  # "委托叶尔兰·努尔兰代领": the verb before a dotted name
    if text[e - 2] == "之" and text[e - 1] in _KIN:
        return s, e - 2, kind, conf
    return cand
