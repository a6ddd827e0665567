"""A table's header written on two rows (a group over its columns, HTML colspan).

"被征收人" over "户主 | 共有权人", "承包户基本信息" over "承包户主 | 身份证号码 | 同户人员":
the first row names groups, the second the columns under them; a column without a
second-row cell keeps the first row's (a rowspan: 顺序号, 被征收房屋坐落). ``markup``
keeps a spanned cell's columns as empty cells, so the two rows have the same width and
each column's header is the second row's cell or, where it is empty, the first's (found
from either row: ``first_header_row`` when the person's header is in the second); a
group that decides whose persons its column holds (联系人 over 姓名 | 电话, 法定代表人 over
姓名 | 身份证号) keeps its own word, so the rules of a unit's contact and of a company's
representative still apply.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")


def second_header_row(
    text: str, start: int, header: list[str], sep: str, split, column_kind
) -> tuple[list[str], int] | None:
    """The header merged with the row at ``start`` when that row is a second header row
    of the same width (no digits, a column's word in it); and where the table goes on."""
    if sep not in ("\t", "|"):
        return None
    pos = start
    for _ in range(3):  # blank lines between rows of a flattened HTML table
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        if row.strip():
            break
        pos = end + 1
    else:
        return None
    if sep not in row or _DIGIT.search(row) or "。" in row:
        return None
    cells = [c for c, _o in split(row, sep)]
    if sep == "\t" and 2 <= len(cells) < len(header) and not cells[0].strip():
        # a DOCX row flattened without its last cells, spanned from the first row
        # ("\t站点名称\t项目\t姓名\t性别" under "序号\t站点\t\t指导员\t\t骨干成员\t住址"):
        # each of its words under a colspan's empty cell or the group's word before one,
        # none under a column of its own (墓主姓名 under 家庭住址: the row lost its place)
        if any(
            low.strip() and high.strip() and (k + 1 >= len(header) or header[k + 1].strip())
            for k, (high, low) in enumerate(zip(header, cells, strict=False))
        ):
            return None
        cells += [""] * (len(header) - len(cells))
    if len(cells) != len(header) or not any(column_kind(c) for c in cells if c.strip()):
        return None
    return _merge(header, cells, column_kind), end + 1


def _merge(high_row: list[str], low_row: list[str], column_kind) -> list[str]:
    merged = []
    for high, low in zip(high_row, low_row, strict=True):
        if not low.strip():
            merged.append(high)  # a rowspan above: the first row's header
        elif column_kind(high) in ("contact", "business") and column_kind(low) == "name":
            merged.append(high)  # "联系人" over "姓名 | 电话": a contact's name (a unit's?)
        else:
            merged.append(low)
    return merged


def first_header_row(
    text: str, line_start: int, header: list[str], sep: str, split, column_kind
) -> list[str] | None:
    """The header merged with the row above it when the header found is a second header
    row ("其他信息" over "联系人 | 办公电话", with 单位名称 spanning both rows above)."""
    if sep not in ("\t", "|") or line_start < 2:
        return None
    end = line_start - 1
    for _ in range(3):  # blank lines between rows of a flattened HTML table
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        if row.strip():
            break
        if start == 0:
            return None
        end = start - 1
    else:
        return None
    if sep not in row or _DIGIT.search(row) or "。" in row:
        return None
    cells = [c for c, _o in split(row, sep)]
    if len(cells) != len(header) or not any(
        not low.strip() and high.strip() for high, low in zip(cells, header, strict=True)
    ):
        return None  # (a first header row spans the second's empty cells: rowspans)
    return _merge(cells, header, column_kind)
