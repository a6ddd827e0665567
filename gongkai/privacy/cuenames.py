"""Names after a word for a person that the strict given-name rule refuses (issue 16,
after the tenth and eleventh held-out batches).

``prose.weak_cue_names`` takes after a cue (村民, 残疾人, 承包人 …) only a name of
common given-name characters. Three kinds of real names fail that rule:

- names of peoples without a Chinese surname, written in Chinese characters (Mongolian
  白音仓, 萨仁; Yi 尔古拉哈, 吉克伍各): every character one of such names'
  (``listwords.TRANSLIT``), three or four of them, or two in a list after a name found;
- a strong cue — a role that only a person holds (入党介绍人, 承包人, 监护人, 家庭成员) —
  before a known surname and a given name without a character that cuts names
  (孙正国; two characters only of given-name characters);
- folk given names with 有 or 老 (覃有才, 谢老四, 王老五): ``validators.folk_name``.

Each is taken only where the name ends: a sign, the end of the text, or a word that
opens the clause after a name (代办, 在, 已, 被 …), so that words running on are left.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import TRANSLIT
from .namemodel import score
from .wordfind import find_by, find_word

# roles only a person holds: the name after them needs no given-name characters
STRONG_CUES = frozenset(
    "介绍人 承包人 监护人 被监护人 家庭成员 继承人 被执行人 受援人 配偶 残疾人 牧民".split()
)
# Yi names open with the clan's name (吉克, 沙马 …), then one or two characters that may
# be any (吉克伍各: 各 cuts Chinese names, not Yi ones); the clans are in ``validators``
YI_CLANS = v.YI_CLANS
_CJK = re.compile(r"[\u4e00-\u9fff]")
# what may follow a name in prose: a list sign, or a word that opens the next clause
_AFTER_NAME = frozenset("、和与及代在于等是为向将已因到持称被共夫妻父母兄姐弟妹之应须需可均要")


_LIST_SIGNS = frozenset("、，,（(")


def ends_name(text: str, end: int) -> bool:
    return not _CJK.match(text, end) or text[end] in _AFTER_NAME


def loose_name_at(text: str, at: int, *, strong: bool = False, listed: bool = False) -> str:
    """A name at ``at`` after a cue by the rules above, or ""."""
    clan = text[at : at + 2]
    if clan in YI_CLANS:
        for size in (4, 3):
            token = text[at : at + size]
            if (
                len(token) == size
                and all(_CJK.match(c) for c in token)
                and ends_name(text, at + size)
            ):
                return token
    for size in (4, 3, 2) if listed else (4, 3):
        token = text[at : at + size]
        if (
            len(token) == size
            and all(c in TRANSLIT for c in token)
            and score(token) >= 0.5
            and ends_name(text, at + size)
        ):
            return token
    if strong:
        token = text[at : at + 2]
        if (
            all(c in TRANSLIT for c in token)
            and score(token) >= 0.5
            and text[at + 2 : at + 3] in _LIST_SIGNS
        ):
            return token  # "残疾人图雅、乌日娜": a two-character name listed
        for size in (3, 2):
            token = text[at : at + size]
            if (
                len(token) == size
                and all(_CJK.match(c) for c in token)
                and v.plausible_name(token, strict=size == 2)
                and ends_name(text, at + size)
                and score(token) > 0  # not a word the name model knows (高消费: 费 ends none)
            ):
                return token
    return ""


# what a name after a cue may open with beyond surnames (``prose._WEAK_CUE``'s look-ahead);
# not a character that cuts names (群众的…), which would only try more places
NAME_OPENERS = frozenset(TRANSLIT | {c[0] for c in YI_CLANS}) - v.NAME_STOP


def strong_cue(text: str, end: int) -> bool:
    """Whether the cue that ends at ``end`` is one of ``STRONG_CUES``."""
    return any(text.startswith(c, end - len(c)) for c in STRONG_CUES)


# the subject of a numbered case in a report of misconduct ("四、包金花利用代办身份虚报…
# 问题。"): a name of given-name characters right after the item's number, before the
# act (the sentence ends "…问题"); a unit (某镇财政所) has no such name
_CASE_ACT = r"(?:利用|虚报|骗取|冒领|套取|侵占|挪用|截留|违规|私自|擅自|隐瞒|伪造|虚构|优亲厚友)"
_CASE_SUBJECT = re.compile(
    r"\n[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])"
    rf"[ \u3000]*([\u4e00-\u9fff]{{2,3}}){_CASE_ACT}[^。\n]{{0,60}}问题"
)


def case_subjects(text: str) -> list[tuple[int, int, str, float]]:
    """The persons who open the numbered cases of a report of misconduct (above)."""
    if find_by(text, "问题", 1) < 0:
        return []
    out = []
    for m in _CASE_SUBJECT.finditer("\n" + text):  # (a literal first: the engine's fast scan)
        name = m.group(1)
        if v.plausible_name(name, strict=True):
            out.append((m.start(1) - 1, m.end(1) - 1, "name", 0.7))
    return out


# a roster under a heading with 名单 ("二、减保名单（节选）"), one person a line: the name,
# spaces, the person's township or village, then the note ("马某某 城关镇 原3人减为2人")
_ROSTER_LINE = re.compile(
    r"[ \u3000]*([\u4e00-\u9fff]{2,4})[ \u3000\t]+[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|村|社区)"
    r"(?=[ \u3000\t])"
)


def roster_lines(text: str) -> list[tuple[int, int, str, float]]:
    """The persons of a roster under a short heading line with 名单 (above), each a name
    the name model holds sure; the roster ends at the first line of another shape."""
    out: list[tuple[int, int, str, float]] = []
    at = find_word(text, "名单")  # (by 名: ``wordfind``, the same positions)
    while at >= 0:
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        if line_end - text.rfind("\n", 0, at) <= 32:  # a heading, not a sentence
            pos = line_end + 1
            while True:
                m = _ROSTER_LINE.match(text, pos)
                end = text.find("\n", pos)
                if m is None or (0 <= end < m.end()) or score(m.group(1)) < 0.7:
                    break
                out.append((m.start(1), m.end(1), "name", 0.7))
                if end < 0:
                    break
                pos = end + 1
        at = find_word(text, "名单", line_end)
    return out
