"""Persons named in running text right after a word for how they stand to someone
(issue 16, privfix16lc).

Letters, complaints, interview records and notices name private persons by their
relation to the writer or to the person the text is about, whatever the genre:

- family in the writer's own words: "我老婆X当场…", "我和老伴X种的…", "我表弟X一起买的",
  "其胞妹X定居…", "孩子X跟着奶奶…", "外祖母X，照顾10分";
- the people around a case: "邻居X在楼顶搭建", "隔壁的X", "同组X家的山", "同行的X也被…",
  "对方当事人X私下接触", "担保人是X", "见证人为X", "经营者为X";
- who a list's line was entered for: "6. X（代Y报）".

The relation word is the cue (``_CUES``, read back from its last character, one scan of
the text); the name after it is a surname (``validators``) and given-name characters that
the model of names accepts (``namemodel``). Where the name ends is the hard part, as a
name of two characters may go on with a third ("钮花懿多次…", not 钮花) and a third may
open the next word ("谭明正在读…", not 谭明正). It is read from what follows:

- a word that opens what a person does or when (``_AFTER``: 正在, 一起, 多次, 私下, 去年 …,
  and ``laternames.WORDS_AFTER``) right after the shorter reading wins ("谭明|正在");
- else the shortest reading before a sign or a character that ends a name
  (``laternames.ends_name``) or opens the words after a subject (``_AFTER_ONE``: 也, 家,
  都, 等 …).

A relation word followed by no such name ("邻居反映", "对方单位", "孩子上学") gives nothing.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .cuemend import WHEN_ADVERBS
from .kinprose import KIN_MARK, kin_marks
from .laternames import WORDS_AFTER, ends_name
from .listwords import non_name

Candidate = tuple[int, int, str, float]

# words for a person by relation: family in plain speech, and the people around a case
_KIN = (
    "老婆 媳妇 老伴 爱人 老公 丈夫 妻子 前夫 前妻 儿子 女儿 孩子 小孩 胞兄 胞弟 胞姐 胞妹 表哥 表弟 "
    "表姐 表妹 堂哥 堂弟 堂姐 堂妹 哥哥 弟弟 姐姐 妹妹 父亲 母亲 祖父 祖母 外祖父 外祖母 爷爷 奶奶 "
    "外公 外婆 公公 婆婆 岳父 岳母 儿媳 女婿 孙子 孙女 外孙 侄子 侄女 亲戚 继父 继母"
).split()
_AROUND = (
    "邻居 隔壁的 同组 同组的 同村 同村的 村里的 同行的 同学 同事 工友 朋友 对方 对方当事人 "
    "担保人 保证人 见证人 介绍人 证明人 经营者 承包人 合伙人 房东 租户 雇主"
).split() + ["（代", "(代"]  # who a list's line was entered for ("2. X（代Y报）")
# a person's relation word may be followed by 是/为 before the name ("担保人是X", "经营者为X")
_COPULA = "是为"
_CUES = frozenset(_KIN + _AROUND)
_LONGEST = max(len(c) for c in _CUES)
_FIRST = v.SURNAMES | v.RARE_SURNAMES | frozenset(s[0] for s in v.COMPOUND_SURNAMES)
# the last character of every cue (or 是/为 after one of …人/…者) after a cue's last but
# one, before a surname's first character: one scan led by a class (the engine's fast
# scan), few hits. The characters of kinship words that ``kinprose.KIN_MARK`` marks
# already (公 only before a surname, as here; the scanner's one scan of prose finds
# them) are read from its marks, not scanned again: 公 alone (公司, 公安) made two fifths
# of this scan's stops
_CUE_LAST = frozenset({c[-1] for c in _CUES} | set(_COPULA))
_BEFORE_LAST = frozenset({c[-2] for c in _CUES} | set("人者"))
_KIN_MARKED = _CUE_LAST & frozenset(KIN_MARK.pattern[1 : KIN_MARK.pattern.index("]")])
RELATION_MARK = re.compile(
    "["
    + "".join(sorted(_CUE_LAST - _KIN_MARKED))
    + "](?<=["
    + "".join(sorted(_BEFORE_LAST))
    + "].)(?=["
    + "".join(sorted(_FIRST))
    + "])"
)
# words that open what a person does, did or is, or when, right after a name
_AFTER = (
    frozenset(
        "正在 一起 一同 多次 私下 去年 今年 前年 当年 当场 当天 定居 跟着 看见 看到 提供 合伙 共同 "
        "代为 代收 代领 名下 现在 目前 至今 已经 一直 经常 还在 在外 在家 也被 也是 作证 签字 签名 "
        "负责 反映 投诉 表示 认为 说过 告诉 答应 承诺 同意 拒绝 没有 不在 不肯 多年 常年 长期 "
        "当时 曾经 早年 每月 每年 于是 随后 前来 来到 到场 在场 旅居 侨居 种的 住在 就读 读书 上学 "
        "打工 务工 外出 要求 申请 申领 报名 离婚 结婚 去世 病故 两人 二人 三人 "
        # what befell a child or a patient ("孩子X发热时…", "其女X受伤后…")
        "发热 发烧 生病 受伤 摔伤 摔倒 哭闹 走失 呕吐 腹泻".split()
    )
    | WORDS_AFTER
)
# one character that opens the words after a subject and ends no name of today
_AFTER_ONE = frozenset("也都还就又却才等家说称讲与跟将把被在于报领")
# characters of kinship that are no surname of today opening a name (孙 is)
_KIN_CHARS = frozenset("父母女兄弟姐妹妻夫儿婆爷奶")
# the last character of a shop's or a unit's name, after what would be a person's name
_UNIT_END = frozenset("市店馆厂行社部站场铺厅院所坊园司局委办队")
# the suffix of a noun of two characters (房子, 院子, 石头)
_NOUN_END = frozenset("子头儿")
# a relation word inside a longer word is no cue ("单亲孩子", "社区同事会")
_NOT_BEFORE_CUE = frozenset("单非无有")


def _cue_before(text: str, end: int) -> bool:
    """Whether a relation word (with 是/为 after it) ends at ``end``."""
    if text[end - 1] in _COPULA:
        end -= 1
    for size in range(2, _LONGEST + 1):
        word = text[end - size : end]
        if len(word) == size and word in _CUES:
            return text[end - size - 1 : end - size] not in _NOT_BEFORE_CUE
    return False


def _is_name(word: str) -> bool:
    if word in v.COMMON_WORDS or non_name(word) or word[-2:] in _CUES:
        return False
    score = nm.score(word)
    if len(word) == 2:
        # two characters: a sure name only, not a noun of two ("游客", "房子", "路灯")
        return score >= 0.9 and word[-1] not in _NOUN_END
    return score >= 0.7 and word[-1] in v.GIVEN_CHARS


def _sizes(text: str, start: int) -> range:
    k = 2 if text[start : start + 2] in v.COMPOUND_SURNAMES else 1
    return range(k + 1, k + 3)


def _name_at(text: str, start: int) -> int:
    """The end of the name starting at ``start`` (module docstring), or -1; a name of
    two characters needs a sign or a word of ``_AFTER`` / ``_AFTER_ONE`` after it, not
    any character that ends a name ("我孩子满月了", "村里的宣传可以")."""
    sizes = _sizes(text, start)
    words = [text[start : start + n] for n in sizes]
    if not all("\u4e00" <= c <= "\u9fff" for c in words[0]) or len(words[0]) < sizes[0]:
        return -1
    for n, word in zip(sizes, words, strict=True):
        if text[start + n : start + n + 2] in _AFTER and _is_name(word):
            return start + n
    for n, word in zip(sizes, words, strict=True):
        end = start + n
        if len(word) < n or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        after = text[end : end + 1]
        if after in _UNIT_END:
            return -1  # a shop's or a unit's name ("经营者为张家超市")
        if n == 2 and "\u4e00" <= after <= "\u9fff" and after not in _AFTER_ONE:
            continue
        if (ends_name(text, end) or after in _AFTER_ONE) and _is_name(word):
            return end
    return -1


def _marks(text: str, kin: list[int], found: list[int] | None = None) -> list[int]:
    """The positions of the cues' last characters (or 是/为) between a cue's last but one
    and a surname's first character: ``RELATION_MARK``'s (``found`` where known), and
    those of ``kin`` (``KIN_MARK``'s positions in ``text``) of a character of
    ``_KIN_MARKED``."""
    marks = [m.start() for m in RELATION_MARK.finditer(text)] if found is None else found
    more = [
        at
        for at in kin
        if text[at] in _KIN_MARKED
        and at > 0
        and text[at - 1] in _BEFORE_LAST
        and text[at + 1 : at + 2] in _FIRST
    ]
    return sorted(marks + more) if more else marks


def relation_prose(
    text: str, kin: list[int] | None = None, found: list[int] | None = None
) -> list[Candidate]:
    """Names right after a word for a person's relation (module docstring); ``kin`` and
    ``found``: ``kinprose.KIN_MARK``'s and ``RELATION_MARK``'s positions in ``text``
    where known (``prose.cue_kin_marks``)."""
    out: list[Candidate] = []
    for at in _marks(text, kin_marks(text) if kin is None else kin, found):
        start = at + 1
        if not _cue_before(text, start):
            continue
        if text[start] in _KIN_CHARS:
            continue  # a word of kin after the cue ("祖父母健在", "岳父母")
        if text[start] == "时" and text[start + 1 : start + 2] in WHEN_ADVERBS:
            continue  # a clause of time after the cue ("接孩子时才发现", "送孩子时就…")
        end = _name_at(text, start)
        if end > 0:
            out.append((start, end, "name", 0.7))
    return out


def _sure(word: str) -> bool:
    return _is_name(word) and (len(word) > 2 or nm.score(word) >= 0.9)


def follow_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with every name's end moved by one character where the words after it
    say so (``_AFTER``): a name that took the first character of such a word gives it
    back ("谭明正|在读" → 谭明), a name that left a character before such a word takes it
    ("钮花|懿多次" → 钮花懿). A name already followed by such a word stays."""
    out = list(cands)  # (a copy: only the names whose end moves are replaced)
    for i in [i for i, cand in enumerate(cands) if cand[2] == "name"]:
        s, e, kind, conf = cands[i]
        if 2 <= e - s <= 4 and text[e : e + 2] not in _AFTER:
            limit = 4 if text[s : s + 2] in v.COMPOUND_SURNAMES else 3
            if e - s > 2 and text[e - 1 : e + 1] in _AFTER and _sure(text[s : e - 1]):
                out[i] = (s, e - 1, kind, conf)
            elif (
                e - s < limit
                and text[e + 1 : e + 3] in _AFTER
                and text[e] in v.GIVEN_CHARS
                and _is_name(text[s : e + 1])
            ):
                out[i] = (s, e + 1, kind, conf)
    return out
