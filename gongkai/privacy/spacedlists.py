"""Names listed in a line of prose: with spaces between them after a colon, by group.

A payment or a relief is often followed by the names of the persons it went to, each
separated from the next by a space and no other sign:

- closed by their count ("慰问困难群众（每户300元）：韦老七 覃妹 蒙秀莲，共3户"):
  the count equals the number of words, which vouches for names with rarer given
  characters (覃妹, 罗二);
- or after a word for the persons paid or helped before the colon ("领款人：庞大海
  温小燕 钟秋生"), where most words must read as names;
- or each with a note in brackets ("刘洋（3班） 黄婷（3班） 何卫东（5班）"), the words
  reading as names.

Names are also listed by the labels of their groups, two groups or more in a row
("1班欧阳晨、蒋一凡；2班李紫嫣", "一组覃有德、二组韦志强"): ``grouped_names``.

A list of units or places ("：城关镇 石龙镇 新圩乡，共3个乡镇") is left alone: three words
in four must open with a surname and none may be a known non-name.
"""

from __future__ import annotations

import re

from . import validators as v
from .itemnames import item_names
from .kinnames import kin_names
from .listwords import count_in, non_name
from .notices import notice_names
from .residents import resident_names
from .wordfind import colons, has_word, places

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_SP = r"[ \u3000]"
_WORD = rf"[{_H}]{{2,4}}"
# a colon, then three or more words of two to four characters separated by spaces
# (each word may carry a note in brackets: "刘洋（3班） 黄婷（3班） 何卫东（5班）")
_NOTED = r"(?:[（(][^（()）\n]{1,12}[）)])?"
_SPACED = re.compile(
    rf"[：:]{_SP}*((?:{_WORD}{_NOTED}{_SP}+){{2,}}{_WORD}{_NOTED})"
    rf"(?={_SP}*(?:[，,；;。）)]|$|\n))",
    re.M,
)
_NOTE_AT = re.compile(r"[（(]")
_NUM = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
_COUNT_AFTER = re.compile(rf"{_SP}*[，,]?{_SP}*(?:共|合计|计|等){_NUM}(?:户|人|名|位)")
# before the colon (same clause): a word for persons paid, helped or listed
_CUE = re.compile(
    r"(?:领款人|收款人|领取人|受助人|申领人|受益人|救助对象|保障对象|补助对象|慰问对象|"
    r"发放对象|困难户|困难群众|低保户|五保户|特困人员|获奖人员|人员名单|名单|户主)"
    r"[^，。；;\n]{0,20}$"
)
_CLAUSE_START = re.compile(r"[。；;\n][^。；;\n]*$")


def _word_ok(word: str) -> bool:
    return v.surname_length(word) >= 1 and not non_name(word) and word not in v.COMMON_WORDS


def _mostly(words: list[str], test) -> bool:
    """Three words in four or more pass ``test`` (a rarer surname: 言诗琪), and none is
    a known non-name."""
    if any(non_name(w) or w in v.COMMON_WORDS for w in words):
        return False
    return 4 * sum(1 for w in words if test(w)) >= 3 * len(words)


def _spaced(text: str):
    """``_SPACED``'s matches, tried at each colon (found with ``str.find``: faster than
    a search led by a class)."""
    full, half = colons(text)
    end = -1
    for k in sorted(full + half):
        if k < end:
            continue
        m = _SPACED.match(text, k)
        if m:
            end = m.end()
            yield m


def spaced_names(text: str) -> list[Candidate]:
    """Names of the forms of the module docstring."""
    out: list[Candidate] = []
    for m in _spaced(text):
        words = [(w.start(1), w.group(1)) for w in re.finditer(rf"([{_H}]+){_NOTED}", m.group(1))]
        noted = len(_NOTE_AT.findall(m.group(1))) == len(words)
        if not _mostly([w for _s, w in words], _word_ok):
            continue
        count = _COUNT_AFTER.match(text, m.end())
        if count:
            if count_in(count.group()) != len(words):
                continue
            sure = sum(1 for _s, w in words if v.plausible_name(w))
            if 2 * sure < len(words):
                continue
        else:
            lo = max(0, m.start() - 40)
            before = text[lo : m.start()]
            clause = _CLAUSE_START.search(before)
            if clause:
                before = before[clause.start() + 1 :]
            if not _mostly([w for _s, w in words], v.plausible_name):
                continue
            if not _CUE.search(before) and not noted:
                continue  # a note on every word vouches for a list of persons
        base = m.start(1)
        out += [(base + s, base + s + len(w), "name", 0.75) for s, w in words]
    return out


# --- names listed by group: "1班欧阳晨、蒋一凡；2班李紫嫣", "一组覃有德、二组韦志强" ------

_GROUP = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:班|组|队|社)"
_NOTE = r"(?:[（(][^（()）\n]{1,30}[）)])?"
_ONE = rf"(?!{_GROUP})[{_H}]{{2,4}}{_NOTE}"
# a group's label is found by its last character (``str.find`` for each), then
# its number is read backwards (``_groups``); then its names separated by 、 (each may
# carry a note in brackets), up to the sign that ends the group
_LABEL_ENDS = "班组队社"
_NUMERALS = frozenset("0123456789一二三四五六七八九十")
_BEFORE_LABEL = frozenset("：:；;，,、 \t\n\u3000")
_GROUP_NAMES = re.compile(rf"{_ONE}(?:、{_ONE})*(?=[；;，,、。\n]|$)")
_NAME_IN = re.compile(rf"([{_H}]{{2,4}}){_NOTE}")


