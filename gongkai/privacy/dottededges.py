"""Where a dotted name begins and ends (issue 16).

Uyghur, Kazakh, Mongolian and foreign names are written with a middle dot between their
parts (买买提·吐尔逊, 娜仁·其其格, 阿依古丽·艾力). A rule that takes a run of Han signs
before a bracket or after a cue may take the words of the sentence with it
("被告人在被害人娜仁·其其格", "由其子木拉提·买买提代为报案"), or stop at the dot and keep
one part ("古丽·阿不都" as 古丽). A name candidate that holds or touches a dot is set to
the dotted name: each part is the run of Han signs next to its dot, up to a sign that
no transliteration uses in that place (a preposition, a particle, 人 of a role word such
as 被害人 on the left, a verb's 代 or 的 on the right) and without a kinship or a
resident's word opening it (其子, 之女, 村民).
"""

from __future__ import annotations

import re

from .listwords import dotted_place, non_name
from .patterns import is_han

Candidate = tuple[int, int, str, float]

# the confidence of a name ``dotted_names`` read by itself: it gives way to another rule's
READ = 0.74

_READ = 5  # the longest part read on beyond a candidate that stops at a dot
# signs that end a dotted name's first part on its left and its last part on its right
_LEFT_STOP = frozenset("人员象犯在被由的和与及为是向对从将把给叫等称籍族")
_RIGHT_STOP = frozenset("代的和与及在是等向对从将把被为已于说称到家先同之受死因接陪")
_LEARN = "了解"  # the verb after an informant ("经向其兄X·Y了解"): no part's signs
# forms of address after a name ("…女士", "…先生"): the last part ends before them
_TITLES_AFTER = ("女士", "先生", "同志", "老师", "小姐", "师傅", "阿姨", "大爷", "大妈")
# words that may open the run before a name's first part (kin, roles of residents)
_OPENERS = (
    "其子",
    "其女",
    "之子",
    "之女",
    "儿子",
    "女儿",
    "妻子",
    "丈夫",
    "子女",
    "配偶",
    "父亲",
    "母亲",
    "家属",
    "亲属",
    "村民",
    "居民",
    "牧民",
    "农民",
    "群众",
    # a kinship of one sign after 其 or 之 ("询问其妻X·Y", "经向其兄X·Y了解")
    *(lead + kin for lead in "其之" for kin in "妻夫兄弟姐妹父母孙侄"),
)


def _left(text: str, start: int, first: int) -> int | None:
    """Where the first part begins: inside the candidate when it holds the part, else read
    on to the left while the run is short enough to be one part."""
    floor = start if start < first else max(0, first - _READ)
    lo = first
    while lo > floor and is_han(text[lo - 1]) and text[lo - 1] not in _LEFT_STOP:
        lo -= 1
    if start >= first and lo == first - _READ and lo and is_han(text[lo - 1]):
        if text[lo - 1] not in _LEFT_STOP:
            return None  # a run of the sentence, no part of a name
    # the last opener in the run: it may stand after words of its own ("死者家属", "遇难
    # 船员的亲属"), and the first part is what follows it (one sign at least: a surname
    # before the dot, "其丈夫卢·阿布都")
    cut = lo
    for word in _OPENERS:
        at = text.rfind(word, lo, first - 1)
        if at >= 0 and at + len(word) > cut:
            cut = at + len(word)
    return cut


def _right(text: str, end: int, first: int) -> int | None:
    """Where the last part ends, as ``_left`` for the parts after the first dot."""
    hi = first
    while hi < len(text) and text[hi] == "·":
        ceiling = end if end > hi + 1 else min(len(text), hi + 1 + _READ)
        part = hi + 1
        # a stop is none right after the part's first sign (孟和, 巴图·孟和: a Mongolian name)
        while (
            part < ceiling
            and is_han(text[part])
            and (text[part] not in _RIGHT_STOP or part == hi + 2)
            and not text.startswith(_LEARN, part)
        ):
            part += 1
        if part == hi + 1:
            break
        if end <= first + 1 and part == ceiling and part < len(text) and is_han(text[part]):
            if text[part] not in _RIGHT_STOP:
                return None  # a run of the sentence, no part of a name
        hi = part
    if text.startswith(_TITLES_AFTER, hi - 2) and text.rfind("·", 0, hi) < hi - 3:
        hi -= 2  # "阿依古丽·艾力女士": a form of address after the name, none of its parts
    return hi


