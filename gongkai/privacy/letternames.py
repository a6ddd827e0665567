"""Persons a reply letter addresses or names by their mandate (issue 16, recall).

Replies to an application, a complaint, a deputy's proposal or a member's motion name
their addressees in ways the other passes leave alone:

- a salutation line of addressees with a form of address or a mandate ("黎秀英代表、
  石磊代表：", "诸葛明远委员、蓝天委员：", "尊敬的谢海峰先生："), or bare names when the
  letter then speaks to them ("冼国栋：" over "你于…" / "您…");
- the deputies or members listed after their role in the proposal ("领衔代表X",
  "附议代表X、Y", "（联名提案委员：X、Y、Z）", "提案人：X、Y");
- a deputy or member named with the mandate in prose ("邀请X代表、Y代表到…座谈",
  "与Z委员进行面商").

A deputy or member is a private person (the mandate is no office of a unit); a group
("各位代表", "全体委员") or a post ("宣传委员", "组织委员") is not, nor is anything that does
not look like a name (``namemodel.score``).
"""

from __future__ import annotations

import re

from .namemodel import score

Candidate = tuple[int, int, str, float]

_CJK = "\u4e00-\u9fff"
_NAME = rf"[{_CJK}]{{1,6}}·[{_CJK}]{{1,6}}|[{_CJK}]{{2,4}}"
_MANDATE = ("代表", "委员")
_ADDRESS = ("女士", "先生", "同志")
# (or a note of the addressee's part in brackets: "X（家属）：", "X（户主）：", "X（监护人）：")
_TITLE = rf"(?:代表|委员|女士|先生|同志|[（(][{_CJK}]{{1,5}}[）)])?"
# a note naming a private person's part: kin, a household's head, a party ending in 人
_PERSON_NOTE = re.compile(
    rf"[（(](?:家属|亲属|户主|[{_CJK}]{{0,3}}(?<!责任|负责|联系|经办)人|[{_CJK}]?(?:配偶|子女|父母|之[子女妻夫]))[）)]"
)
# the salutation: addressees with or without a form of address, alone on their line
_SALUTE = re.compile(
    # (a numbered item may address each party: "一、X：" over "你（女，…）")
    r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
    rf"[ \u3000]*(?:尊敬的)?((?:{_NAME}){_TITLE}(?:[、，,](?:{_NAME}){_TITLE}){{0,11}})[ \u3000]*"
)
_BODY = re.compile(r"[ \u3000\n]*(.)")
_PIECE = re.compile(rf"{_NAME}")
_TITLED = re.compile(rf"(?:{_NAME}){_TITLE}(?=[、，,]|$)")
# posts, groups and bodies written before 代表 / 委员: no person
_NOT_PERSONS = frozenset(
    "全体 各位 全国 宣传 组织 纪检 常务 统战 保卫 治保 调解 卫生 文体 青年 妇女 民兵 相关 "
    "有关 其他 部分 专职 兼职 驻会 特邀 列席 候补 人大 政协 职工 居民 村民 党员 股东 主任 "
    "副主任 秘书长".split()
)
# the role before a list of deputies or members of one proposal or motion (领衔代表,
# 附议代表, 联名提案委员, 提议代表)
_ROLES = ("领衔", "附议", "联名", "提案", "提议", "建议")
_ROLE_END = re.compile(r"[：:]?[ \u3000]*")
_LIST = re.compile(rf"(?:{_NAME})(?:、(?:{_NAME}))*(?=[）)，,。；;：:\s]|$)")
_BOUNDARY = frozenset("、，,：:（(；;\n \u3000")
_VERBS = ("邀请", "请", "与", "和", "同", "由", "及")
# what follows "X代表" / "X委员" when X is the person: a list, a stop, or the verb of a visit
_AFTER = frozenset("、，,。：:；;）) \u3000\n到在因等的对来")
_AFTER_WORDS = ("进行", "出席", "参加", "提出", "反映", "表示", "一行")


def _person(name: str, *, sure: float) -> bool:
    return name not in _NOT_PERSONS and score(name) >= sure


def addressees_at(text: str, at: int, out: list[Candidate]) -> None:
    """The addressees on the line closed by the colon at ``at`` (from ``names.salutation_names``,
    which finds every colon at a line's end)."""
    line_start = text.rfind("\n", at - 120 if at > 120 else 0, at) + 1
    m = _SALUTE.fullmatch(text, line_start, at) if line_start or at < 120 else None
    if not m:
        return
    body = _BODY.match(text, at + 2)
    spoken_to = body is not None and body.group(1) in "你您"
    named = []  # bare names count only in a letter spoken to them (你, 您)
    for p in _TITLED.finditer(m.group(1)):
        value = p.group()
        title = value[-2:] if value.endswith(_MANDATE + _ADDRESS) else ""
        if value[-1] in "）)":
            note = _PERSON_NOTE.search(value)
            if note is None:
                return  # "X（盖章）：", "X（负责人）：": no private person's part
            title = note.group()
        if not (title or spoken_to):
            return
        named.append((m.start(1) + p.start(), len(value) - len(title)))
    values = [text[s : s + n] for s, n in named]
    sure = 0.75 if spoken_to and len(values) == 1 and len(values[0]) == len(m.group(1)) else 0.3
    if values and all(len(x) >= 2 and _person(x, sure=sure) for x in values):
        out += [(s, s + n, "name", 0.75) for s, n in named]


def _role_list(text: str, at: int, out: list[Candidate]) -> None:
    """Deputies or members listed after their role ending at ``at`` + 2 (领衔代表X、Y)."""
    m = _LIST.match(text, _ROLE_END.match(text, at + 2).end())
    if m:
        pieces = list(_PIECE.finditer(m.group()))
        if all(_person(p.group(), sure=0.3) for p in pieces):
            out += [(m.start() + p.start(), m.start() + p.end(), "name", 0.75) for p in pieces]


def letter_names(text: str) -> list[Candidate]:
    """Deputies or members after their role or named with their mandate (one search for
    each of 代 and 委 over the text)."""
    out: list[Candidate] = []
    for word in _MANDATE:  # (a search for one character is much faster than for two)
        at = text.find(word[0])
        while at >= 0:
            if text[at + 1 : at + 2] != word[1]:
                pass
            elif (
                text.endswith(_ROLES, at - 4 if at > 4 else 0, at)
                and text[at + 2 : at + 3] not in "会团处"
            ):
                _role_list(text, at, out)
            elif text[at + 2 : at + 3] in _AFTER or text.startswith(_AFTER_WORDS, at + 2):
                _named_with(text, at, out)
            at = text.find(word[0], at + 1)
    return out


def _named_with(text: str, at: int, out: list[Candidate]) -> None:
    for size in (4, 3, 2):
        start = at - size
        name = text[start if start > 0 else 0 : at]
        if (
            start >= 0
            and (text[start - 1 : start] in _BOUNDARY or text.endswith(_VERBS, 0, start))
            and _PIECE.fullmatch(name)
            and _person(name, sure=0.75)
        ):
            out.append((start, at, "name", 0.75))
            return