_PLACE_ENDS = ("镇", "乡", "街道", "社区")
_CJK_CHAR = re.compile(rf"[{_H}]")
_SURNAME_CHARS = frozenset(v.SURNAMES | v.RARE_SURNAMES | {c[0] for c in v.COMPOUND_SURNAMES})


def _label_ends(text: str) -> list[tuple[int, int]]:
    """(label's start, label's end) of the groups' labels: a number and 班, 组, 队, 社
    ("1班", "一组"); or a place ("石庄镇", "如城街道") after a sign or a line's start, in
    a text whose groups are separated by ；."""
    labels = []
    for c in _LABEL_ENDS:  # (str.find: far faster than a search led by a class)
        k = text.find(c, 1)
        while k > 0:
            if text[k - 1] in _NUMERALS:
                j = k
                while j > 0 and k - j < 3 and text[j - 1] in _NUMERALS:
                    j -= 1
                if k - j <= (2 if text[k - 1].isdigit() else 3):
                    labels.append((j, k + 1))
            k = text.find(c, k + 1)
    if "；" not in text:
        return sorted(labels)  # places head groups separated by ；, never by 、 alone
    for word in _PLACE_ENDS:
        last = word[-1]  # (one character: str.find is slower for two)
        k = text.find(last, 1)
        while k > 0:
            end = k + 1
            k = end - len(word)
            if text[k:end] != word:
                k = text.find(last, end)
                continue
            # (cheap tests first: a surname next, a list's sign soon after)
            after = text[end + 2 : end + 6]
            if text[end : end + 1] in _SURNAME_CHARS and ("、" in after or "；" in after):
                j = k
                while j > 0 and k - j < 8 and _CJK_CHAR.match(text[j - 1]):
                    j -= 1
                if end - j <= 10:
                    labels.append((j, end))
            k = text.find(last, end)
    return sorted(labels)


def _groups(text: str):
    """(label's start, names' start, end) of each group: "1班欧阳晨、蒋一凡"."""
    for j, k in _label_ends(text):
        if j and text[j - 1] not in _BEFORE_LABEL:
            continue
        names = _GROUP_NAMES.match(text, k)
        if names:
            yield j, k, names.end()


def grouped_names(text: str) -> list[Candidate]:
    """Names after the labels of their groups, two groups or more in a row, separated
    by ；, ， or 、: classes (1班), village groups (一组), teams (3队)."""
    out: list[Candidate] = []
    run: list[tuple[int, str]] = []
    last_end = -1

    def flush() -> None:
        if len({s for s, _w in run}) < 3:
            return
        words = [w for _s, w in run]
        if not all(_word_ok(w) for w in words):
            return
        if 3 * sum(1 for w in words if v.plausible_name(w)) < 2 * len(words):
            return
        out.extend((s, s + len(w), "name", 0.75) for s, w in run)

    groups = 0
    for start, names_at, end in _groups(text):
        if start != last_end + 1 or text[last_end] not in "；;，,、":
            if groups >= 2:
                flush()
            run, groups = [], 0
        groups += 1
        for n in _NAME_IN.finditer(text, names_at, end):
            run.append((n.start(1), n.group(1)))
        last_end = end
    if groups >= 2:
        flush()
    return out


# --- names counted before their brackets: "户籍人口：3人（郝建新、于桂芝、郝立国）" -------

_BRACKET_LIST = re.compile(rf"[（(]([{_H}]{{2,4}}(?:[、，,][{_H}]{{2,4}})+)[）)]")
_COUNT_BEFORE = re.compile(rf"{_NUM}[人名位]$")


def counted_names(text: str) -> list[Candidate]:
    """Names in brackets right after their count, as many as it says."""
    out: list[Candidate] = []
    for c in "（(":
        for k in places(text, c):  # (the brackets are walked by other passes too: ``wordfind``)
            if k >= 2 and text[k - 1] in "人名位":
                count = _COUNT_BEFORE.search(text, k - 4 if k > 4 else 0, k)
                m = _BRACKET_LIST.match(text, k) if count else None
                if m:
                    words = re.split(r"[、，,]", m.group(1))
                    if (
                        count_in(count.group()) == len(words)
                        and _mostly(words, _word_ok)
                        and 2 * sum(1 for w in words if v.plausible_name(w)) >= len(words)
                    ):
                        at = m.start(1)
                        for w in words:
                            out.append((at, at + len(w), "name", 0.75))
                            at += len(w) + 1
    return out


def names_in_lines(text: str) -> list[Candidate]:
    """The forms of this module and ``notices``, each gated by a substring test."""
    out: list[Candidate] = []
    if " " in text or "\u3000" in text:
        out += spaced_names(text)  # "：韦老七 覃妹 蒙秀莲，共3户"
    if "班" in text or "组" in text or "队" in text or "社" in text or "；" in text:
        out += grouped_names(text)  # "1班欧阳晨、蒋一凡；2班李紫嫣"
    out += counted_names(text)  # "户籍人口：3人（郝建新、于桂芝、郝立国）"
    out += kin_names(text)  # "赡养人：子朱建华", "婚生女张玉洁"
    out += item_names(text)  # "1. 石溪村　吴建国户", "（1）钱文斌　捐款200元", "——林凤琴，…"
    if "籍" in text or has_word(text, "居民") or has_word(text, "同胞", 1):
        out += resident_names(text)  # "朴成浩为大韩民国籍", "林志豪为台湾居民"
    if "遗" in text or "丢" in text:
        out += notice_names(text)  # "■陆伟强遗失居民身份证，…声明作废"
    return out
