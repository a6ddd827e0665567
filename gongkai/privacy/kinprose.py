"""Relatives named in running text right after their kinship (issue 16).

A visit record, a reply letter or a notice names a household's members by their
kinship to the person it is about: "妻子X，49岁", "长子X，24岁，在外务工", "其配偶X系台湾
居民", "父X因病去世", "由其堂兄X（…）接收供养", "（母X）". The kinship word is the cue; the
name after it ends where a name ends: a sign, a character that no given name holds and
that opens the words after a name (``validators.NAME_STOP``: 的, 已, 因, 住, 系 …), or a
word of what the person does (``laternames``). The token must read as a name by the
model of names (``namemodel``: a surname and given-name characters), so "妻子在家照料",
"女儿大学毕业", "其父母已去世", "长子县" are no names. A one-character kinship (父, 妻,
兄 …) counts only after 其/之 or a sign, never inside a word ("子公司", "刘子涵").
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .laternames import WORDS_AFTER, ends_name
from .listwords import non_name
from .patterns import is_han

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# kinship words of two or three characters: a cue wherever they stand
_LONG_KIN = (
    "外孙女 外孙子 父亲 母亲 丈夫 妻子 儿子 女儿 长子 次子 三子 长女 次女 三女 儿媳 女婿 孙子 孙女 "
    "外孙 侄子 侄女 哥哥 姐姐 弟弟 妹妹 叔叔 伯父 伯母 舅舅 舅妈 姑姑 姑妈 姨妈 姨父 堂兄 堂弟 "
    "堂哥 堂姐 堂妹 表兄 表弟 表哥 表姐 表妹 前夫 前妻 配偶 公公 婆婆 岳父 岳母 爷爷 奶奶 外公 "
    "外婆 继子 继女 养子 养女 亲戚 兄弟 "
    # the elder kin a 寻亲 notice names ("其姑母X已于…去世", "寻找其胞妹X")
    "姑母 姨母 舅父 舅母 叔父 婶婶 姑父 胞兄 胞弟 胞姐 胞妹 祖父 祖母 生父 生母 养父 养母 "
    # an elder brother and in-laws, and the spoken words of a caller or a letter ("来电人的兄长X",
    # "村会计X的老公Y冒领"; docs278)
    "兄长 姐夫 妹夫 嫂子 弟媳 老公 老婆 媳妇"
).split()
# what may stand between a kinship and the name it introduces ("自述丈夫叫X", "有一哥哥
# 名叫X"): the kinship is still the cue, the name starts after the verb
_CALLED = re.compile(r"(?:名叫|叫做|叫)")
# one-character kinship: a cue only after 其/之 or a sign ("其侄X", "（兄X）", "，父X因病");
# not 孙, a common surname ("联系人：孙海涛")
_SHORT_KIN = "父母妻夫子女兄弟姐妹侄"
# a character after a one-character kinship that makes a word of it (父母双亡, 女方, 子女)
_SHORT_WORD = frozenset(_SHORT_KIN + "孙方士性亲儿人")
# the surname's first character, for a cheap test before the model
_FIRST = v.SURNAMES | v.RARE_SURNAMES | frozenset(s[0] for s in v.COMPOUND_SURNAMES)
_NEED = 0.7
# every kinship word's last character (one fast scan; 公, common in 公司 公安, only
# before a surname's first character): the kinship word is read back from there, and
# the relation pairs of ``kinlists`` (长子, 配偶 …) are found among the same marks
KIN_MARK = re.compile(
    "["
    + "".join(sorted({k[-1] for k in _LONG_KIN} | set(_SHORT_KIN)))
    + "](?:(?<!公)|(?=["
    + "".join(sorted(_FIRST))
    + "]))"
)
_LONG = frozenset(_LONG_KIN)
_SHORT_LEAD = frozenset("其之（(，,、：:；;")


def _kin_before(text: str, end: int) -> bool:
    """Whether a kinship word ends at ``end`` before a name (not 父母, 女方, 子女)."""
    if text[end - 2 : end] in _LONG or text[end - 3 : end] in _LONG:
        return True
    if (
        text[end - 2 : end - 1] in "：:"
        and text[end - 3 : end - 2] == "人"
        and text[end - 1] in _FIRST
    ):
        return False  # "受理人：母国栋": a person's label takes one person, 母 their surname
    return (
        text[end - 1] in _SHORT_KIN
        and text[end - 2 : end - 1] in _SHORT_LEAD
        and text[end] not in _SHORT_WORD
    )


def _closes_longer(text: str, end: int) -> bool:
    """A character that cuts names standing right before a sign ("堂兄马卜都（…"): the
    last character of a longer name, not a word after it."""
    after = text[end : end + 1]
    return "\u4e00" <= after <= "\u9fff" and text[end + 1 : end + 2] in _SIGNS


_SIGNS = frozenset("（(，,、。；;）)")
# where a name of two ends before a verb: 在, 已, 因, 于 and a word ("姐姐甘峤在悲痛中签署",
# "其妻王芳已于…"), not 在读 or 已婚 (what the person is: "女儿高中在读" is no name)
_STOP_AFTER_TWO = re.compile(r"(?:在|已|因|于)(?!读|校|婚|故|岗|职|编)")


def kin_marks(text: str) -> list[int]:
    """The positions of the last characters of kinship words (``KIN_MARK``)."""
    return [m.start() for m in KIN_MARK.finditer(text)]


_SPACE = (" ", "\u3000")
# a relation opening a field's value or a list's piece ("：配偶 X", "；子女 Y")
_FIELD_KIN = re.compile(
    r"(?:^|[：:；;，,、\n\t])(?:配偶|子女|儿子|女儿|父亲|母亲|妻子|丈夫|长子|次子|长女|次女|"
    r"孙子|孙女|儿媳|女婿|哥哥|弟弟|姐姐|妹妹)$"
)


_QUOTES = frozenset("\"“'‘")


def _quoted(text: str, start: int, out: list[Candidate]) -> None:
    """A name quoted right after its kinship: the quotes (doubled in a CSV cell) around it."""
    lo = start
    while text[lo : lo + 1] in _QUOTES and lo - start < 2:
        lo += 1
    hi = lo
    while hi - lo < 5 and is_han(text[hi : hi + 1]):
        hi += 1
    word = text[lo:hi]
    if 2 <= len(word) <= 4 and text[hi : hi + 1] in "\"”'’" and text[lo] in _FIRST:
        if nm.score(word) >= _NEED and not non_name(word):
            out.append((lo, hi, "name", 0.75))


def kin_prose(text: str, marks: list[int] | None = None) -> list[Candidate]:
    """Names right after a kinship word in running text (module docstring); ``marks``:
    ``kin_marks(text)``, read once for this pass and ``kinlists``."""
    out: list[Candidate] = []
    for at in kin_marks(text) if marks is None else marks:
        start = at + 1  # (the kinship's last character before a surname's first)
        called = _CALLED.match(text, start) if text[start : start + 1] in "名叫" else None
        if called is not None and _kin_before(text, start):
            start = called.end()  # "自述女儿叫X": the name after the verb
            if text[start : start + 1] not in _FIRST:
                continue
        elif text[start : start + 1] in _SPACE and _FIELD_KIN.search(
            text, at - 3 if at > 3 else 0, start
        ):
            start += 1  # "家庭成员：配偶 X；子女 Y": a field's relation, one space, the name
            if text[start : start + 1] not in _FIRST:
                continue
        elif text[start : start + 1] in _QUOTES and _kin_before(text, start):
            _quoted(text, start, out)  # "委托儿子“陈勇”领取", a CSV cell's 儿子""陈勇""
            continue
        elif text[start : start + 1] not in _FIRST or not _kin_before(text, start):
            continue
        for size in (2, 3, 4):
            word = text[start : start + size]
            if len(word) < size or not all("\u4e00" <= c <= "\u9fff" for c in word):
                break
            end = start + size
            if (
                size == 2
                and is_han(text[end : end + 1])
                and text[end : end + 2] not in WORDS_AFTER
                and not _STOP_AFTER_TWO.match(text, end)
            ):
                continue  # two characters before a verb may be a word ("女儿江苏上学")
            if ends_name(text, end) and not _closes_longer(text, end):
                score = nm.score(word)
                # three characters: the last one a given name's, or the whole a sure name
                # ("让我儿子杨波去，" is 杨波 and a verb)
                if size > 2 and score < 0.9 and word[-1] not in v.GIVEN_CHARS:
                    break
                if score >= _NEED and not non_name(word):
                    out.append((start, start + size, "name", 0.75))
                break
    return out
