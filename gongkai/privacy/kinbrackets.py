"""A relative named in brackets right after the kinship word (issue 16, docs47's class).

A register of returned overseas Chinese, dependants or heirs gives the relation first and
the relative's name in brackets, often with a note after a comma (where the relative
lives, whether alive): "配偶（张某某，菲律宾）", "外祖母（林某氏，已故）", "长子（王某）",
in a table's cell or in prose. The name is a person's when it scores as a name
(``namemodel``: at least 0.3 before a comma or 、 — a rare surname among the notes —
and 0.5 when the bracket closes right after it); a note alone (已故, 在外, 本人) or a
country is none.

Cost: a look at each bracket (``str.find``), the kinship word searched only before a\nname-shaped bracket's content.
"""

from __future__ import annotations

import re

from . import validators as v
from .namemodel import score
from .wordfind import places

Candidate = tuple[int, int, str, float]

_KIN = (
    r"配偶|丈夫|妻子|夫|妻|父亲|母亲|父|母|祖父|祖母|外祖父|外祖母|曾祖父|曾祖母|伯父|伯母|叔父|"
    r"叔叔|叔|婶婶|姑父|姑母|姑姑|姑|舅父|舅舅|舅|舅母|姨父|姨母|姨|兄|弟|姐|妹|哥哥|弟弟|姐姐|"
    r"妹妹|长子|次子|三子|长女|次女|三女|儿子|女儿|子|女|孙子|孙女|外孙|外孙女|侄子|侄女|外甥|"
    r"外甥女|儿媳|女婿|岳父|岳母|公公|婆婆|堂兄|堂弟|堂姐|堂妹|表兄|表弟|表姐|表妹"
)
_KIN_LAST = frozenset(c[-1] for c in _KIN.split("|"))
# the kinship word right before the bracket (searched back from the bracket)
_KIN_BEFORE = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[的其之]))(?:{_KIN})$")
# the name in the bracket, then a comma, 、 or the bracket's end
_IN_BRACKET = re.compile(
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})([，,、）)])"
)


# the writer's relation in the bracket after a name: "查阅X（我的父亲）", "X（系本人之母）"
_SELF_KIN = re.compile(rf"(?:系|是)?(?:我的?|本人的?|本人之|申请人之)(?:{_KIN})[）)]")
# a relation of another person in the bracket after a name, the other named by a word for
# a person: "X（新生儿外祖母）", "X（患者之父）", "X（申请人的姐姐）", "X（死者长子）" (a
# kinship word of one character only after 之 or 的: "（女）" is a sex, "（三子）" a count)
_KIN_LONG = "|".join(k for k in _KIN.split("|") if len(k) >= 2)
_OTHERS_KIN = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:[之的](?:{_KIN})|(?:{_KIN_LONG}))[）)]")


def _named_before(text: str, at: int) -> Candidate | None:
    """The name right before the bracket at ``at`` whose note is the writer's relation."""
    for k in (4, 3, 2):
        name = text[at - k if at > k else 0 : at]
        if len(name) < k or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if k == 4 and name[:2] not in v.COMPOUND_SURNAMES:
            continue
        if score(name) >= 0.5:
            return at - k, at, "name", 0.8
    return None


def _kin_closes(text: str, at: int) -> bool:
    """The bracket at ``at`` closes within a note's length on a kinship word's last character
    (the cheap test before ``_OTHERS_KIN``)."""
    close = text.find("）" if text[at] == "（" else ")", at + 2, at + 14)
    return close > 0 and text[close - 1] in _KIN_LAST


def kin_bracket_names(text: str) -> list[Candidate]:
    """The relatives named in brackets after their kinship word (module doc)."""
    if "（" not in text and "(" not in text:
        return []
    out: list[Candidate] = []
    for bracket in ("（", "("):
        for at in places(text, bracket):  # (led by the bracket: few places to look at)
            m = _IN_BRACKET.match(text, at + 1) if text[at - 1 : at] in _KIN_LAST else None
            if (text[at + 1 : at + 2] in "我系是本申" and _SELF_KIN.match(text, at + 1)) or (
                text[at - 1 : at] not in _KIN_LAST
                and text[at + 1 : at + 2] not in "男女"
                and _kin_closes(text, at)
                and _OTHERS_KIN.match(text, at + 1)
            ):
                found = _named_before(text, at)
                out += [found] if found else []
            elif m and _KIN_BEFORE.search(text, at - 3 if at > 3 else 0, at):
                name = m.group(1)
                least = 0.5 if m.group(2) in "）)" else 0.3
                if score(name) >= least:
                    out.append((m.start(1), m.end(1), "name", 0.85))
    return sorted(out)
