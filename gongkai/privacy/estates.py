"""A flat in a named residential estate (issue 16, twenty-fourth held-out batch).

A building and room after an estate's name ("秀水华庭14幢1701室", "东栅人才公寓9幢1404室",
"文昌锦园15幢1404室") lead to one household, as after an estate word (小区, 家园, 新村 …)
that ``patterns.ESTATE_WORD`` knows: the name ends in a word of a housing estate's
name (庭, 园, 苑, 府, 居, 轩, 阁, 邸, 公寓) right before the building number, or a
relocation settlement's (…安置点, …安置区: "古河安置点8栋2单元601室", privfix16ia).

Not a household's: a building in a park of firms or offices ("科技园3幢201室", "创业园",
"产业园", "工业园", "软件园", "物流园"), a kindergarten (幼儿园), a government's compound
(区政府3号楼) or a tower (大厦, 广场, 中心: ``OFFICE_PLACE``).
"""

from __future__ import annotations

import re

from .patterns import FLOOR_DOOR, UNIT_ROOM

_NAMED_ESTATE = re.compile(
    r"[\u4e00-\u9fff]{2,8}(?:庭|园|苑|府|居|轩|阁|邸|公寓|新城|名城|安置点|安置区)"
    r"(?:[A-Z]?\d{1,3}(?:栋|幢|号楼|座)(?:\d{1,2}单元)?)?$"
)
_NOT_HOMES = re.compile(
    r"(?:科技|产业|工业|创业|软件|物流|孵化|文创|电商|商务|总部|医药|智造|农业|生态|物联|信息|"
    r"经济|开发|高新|创新|动漫|影视|体育|公|校|乐|墓|陵|果|菜|茶|花|植物|动物|儿|学)园"
    r"|政府|学府|官邸|办公|机关"
)


def named_estate(prefix: str) -> bool:
    """``prefix`` (the words before a room number, or before its building's) ends with
    an estate's name (and the building number)."""
    m = _NAMED_ESTATE.search(prefix)
    return m is not None and not _NOT_HOMES.search(m.group())


# A flat written bare in a list of households ("2幢502室", "6号楼1102", "3-2-501" under
# 房号): the column's header says the rows are homes. Not 房间号 (an office's room in a
# contact guide) nor 地址/地点 (a unit's): only the words of a household's door.
_FLAT = re.compile(
    rf"\d{{1,3}}(?:栋|幢|号楼|座)(?:{UNIT_ROOM}|(?:\d{{1,2}}(?:单元|门))?(?:{FLOOR_DOOR}"
    rf"|\d{{1,2}}[层楼]?\d{{1,5}}[室号户房]?))|\d{{1,3}}-\d{{1,2}}-\d{{1,5}}[室号]?"
)
_DOOR_HEADER = re.compile(
    r"(?:^|[\t|,，]|[ \u3000]{2})[ \u3000]*\"?(?:[^\t|,，\n]{0,12}[／/])?(?:房号|户号|门牌号?|房屋编号|楼号房号|(?:家庭|现)?住址|居住地址)"
    r"\"?[ \u3000]*(?=$|[\t|,，]|[ \u3000]{2})",
    re.M,
)
_ITEM_NUMBER = re.compile(r"[（(]\d{1,3}[）)]")
_OWNER_AFTER = re.compile(r"的?(?:业主(?![大委代])|住户|租户|户主|产权人|承租人)")
_CELL_BEFORE = ("\t", "|", ",", "\n", "  ", "\u3000", "| ")
_NOTE_AFTER = re.compile(r"[（(][^（()）\t\n|,]{1,20}[）)]")
_CELL_AFTER = re.compile(r"$|[\t|,\n]|[ \u3000]{2}|[ \u3000]*\|", re.M)


def flat_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a flat's number whole: a building and its room."""
    return _FLAT.fullmatch(text, start, end) is not None


def flat_cell(text: str, start: int, end: int, prefix: str) -> tuple[int, int, str, float] | None:
    """``text[start:end]`` is a flat's number standing as a whole cell under a column of
    households' doors (房号, 户号, 门牌, 住址) in the rows above it, or one opening a
    clause (nothing of an address before it) and followed by its owner or tenant."""
    if (prefix and not _ITEM_NUMBER.fullmatch(prefix)) or not _FLAT.fullmatch(text, start, end):
        return None  # (only an item's number may stand before it: "（2）4栋602室的租户")
    if _OWNER_AFTER.match(text, end):
        return start, end, "address", 0.8  # "1. 15幢1201室业主X…": the owner's flat
    # a quoted CSV cell ("…","16幢3-1302","…"): the cell's edges are past its quotes
    quoted = int(start > 0 and text[start - 1] == '"' and text.startswith('"', end))
    opened = start - quoted
    after = end + quoted
    note = _NOTE_AFTER.match(text, after)  # "6栋1203房（夫妻共有）": a note in the cell
    if not _CELL_AFTER.match(text, note.end() if note else after):
        return None
    if opened and not text.endswith(_CELL_BEFORE, 0, opened) and text[opened - 1] != "\n":
        return None
    line = text.rfind("\n", 0, start)
    if (
        _DOOR_HEADER.search(text, line - 4000 if line > 4000 else 0, line if line > 0 else 0)
        is None
    ):
        return None
    return start, end, "address", 0.8


# An estate's own name before a flat in a table's cell ("某某名郡3栋2单元703室" under 所选安置房,
# "某某壹号院17栋1单元1103室" under 安置房号): a building, its staircase and its room (the
# number pass's strong flat, ``numbers``' "addr") lead to one household, and the words that
# open the cell before them are the estate's name whatever word it ends in (名郡, 壹号院,
# 华庭, a place's name alone). The cell holds nothing else: the name opens it (a cell's
# sign, a line's start, a pipe's space before it) and the flat closes it. Not a label or a
# sentence ("地址：", "购买了": a sign or a verb is no character of the run the name is read
# from), and not an office's tower (``OFFICE_PLACE``, judged before).
_CELL_OPENS = frozenset("\t|,\n")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,10}")


def estate_cell(text: str, at: int, start: int, end: int) -> bool:
    """``text[at:start]`` is an estate's name opening the cell that the strong flat
    ``text[start:end]`` closes."""
    if not _NAME_RUN.fullmatch(text, at, start) or not _CELL_AFTER.match(text, end):
        return False
    if at == 0 or text[at - 1] in _CELL_OPENS:
        return True
    # "| 某某名郡…": a pipe's or a wide gap's space before the cell
    return text[at - 1] in " \u3000" and (at < 2 or text[at - 2] in "|\t \u3000")
