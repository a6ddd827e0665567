"""A unit's coach or teacher in a register of persons, named for the unit (privfix20f, docs275).

A register of athletes or pupils names beside each row's person the unit that enters them and
that unit's coach (注册单位 … 注册教练员; 训练单位 … 训练教练). When the coach's header carries
the same qualifier as a unit's header of the same row (注册 of 注册单位), the coach is
registered for that unit — its staff in their role, as the unit's 联系人 is — and where the
row's unit cell names a public unit (a school, a sports school, a centre: ``agentphones``)
the coach's names are no private person's. A bare 教练员 column beside a 代表单位 (an award's
list naming who trained the athlete) stays names (``test_coach_columns``), and so does a
club's or a company's coach (a private unit).

The same register's note (a text with the role's word) names the units' contacts as "县业余体校X（办公电话0xxx-…）": a name
right after a public unit's name and right before its office line, after a 联系人 label in
the clause, is the unit's contact in office.

Speed: a text with no 教练 / 指导教师 / 领队 / 辅导员 costs four memchr walks of rarer characters
(``wordfind.has_any_by``); the note's contact is read only in such a register;
the headers are found by the role's word, one find a mention, no regex over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .agentphones import _PRIVATE_UNIT, _PUBLIC_UNIT
from .wordfind import has_any_by, has_word

Candidate = tuple[int, int, str, float]

_CUE_WORDS = ("教练", "指导教师", "指导老师", "领队", "辅导员", "带队教师", "带队老师")
# the words by their rarer characters, one walk a character (``wordfind.has_any_by``)
_CUE_BY = (
    ("练", ("教练",)),
    ("师", ("指导教师", "指导老师", "带队教师", "带队老师")),
    ("辅", ("辅导员",)),
    ("队", ("领队",)),
)
# a unit's agent's header: a qualifier, then the role (注册教练员, 训练教练, 带训指导教师)
_ROLE_HEAD = re.compile(
    r"([\u4e00-\u9fff]{1,4}?)(?:主?教练员?|指导(?:教师|老师)|领队|辅导员|带队(?:教师|老师))"
)
_CELLS = re.compile(r"\t|\||,| {2,}|\u3000+")
# a contact's unit and the name before its office line: "县业余体校X（办公电话0857-…）"
_OFFICE_LINE = re.compile(r"[（(]办公室?电话[：:]?\s*0\d{2,3}-?\d{7,8}")
_CONTACT_LABEL = re.compile(r"联系人|联络人")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of ``line`` (tabs, bars, commas or wide gaps)."""
    out, pos = [], 0
    for m in _CELLS.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return [(a, b) for a, b in out if line[a:b].strip(" \"'")]


def _headers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a role's and a unit's header, in order (found by
    the role's word: one find a mention, no regex over the text)."""
    out: list[tuple[int, int]] = []
    for word in _CUE_WORDS:
        at = text.find(word)
        while at >= 0:
            begin = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - begin < 600 and text.find("单位", begin, end) >= 0:
                out.append((begin, end))
            at = text.find(word, end)
    return sorted(set(out))


def _header(
    text: str, line_start: int, width: int, heads: list[tuple[int, int]]
) -> list[str] | None:
    """The nearest role's header line above ``line_start`` (within 80 lines) if it has
    ``width`` cells."""
    k = bisect_left(heads, (line_start, 0)) - 1
    if k < 0 or line_start - heads[k][1] > 30000:
        return None  # (a table of 80 lines at most: no count over a long text)
    if text.count("\n", heads[k][1], line_start) > 80:
        return None
    line = text[heads[k][0] : heads[k][1]]
    cells = [line[a:b].strip(" \"'") for a, b in _cells(line)]
    return cells if len(cells) == width else None


def _registered(text: str, start: int, end: int, memo: dict, heads: list) -> bool:
    """Whether the name at ``start`` stands in a coach's column named for a public unit of
    its row (module docstring)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    cells = _cells(line)
    index = next((k for k, (a, b) in enumerate(cells) if a <= start - ls < b), None)
    if index is None:
        return False
    key = (ls, len(cells))
    if key not in memo:
        memo[key] = _header(text, ls, len(cells), heads)
    header = memo[key]
    if header is None:
        return False
    role = _ROLE_HEAD.fullmatch(header[index])
    if role is None:
        return False
    unit = role.group(1) + "单位"
    for k, head in enumerate(header):
        if head == unit:
            cell = line[cells[k][0] : cells[k][1]].strip(" \"'")
            return bool(_PUBLIC_UNIT.fullmatch(cell)) and not _PRIVATE_UNIT.search(cell)
    return False


def _unit_contact(text: str, start: int, end: int) -> bool:
    """ "联系人：县业余体校X（办公电话0xxx-…）": the public unit's contact (module docstring)."""
    if not _OFFICE_LINE.match(text, end):
        return False
    lo = start - 40 if start > 40 else 0
    clause = max(text.rfind(c, lo, start) for c in "：:，,；;。\n")
    unit = text[clause + 1 : start]
    if not unit or not _PUBLIC_UNIT.fullmatch(unit) or _PRIVATE_UNIT.search(unit):
        return False
    return _CONTACT_LABEL.search(text, start - 120 if start > 120 else 0, start) is not None


def unit_coaches(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of public units' registered coaches and contacts."""
    cue = any(has_any_by(text, c, words) for c, words in _CUE_BY) and "单位" in text
    office = cue and (has_word(text, "办公电话") or has_word(text, "办公室电话"))
    if not cue and not office:
        return cands
    memo: dict = {}
    heads = _headers(text) if cue else []
    drop = set()
    for c in cands:
        if c[2] != "name":
            continue
        if (heads and c[0] > heads[0][1] and _registered(text, c[0], c[1], memo, heads)) or (
            office and _unit_contact(text, c[0], c[1])
        ):
            drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
