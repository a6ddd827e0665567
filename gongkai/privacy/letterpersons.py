"""Persons a letter, a reply or an exported mail names in passing (issue 16, docs71–74):

- the last of a list joined by 及 / 和 / 与 / 以及 after names found with 、 or a kin
  word ("工友李文、贾华及亢德、谢玉亮的工资", "父母尹春涛和杨贵1978年的结婚登记");
- the person a writer is the relative of ("我是金胜文的女儿金婷秀", "系邹强之子");
- a spouse named with the marriage or divorce ("与端木梅登记结婚", "代理X与Y离婚…纠纷",
  "与玉香·岩温（持普通护照…）1996年…办理涉外结婚登记");
- a business's staff named by their post in it ("询问公司总经理曾某、统计员刘某",
  "对直接负责的主管人员X处罚款"): employees, not officials acting in office;
- a writer's sign-off: a line holding only a name the same letter or mail names as a
  person ("…家里电话…。\\n\\n雷欣\\n").

Each piece must be a whole plausible name (a transliterated name with · stands as it
is); a unit, a pronoun or a word (县民政局, 本人, 及时) is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

_NAME = (
    r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}?(?=[（(，,。；;、\s\d]|登记|办理|结婚|离婚|[于在的与])"
    r"|[\u4e00-\u9fff]{2,4}?)"
)
# a name the list goes on with after its last 、-piece or a kin word
_JOIN = re.compile(rf"(?:以及|及|和|与)({_NAME})(?=[、，,。；;的（(\s]|\d{{4}}年|$)")
_NEXT = re.compile(rf"、({_NAME})(?=[、，,。；;的（(\s]|\d{{4}}年|$)")
_KIN_WORDS = ("父母", "夫妻", "夫妇", "爱人", "工友", "兄弟", "姐妹", "子女", "亲属", "儿女")
_KIN = (
    r"(?:女儿|儿子|妻子|丈夫|父亲|母亲|孙子|孙女|外孙女?|侄子|侄女|儿媳|女婿|哥哥|姐姐|弟弟|妹妹|"
    r"爱人|家属|子|女|妻|夫|父|母|孙|侄)"
)
_OF_KIN = re.compile(rf"[是系]({_NAME})[的之]{_KIN}")  # matched where 是 or 系 stands
_SPOUSE = re.compile(
    r"与([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,4})"
    r"(?=[（(]|于|在|\d|登记|办理|结婚|离婚|协议|的婚姻)"
    r"(?:[（(][^（()）\n]{0,40}[）)])?[^，,。；;\n与]{0,24}?(?:结婚|离婚|婚姻)"
)
_PARTY = re.compile(
    rf"(?:代理|委托人|当事人)({_NAME})与{_NAME}[^，,。；;\n]{{0,12}}?(?:离婚|结婚|婚姻)"
)
_POST = (
    r"(?:总经理|副总经理|董事长|执行董事|经理|厂长|会计|出纳|统计员|统计人员|办公室主任|"
    r"财务(?:负责人|主管|人员)|直接负责的主管人员|(?:其他)?直接责任人员)"
)
# (every branch opens with a literal: the search skips by the first characters)
_STAFF = re.compile(
    rf"(?:(?:公司|企业|工厂|厂|商行|门店)的?{_POST}|直接负责的主管人员|其他直接责任人员|直接责任人员"
    r"|(总经理|副总经理|董事长|副厂长|厂长))"
    rf"({_NAME})(?=[、，,。；;（(\s]|$|要求|指使|安排|授意|称|说|让)"
)
# each post word by a rare character of it found with str.find (a single character's
# find skips through memory; a search of a two-character literal, or of alternatives, reads
# every character): (character, its offset in the word, the words it stands in)
_STAFF_FIRST = frozenset("公企工厂商门直其总副董")  # where a match of _STAFF can start
_POST_ANCHORS = (
    ("经", 0, ("经理",)),
    ("董", 0, ("董事",)),
    ("厂", 0, ("厂长",)),
    ("计", 1, ("会计", "统计")),
    ("纳", 1, ("出纳",)),
    ("室", 2, ("办公室主任",)),
    ("财", 0, ("财务",)),
    ("员", 3, ("主管人员", "责任人员")),
)


def _post_anchors(text: str) -> list[int]:
    """Where a post word (经理, 董事, 厂长, 会计, 统计, 出纳, 办公室主任, 财务, 主管人员,
    责任人员) starts, in order."""
    out = []
    for char, offset, words in _POST_ANCHORS:
        k = text.find(char, offset)
        while k >= 0:
            at = k - offset
            if text.startswith(words, at):
                out.append(at)
            k = text.find(char, k + 1)
    out.sort()
    return out


_OFFICE_BEFORE = frozenset("局处科股委办院")  # a post of an organ (…局厂长): an official's
_NEXT_STAFF = re.compile(
    rf"(?:、{_POST}?|(?:要求|指使|安排|授意|让|叫){_POST})({_NAME})(?=[、，,。；;（(\s]|$|要求|指使|安排|称|说|把|将)"
)
_SIGN_OFF = re.compile(r"[ \u3000]*([\u4e00-\u9fff·]{2,12})[ \u3000]*(?=\n|$)")  # after "\n\n"


def _person(run: str, *, strict: bool) -> bool:
    if "·" in run:
        return len(run) >= 4 and not run.startswith("·")
    return not non_name(run) and v.plausible_name(run, strict=strict)


def letter_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    names = [(s, e) for s, e, kind, _c in cands if kind == "name"]
    taken = set(names)
    out: list[Candidate] = []

    def add(s: int, e: int, conf: float) -> None:
        if (s, e) not in taken and not any(a < e and s < b for a, b in names):
            taken.add((s, e))
            out.append((s, e, "name", conf))

    joiners = ("及" in text) or ("和" in text) or ("与" in text)
    for s, e in names if joiners else ():
        listed = text[s - 1 : s] == "、" or text[s - 2 if s > 2 else 0 : s] in _KIN_WORDS
        m = _JOIN.match(text, e) if listed else None
        if m is None or not _person(m.group(1), strict=True):
            continue
        add(m.start(1), m.end(1), 0.7)
        end = m.end(1)
        while (m := _NEXT.match(text, end)) is not None and _person(m.group(1), strict=False):
            add(m.start(1), m.end(1), 0.7)
            end = m.end(1)
    for word in ("是", "系"):  # (str.find: far cheaper than a search of alternatives)
        k = text.find(word)
        while k >= 0:
            m = _OF_KIN.match(text, k)
            if m is not None and _person(m.group(1), strict=False):
                add(m.start(1), m.end(1), 0.7)
            k = text.find(word, k + 1)
    if "婚" in text:
        for pattern in (_SPOUSE, _PARTY):
            for m in pattern.finditer(text):
                if _person(m.group(1), strict=False):
                    add(m.start(1), m.end(1), 0.7)
    if "人员" in text or "公司" in text or "企业" in text or "厂" in text:
        anchors = _post_anchors(text)
        seen = -1
        for a in anchors:
            m = None
            lo = max(seen + 1, a - 6)
            if _STAFF_FIRST.isdisjoint(text[lo : a + 1]):
                continue  # (no match can start before the post: one test in C)
            for at in range(lo, a + 1):
                m = _STAFF.match(text, at) if text[at] in _STAFF_FIRST else None
                if m is not None:
                    break
            if m is None:
                continue
            seen = m.end()
            if m.group(1) and text[m.start() - 1 : m.start()] in _OFFICE_BEFORE:
                continue  # "县农机局厂长": no business's post
            hit: re.Match | None = m
            group = 2
            while hit is not None and _person(hit.group(group), strict=False):
                add(hit.start(group), hit.end(group), 0.7)
                end = hit.end(group)
                hit, group = _NEXT_STAFF.match(text, end), 1
    if names:
        known: set[str] | None = None
        for k in _blank_lines(text):
            if known is None:
                known = {text[s:e] for s, e in names}
            m = _SIGN_OFF.match(text, k + 2)
            if m is not None and m.group(1) in known:
                add(m.start(1), m.end(1), 0.7)
    return out


def _blank_lines(text: str) -> Iterator[int]:
    """Where "\\n\\n" stands, as successive ``text.find("\\n\\n", k + 2)`` give it: a
    newline's find skips through memory, a two-character search reads every character."""
    k = text.find("\n")
    while k >= 0:
        if text[k + 1 : k + 2] == "\n":
            yield k
            k = text.find("\n", k + 2)
        else:
            k = text.find("\n", k + 1)
