"""Which cue words a text holds, found for them all in one search (issue 16, speed).

Some eighty passes of a scan are skipped when the text holds none of their cue words
(``wordfind.has_word``: 尊敬的, 收件人, 律师, 座机 …). Each such test walked the whole text
for one character of its word (or, written ``word in text``, for the word: ``str`` finds a
word of two or three characters in a text of Han characters at 0.7–1.5 ms a megabyte): on
the benchmark text nearly every test is a miss, and the walks cost some 30 ms a megabyte. The words listed here are looked for at once, by
one search of the whole text (``alternation.by_second``: a class of their first
characters, then their second), the first time a test asks about a long text; the answer
is kept for the text (``pertext``) and every later test is a set look-up.

The answer is exact. The search finds non-overlapping matches, the longest word first
where several start at one place; so a word is in the text if it is a match, or a part
of one (a word inside a longer one found: 律师 inside 律师事务所). The one case the matches
cannot decide, a word that starts inside a match and runs past its end, is left to the
walk of ``has_word`` (``unsure``). A word not listed here is looked for as before.
"""

from __future__ import annotations

import re
from functools import cache

from .alternation import by_second
from .pertext import memo

# The words of the tests (``has_word``, ``has_any_by``) of the passes; ``tests``
# holds every word written in such a call in the package listed here.
CUE_WORDS = (
    # marks of exports, CSV, JSON, XML and mail headers
    '\t"', '":', ',"', ".gov.cn", "/>", "</", "To:", "址\n",
    # words of the passes' cues
    "业主委员会", "业委会", "个体", "亲爱的", "伙同", "你(及", "你（及", "依次", "公证员",
    "共有", "兼任", "内地", "分别", "卷内", "卷宗", "受送达人", "变更", "变更前", "变更后",
    "台湾", "台胞", "同胞", "名下", "名册", "四至", "大陆", "姓名", "字段", "尊敬的",
    "居住证", "居民", "律师", "律师事务所", "务所", "得票", "承办", "担任", "授予",
    "收件人", "某部", "树种", "河段", "河流", "河长", "湖泊", "相邻", "笔录", "组成",
    "联系人", "联系方式", "通讯方式", "自然人", "送达", "通行证",
    "监考", "巡考", "考评员", "主讲", "培训讲师", "授课", "职务", "职位",
    "教练", "指导教师", "指导老师", "带队教师", "带队老师", "辅导员", "领队",
    # words the passes looked for with ``in`` (a miss: 0.7–1.5 ms a megabyte each)
    "座机", "法律服务所", "楼盘", "院落", "片区", "婚生", '="', "  - ", "办公电话",
    "办公室电话", "xm>", "XM>", "830000",
    "经办", "经手", "审核", "复核", "制表", "填表", "填报", "核对", "保管", "受理",
    "走访", "调查", "核查", "回访", "接待", "入户", "包保", "包联", "帮扶",
    "受种者", "患者", "患儿", "受害人", "伤者", "死者", "被监护人",
    # the tests of the passes added since (privspeed25b)
    "查勘", "定损", "协保员", "号户", "性别", "法定代表人", "员：", "员:",
    "制表单位", "填报单位", "编制单位", "报送单位", "汇总单位", "审核单位",
)  # fmt: skip
INDEXED = frozenset(CUE_WORDS)
# (a text shorter than this: each test walks it, cheaper than one search for all)
LONG = 20_000

_ORDER = sorted(INDEXED, key=lambda w: (-len(w), w))  # the longest first at one place
_SEARCH = re.compile(by_second([re.escape(w) for w in _ORDER]))
assert _SEARCH.groups == 0  # (``findall``: the whole matches)


@cache
def _around(w: str) -> tuple[frozenset[str], frozenset[str]]:
    """The listed words inside ``w`` (itself too), and those that may start inside it and
    run past its end (asked of the words found only: for every word at import, 9 ms)."""
    inside = frozenset(v for v in INDEXED if v in w)
    across = frozenset(
        v
        for v in INDEXED
        if v not in w and any(w.endswith(v[:k]) for k in range(1, min(len(v), len(w))))
    )
    return inside, across


class Cues:
    """The listed words a text holds (``held``) and those its matches leave open."""

    __slots__ = ("held", "unsure")

    def __init__(self, text: str) -> None:
        found = set(_SEARCH.findall(text))
        held: set[str] = set()
        unsure: set[str] = set()
        for w in found:
            inside, across = _around(w)
            held |= inside
            unsure |= across
        self.held = frozenset(held)
        self.unsure = frozenset(unsure - held)


def _cues(text: str) -> Cues:
    return Cues(text)


def cues(text: str) -> Cues:
    """``Cues`` of ``text``, found once a text (``pertext``, keyed by the text's identity
    too: two texts asked about in turn, the scan's and its original form of the same
    length, keep their answers; ``memo`` still compares the text itself)."""
    return memo((Cues, id(text)), text, _cues)
