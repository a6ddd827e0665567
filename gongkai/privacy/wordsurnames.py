"""Names a person's label gives whole, though their surname is also a word (issue 16,
twenty-fourth held-out batch).

``validators`` leaves out of its surname lists the surnames that are mostly words (越, 步,
后, 凤, 空, 慎 …), so that running text does not yield names like 后来 or 步行. Where a
person's label or role gives the whole value, a name with such a surname is still one:

- the whole value after a person's label and its colon, up to a sign ("产权人：越国芳",
  "信访人：凤光敏；", "对方当事人：慎世旭。");
- the whole word after a role without a colon when the person's sex follows ("受援人步志洋，
  男，…");
- a foreigner's four-character name after 姓名 ("姓名：高桥美咲"): a known surname and three
  characters, the whole value (not a pair of relatives: "刘伟夫妇").

Words stay words: a value holding a character that cuts names (的, 是, 人, 办 … in
``validators.NAME_STOP``) or listed in ``COMMON_WORDS`` is no name.
"""

from __future__ import annotations

import re

from . import validators as v

# surnames of the registers that are also common words (not in ``validators``' lists)
WORD_SURNAMES = frozenset("越步后凤空慎水山木双开火风才")
_SEX_NEXT = re.compile(r"[，,（(][ \u3000]*[男女][，,）)]")
_PAIRS = frozenset("夫妇 夫妻 父子 母子 父女 母女 兄弟 姐妹 一家 全家 等人 之妻 之子".split())
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _given_ok(given: str) -> bool:
    return bool(_CJK.fullmatch(given)) and v.NAME_STOP.isdisjoint(given)


def word_surname_name(run: str) -> bool:
    """``run`` (the whole value) is a name with a word-like surname."""
    return (
        2 <= len(run) <= 3
        and run[0] in WORD_SURNAMES
        and _given_ok(run[1:])
        and run not in v.COMMON_WORDS
    )


def sex_after(text: str, end: int) -> bool:
    """The person's sex right after the name ("，男，", "（女）")."""
    return _SEX_NEXT.match(text, end) is not None


def four_character_name(run: str) -> bool:
    """A foreigner's name of a known surname and three characters (高桥美咲)."""
    return (
        len(run) == 4
        and run[2:] not in _PAIRS
        and run[:2] not in v.COMPOUND_SURNAMES
        and run[0] in v.SURNAMES
        and _given_ok(run[1:])
        and run not in v.COMMON_WORDS
    )


# surnames of Yunnan's registers (Bai, Naxi, Yi) that ``validators.NAME_STOP`` holds as
# cutters of words (名字, 来自): a whole field's first character, they open a name
_STOP_SURNAMES = frozenset("字自")

# the first character of a 姓名 field's value that says no name stands there (无, 不详, 见附件)
_NO_NAME_FIRST = frozenset("无不未见详空略同其该此本已")


def field_name(run: str) -> bool:
    """The whole value of a 姓名 field (two or three characters) is a name whatever its
    surname, one no list holds included ("姓名：养涛", "姓名：须芳")."""
    return (
        2 <= len(run) <= 3
        and run[0] not in _NO_NAME_FIRST
        and _given_ok(run[1:] if run[0] in _STOP_SURNAMES else run)
        and v.plausible_given(run[1:])
        and run not in v.COMMON_WORDS
    )
