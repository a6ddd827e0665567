"""Which cue words a text holds, found for them all in one search (issue 16, speed).

Some eighty passes of a scan are skipped when the text holds none of their cue words
(``wordfind.has_word``: 尊敬的, 收件人, 律师, 座机 …). Each such test walked the whole text
for one character of its word (or, written ``word in text``, for the word: ``str`` finds a
word of two or three characters in a text of Han characters at 0.7–1.5 ms a megabyte): on
the benchmark text nearly every test is a miss, and the walks cost some 30 ms a megabyte. The words listed here are looked for at once, by
one search of the whole text, the first time a test asks about a long text; the answer is
kept for the text (``pertext``) and every later test is a set look-up. The search stops at
each word's least common character (``_COMMON``; privspeed25b: the first characters, 公,
分, 内 …, stopped it at common places) and reads the rest of the word around it.

The answer is exact. A match is one character, the lead of the first word (in the order of
``_ORDER``, the longest first) that stands around it, so every place of a lead character is
tried; a word is in the text if it is a match, or a part of one (律师 inside 律师事务所). The
one case the matches cannot decide, another word of the same lead standing around the same
place, written later and not inside the word found (核查 after 审核 at 审核查), is left
to the walk of ``has_word`` (``unsure``). A word not listed here is looked for as before.
"""

from __future__ import annotations

import re
from functools import cache

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
    "验船师", "船检员", "检验员", "检验师", "检验人", "验车员",  # surveyorcols (privfix26a)
    # the tests of the passes added since (privspeed25b)
    "查勘", "定损", "协保员", "号户", "性别", "法定代表人", "员：", "员:",
    "制表单位", "填报单位", "编制单位", "报送单位", "汇总单位", "审核单位",
    # the twenty-second sitting's (disabilitycards)
    "残疾证", "残疾人证",
    # (privspeed26a)
    "监察", "稽查",
    # privfix26c: a premises' note (premisenotes), an office's reply (replylines)
    "经营场所", "营业场所", "答复", "回复", "办理结果", "处理结果", "办理情况",
    # the tests of this sitting's last passes (privspeed27b): a miss walked the whole text
    'gx"', "gx>", 'GX"', "GX>",  # kinkeys
    "矫正对象", "帮教对象", "释放人员", "服刑人员", "监外执行",  # subjectcolumns
    "帮教", "矫正", "专管",  # correctionstaff (监管责任人 by its own walk: 责 is common)
    "签字", "签名", "签章",  # opinionsigners
    "学籍",  # letteredspaced
    "<shr", '"shr', "<SHR", '"SHR',  # sharedinitials
    "（住", "(住",  # homebrackets
    "印发\n",  # footerclerks
)  # fmt: skip
INDEXED = frozenset(CUE_WORDS)
# (a text shorter than this: each test walks it, cheaper than one search for all)
LONG = 20_000

# The characters of the words common in text (the benchmark text's counts of 100 or more,
# most common first, privspeed25b): a word is looked for by its character least common by
# this list (one not in it before all), so that the search stops at few places.
_COMMON = (
    "0,公38务号的部办行事及区会(理：服-法制管人体大对保主 定业方单编民有监内查通件落领台依"
    "式分报生.审任:机\t位性\n流共证成室调予相入护户代个地同更导系录职评电收核受名委考经联"
    "协住回m前组指后变员律话c包教o接T复扶/四至培X访自训次表下者Mn院送手长得姓老g种所x居段"
    "总汇讲址害达v别然座"
)


def _lead(w: str) -> int:
    """Where ``w``'s least common character stands (the first of the least)."""
    return min(
        range(len(w)),
        key=lambda i: len(_COMMON) - _COMMON.find(w[i]) - 1 if w[i] in _COMMON else -1,
    )


_ORDER = sorted(INDEXED, key=lambda w: (-len(w), w))  # the longest first at one place
_NAMES = {f"w{i}": w for i, w in enumerate(_ORDER)}
_BY_LEAD: dict[str, list[tuple[str, str]]] = {}
for _name, _w in _NAMES.items():
    _BY_LEAD.setdefault(_w[_lead(_w)], []).append((_name, _w))


def _branch(name: str, w: str) -> str:
    """``w`` matched at its lead character: the part before read back, the rest ahead."""
    k = _lead(w)
    behind = f"(?<={re.escape(w[: k + 1])})" if k else ""  # (the lead read already)
    ahead = f"(?={re.escape(w[k + 1 :])})" if k + 1 < len(w) else ""
    return f"{behind}{ahead}(?P<{name}>)"


# One search: at each lead character (a match of one character), the first word led there
# that stands around it; ``lastgroup`` names it.
_SEARCH = re.compile(
    "|".join(
        re.escape(c) + "(?:" + "|".join(_branch(n, w) for n, w in words) + ")"
        for c, words in _BY_LEAD.items()
    )
)


def _consistent(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` may both stand around one place of their common lead."""
    ka, kb = _lead(a), _lead(b)
    for i, ch in enumerate(b):
        j = i - kb + ka  # (b's i-th character over a's j-th)
        if 0 <= j < len(a) and a[j] != ch:
            return False
    return True


# The words a match of another word may hide: led by the same character, written after it
# in the search, both able to stand around one place, and not inside it (a word inside a
# word found is held by ``_around``).
_SHADOWED: dict[str, frozenset[str]] = {
    a: frozenset(b for _, b in words[i + 1 :] if b not in a and _consistent(a, b))
    for words in _BY_LEAD.values()
    for i, (_, a) in enumerate(words)
}


@cache
def _around(w: str) -> tuple[frozenset[str], frozenset[str]]:
    """The listed words inside ``w`` (itself too), and those a match of ``w`` may hide
    (asked of the words found only)."""
    inside = frozenset(v for v in INDEXED if v in w)
    return inside, _SHADOWED[w]


class Cues:
    """The listed words a text holds (``held``) and those its matches leave open."""

    __slots__ = ("held", "unsure")

    def __init__(self, text: str) -> None:
        found = {_NAMES[m.lastgroup] for m in _SEARCH.finditer(text)}
        held: set[str] = set()
        unsure: set[str] = set()
        for w in found:
            inside, hidden = _around(w)
            held |= inside
            unsure |= hidden
        self.held = frozenset(held)
        self.unsure = frozenset(unsure - held)


def _cues(text: str) -> Cues:
    return Cues(text)


def cues(text: str) -> Cues:
    """``Cues`` of ``text``, found once a text (``pertext``, keyed by the text's identity
    too: two texts asked about in turn, the scan's and its original form of the same
    length, keep their answers; ``memo`` still compares the text itself)."""
    return memo((Cues, id(text)), text, _cues)