def _dotted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the dotted name the candidate ``start:end`` holds or touches."""
    first = text.find("·", start, end)
    if first < 0:
        if text[end : end + 1] == "·":
            first = end
        elif start and text[start - 1] == "·":
            first = start - 1
        else:
            return None
    lo = _left(text, start, first)
    hi = _right(text, end, first)
    if lo is None or hi is None or lo == first or hi == first:
        return None
    return lo, hi


def dotted_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with every name that holds or touches a dot set to the dotted name; a
    name ``dotted_names`` read where another rule's name holds the same dot gives way."""
    if "·" not in text:
        return cands
    out: list[Candidate] = []
    held: list[tuple[int, int]] = []
    for cand in cands:
        start, end, kind, conf = cand
        if kind == "name" and ("·" in text[start:end] or "·" in text[start - 1 : end + 1]):
            got = _dotted(text, start, end)
            if got is not None and got != (start, end):
                if not any(_word(p) for p in text[got[0] : got[1]].split("·") if p):
                    cand = (got[0], got[1], kind, conf)
            if conf != READ:
                held.append(cand[:2])
        out.append(cand)
    if not held:
        return out
    return [
        c
        for c in out
        if c[3] != READ or c[2] != "name" or not any(s < c[1] and c[0] < e for s, e in held)
    ]


# the last signs of words that are no part of a name: places, units, batches, editions
# ("第七批·达埔镇", "存根联·公开版", "分类广告·遗失声明", "金科·集美学府", "低保·失能")
_WORD_END = frozenset(
    "村组镇乡街路巷号室楼局委办院所站队部处科股型类级费款额计批版联线年月能告罚箱府度区市县省州期日周季届次课"
)
_WORD_START = frozenset("第各本该每某")
# regions a dotted pair of places opens with ("云南·怒江", "中国·北京")
_REGIONS = frozenset(
    "中国 北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)


# a charity's or a policy's programme, named in two dotted parts ("乡村振兴·助老", "慈善·助学",
# "助残·扶困": a donation's directed project, no transliterated name)
_PROGRAMME = re.compile(r"振兴|扶贫|帮扶|慈善|公益|^助|^扶|^济")


def _word(part: str) -> bool:
    """A part of a dotted run that is a word, a place or a unit, no part of a name."""
    return (
        part[-1] in _WORD_END
        or part[0] in _WORD_START
        or part in _REGIONS
        or non_name(part)
        or _PROGRAMME.search(part) is not None
    )


_TITLES = (("《", "》"), ("【", "】"), ("“", "”"))


# a label of an official or a unit's staff before the name, a unit noted after it
_OFFICE_LABEL = re.compile(
    r"(?:代表人|负责人|回访人|经办人|承办人|记录人|接待人|联系人|签发人|审核人)[：:]$"
)
_UNIT_NOTE = re.compile(r"[（(][^（）()\n]{0,12}(?:中心|局|所|站|院|办|委|会|队|公司|科|股)[）)]")


def _in_office(text: str, lo: int, hi: int) -> bool:
    """ "回访人：X（法援中心）", "法定代表人：X": a unit's staff or its registration."""
    return bool(
        _OFFICE_LABEL.search(text, lo - 6 if lo > 6 else 0, lo) or _UNIT_NOTE.match(text, hi)
    )


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a title's or a heading's brackets on its line."""
    line = text.rfind("\n", 0, at)
    for left, right in _TITLES:
        opened = text.rfind(left, line + 1, at)
        if opened >= 0 and text.find(right, opened, at) < 0:
            return True
    return False


def dotted_names(text: str) -> list[Candidate]:
    """Every dotted name of ``text`` (买买提·吐尔逊 wherever it stands): a run of Han signs
    on each side of a dot, short enough to be a name's parts, none of them a word's."""
    out: list[Candidate] = []
    at = text.find("·")
    while at >= 0:
        nxt = text.find("·", at + 1)
        if 0 < at < len(text) - 1 and is_han(text[at - 1]) and is_han(text[at + 1]):
            lo = _left(text, at, at)
            hi = _right(text, at, at)
            if lo is not None and hi is not None and lo < at and (not out or out[-1][1] <= lo):
                parts = text[lo:hi].split("·")
                if lo and text[lo - 1] in "/／" and len(parts[0]) == 1:
                    pass  # a unit of measure: "5元/生·天", "元/亩·年", "元/人·月"
                elif dotted_place(text[lo:hi]):
                    pass  # "和田·墨玉县": a prefecture and its county (listwords)
                elif all(p and not _word(p) for p in parts):
                    if not _in_title(text, lo) and not _in_office(text, lo, hi):
                        out.append((lo, hi, "name", READ))
            while nxt >= 0 and out and nxt < out[-1][1]:
                nxt = text.find("·", nxt + 1)  # the name's own later dots
        at = nxt
    return out
