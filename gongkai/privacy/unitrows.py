"""A landline in a row or line whose subject is an institution (issue 16, docs12).

A list of clinics, pharmacies, schools or bank branches gives each one's name, address
and phone: "宣威南市仁和堂大药房｜…｜建设路94号｜0874-…", "3．县第二小学，地址：…，
电话：…", "车驾管中队地址：…，电话：…". The number is the institution's, not a
person's, when the row's first cell (or the line's or sentence's first words, up to a
comma, colon or 地址) is a name ending in an institution's word, and nothing between
that subject and the number is a person's: no cell that is a person's name or sex, no
resident ID or mobile, no word of a person's particulars (身份证, 家庭, 本人,
负责人 …). A person's record (name, ID, phone) keeps its landline.
"""

from __future__ import annotations

import re

from .patterns import PHONE_OF_PERSON
from .rowcontext import name_cell

_INSTITUTION = (
    r"(?:医院|药店|药房|诊所|门诊部|卫生院|卫生室|卫生站|保健院|中心|学校|小学|中学|大学|学院|"
    r"幼儿园|公司|银行|支行|分行|分理处|营业厅|营业部|网点|信用社|合作社|服务站|站|(?<!住)所|"
    r"中队|大队|局|馆|店)"
)
_LIST_MARK = re.compile(
    r"[ \u3000\t]*(?:[（(]?\d{1,3}[)）.．、]|[一二三四五六七八九十]{1,3}[、.．])?[ \u3000\t]*"
)
# the line's or sentence's first words: an institution, then a stop or its address
_PROSE_SUBJECT = re.compile(
    rf"[\u4e00-\u9fff]{{1,30}}{_INSTITUTION}(?=地址|联系电话|电话|[，,：:；;（( \u3000])"
)
# a row's subject cell: an institution's name (compiled once, not at a scan's first row)
_SUBJECT_CELL = re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}{_INSTITUTION}(?:[（(][^）)]*[）)])?")
# a table row's subject may be a township itself ("| 某县某镇 | 地址 | 电话 |": a directory of
# the townships' offices, each named by its town); a person's cell after it still makes the
# row the person's, and prose keeps its institution's words only
_TOWN_CELL = re.compile(r"[\u4e00-\u9fff]{1,12}(?:镇|乡|街道|苏木)")
# what else a township office's row may hold: its site (a street, a number, a building) or a
# number (a register of persons grouped by town holds their names, kinds, sums: not this)
_SITE_CELL = re.compile(
    r"[\u4e00-\u9fff\dA-Za-z\-（）()]{2,40}(?:号|院内[\u4e00-\u9fff]{0,10}|楼|室|平房|大院)"
    r"|[\d\-()（）\u3000 转]{7,24}"
)
_CELL_SEPARATORS = ("｜", "|", "│", "\t")
_SPACES = re.compile(r"[ \u3000]{2,}")
# a person's words in the row (beyond PHONE_OF_PERSON): a responsible person, a pupil
_PERSON_WORDS = re.compile(
    r"负责人|法定代表人|法人代表|经营者|经营户|店主|摊主|业主|家长|学生|患者|监护人|个人|私人"
)
_PERSONAL_NUMBER = re.compile(r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?![\dA-Za-z])")
_STOPS = "。；;！？\n"
# a cell that is a sex: no institution has one ("…站\t太极拳\t常青\t女\t二级\t(0736)…")
_SEXES = frozenset(("男", "女"))


def _cells(line: str) -> list[str] | None:
    sep = next((s for s in _CELL_SEPARATORS if line.count(s) >= 1), None)
    if sep is not None:
        return line.split(sep)
    parts = _SPACES.split(line.strip(" \u3000"))
    return parts if len(parts) >= 2 else None


def _table_row(line: str, whole: bool = False) -> bool:
    """Whether the row ``line`` (up to the number's cell, or ``whole``) opens with a unit."""
    cells = _cells(line)
    if not cells:
        return False
    subject = None
    town = False
    for cell in cells if whole else cells[:-1]:  # (the last piece: the number's own cell)
        cell = cell.strip(" \u3000\"'")
        if not cell or cell.isdigit():
            continue
        if subject is None:
            subject = cell
            if not _SUBJECT_CELL.fullmatch(cell):
                if not _TOWN_CELL.fullmatch(cell):
                    return False
                town = True
        elif town and not _SITE_CELL.fullmatch(cell):
            return False  # a town's row holds its site and numbers only (a register by town)
        elif cell in _SEXES or name_cell(cell):
            return False  # a person's cell before the number (a name, a sex): a person's record
    return subject is not None


def institution_row(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is the institution's its row or line opens with."""
    lo = start - 300 if start > 300 else 0
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False
    line = text[line_start:start]
    if _table_row(line):
        return not _personal(line)
    # prose: the sentence the number stands in, from its first words
    segment = line[max(line.rfind(c) for c in _STOPS) + 1 :]
    m = _PROSE_SUBJECT.match(segment, _LIST_MARK.match(segment).end())
    return bool(m) and not _personal(segment)


def institution_cell(text: str, start: int) -> bool:
    """Whether the cell at ``start`` stands in a table row opened by an institution's or a
    township's cell, with no person's cell or particulars before it (its premises)."""
    lo = start - 300 if start > 300 else 0
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _table_row(line, whole=True) and not _personal(line)


def _personal(words: str) -> bool:
    return bool(
        _PERSONAL_NUMBER.search(words)
        or PHONE_OF_PERSON.search(words)
        or _PERSON_WORDS.search(words)
    )
