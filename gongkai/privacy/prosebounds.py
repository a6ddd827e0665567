"""Where a two-character name already found stands again inside running text (issue 16):
``names.repeated_names`` takes such a mention only as a word of its own ("，姜德、曲丽夫妇");
a report or minutes writes the same person again inside a clause — after a preposition or
a word for the person's role ("对卢某处以罚款", "代表郝某反映", "其儿媳余某说"), or
before a verb of speech or a household's 户 ("田某户得票未过半数", "赖某提出"). A mention
is taken where such a word stands on one side and the other side is no character of a
longer name; a name that is also a common word is never taken so.
"""

from __future__ import annotations

import re

from . import validators as v

# single characters before a name that end the words before it (prepositions, the verbs of
# an authority acting on a person)
_BEFORE = frozenset("对向由给让将把被经据令请同跟替与和及、")
# words naming a person's role or relation right before the name
_ROLE_BEFORE = frozenset(
    "代表 村民 居民 群众 老人 老兵 工友 家属 户主 本人 儿子 女儿 儿媳 女婿 妻子 丈夫 母亲 "
    "父亲 孙子 孙女 职工 学生 患者 责令 告知 通知 督促 要求 帮助 慰问 看望 约谈".split()
)
# single characters after a name that open the words after it
_AFTER = frozenset("、和与及等被已户家对向在于因将把是系的说称未也均都仍曾现")
# words of speech or action right after the name
_VERB_AFTER = frozenset(
    "反映 提出 表示 介绍 认为 说明 答复 承认 申请 同意 签字 确认 陈述 辩称 处以 老人".split()
)


def bounded_in_clause(text: str, at: int) -> bool:
    """Whether the two characters at ``at`` stand as a name inside a clause: a role word or
    a preposition before them and an ending after them, or a verb of speech after them."""
    name = text[at : at + 2]
    if name in v.COMMON_WORDS:
        return False
    one_before = text[at - 1 : at] if at else ""
    lead = one_before in _BEFORE or text[at - 2 if at > 2 else 0 : at] in _ROLE_BEFORE
    word_start = lead or not _cjk(one_before)
    one_after = text[at + 2 : at + 3]
    tail = not _cjk(one_after) or one_after in _AFTER
    # a verb of speech, or the person's household (田某户得票, 张某家女儿)
    verb = one_after in "户家" or text[at + 2 : at + 4] in _VERB_AFTER
    return (lead and (tail or verb)) or (word_start and verb)


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or ch == "·")


# how far from a name found another mention counts as the same person (``names``)
_WINDOW = 2000


def clause_mentions(text: str, found: list[tuple[int, int, str, float]], alone) -> list:
    """The other mentions of every two-character name found with some confidence that
    stand inside a clause (``bounded_in_clause``), or open a paragraph before a comma
    ("　　赖某，申请…"), within ``_WINDOW`` characters of its first finding; a name found
    with a sure cue also where it stands as a word of its own (``alone``,
    ``names._alone_two``)."""
    best: dict[str, tuple[float, int]] = {}
    for s, e, kind, conf in found:
        if kind == "name" and e - s == 2 and conf >= 0.6:
            name = text[s:e]
            if name not in best or conf > best[name][0]:
                best[name] = (conf, best.get(name, (0.0, s))[1])
    out = []
    for name, (conf, s) in best.items():
        if name in v.COMMON_WORDS:
            continue
        hi = min(len(text), s + 2 + _WINDOW)
        at = text.find(name, max(0, s - _WINDOW), hi)
        while at >= 0:
            if (
                at != s
                and not _bare_cell(text, at)
                and (
                    bounded_in_clause(text, at)
                    or (alone(text, at) and (conf >= 0.9 or _opens_paragraph(text, at)))
                )
            ):
                out.append((at, at + 2, "name", 0.65))
            at = text.find(name, at + 2, hi)
    return out


_NUMBERING = re.compile(r"[ \u3000]*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[.、．)）][ \u3000]*)?")


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether the name opens its line (after an indent or an item's number) before a
    comma, or opens a bracket."""
    if text[at - 1 : at] in ("（", "(") and at:
        return True  # the first of the persons in a note ("（覃某、田某）")
    if text[at + 2 : at + 3] not in ("，", ","):
        return False
    line_start = text.rfind("\n", at - 12 if at > 12 else 0, at) + 1
    if not line_start and at > 12:
        return False
    return _NUMBERING.fullmatch(text, line_start, at) is not None


_CELL_EDGE = frozenset(" \t|\u3000")


def _bare_cell(text: str, at: int) -> bool:
    """Whether the two characters at ``at`` fill a cell of their own (spaces, a tab or a
    pipe on both sides): the columns of a table decide there, not another mention."""
    before = text[at - 1 : at] if at else "\n"
    after = text[at + 2 : at + 3] or "\n"
    return (before in _CELL_EDGE or before == "\n") and (after in _CELL_EDGE or after == "\n")
