"""What stands before a phone or mailbox inside a table row.

A row of a delimited table of persons (cells separated by tabs, bars or commas, a header
with a column of persons: 姓名, 户主 …) is one record: the words that tell an office's
phone from a person's (``context.office_phone``) are read in that row only, not in the
rows above it (an expert's row does not inherit the hospital of the row before), and a
contact line right under a table is read on its own line. A list of units (单位名称,
联系人) is read as before, its header included.
In a row that names a person (a cell holding just a name), a mailbox is that person's
even when the row also names their work unit: a unit's mailbox is not listed per
person.
"""

from __future__ import annotations

import re

from . import validators as v

_DIGIT = re.compile(r"\d")


# a CSV cell's comma, not a thousands' one (1,200,000)
_CSV_COMMA = re.compile(r",(?!\d{3}(?!\d))")


def _separator(line: str) -> str | None:
    if line.count("\t") >= 2:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    commas = line.count(",")
    if commas >= 2 and "。" not in line:
        # a row of four commas or more may hold a cell of words with "，" in it
        if "，" not in line or len(_CSV_COMMA.findall(line)) >= 4:
            return ","
    if commas >= 4 and commas > 2 * (line.count("，") + line.count("。")):
        return ","  # a CSV record with a cell of prose ("…施工，罚款2万元"): unquoted, allowed
    semis = line.count(";")
    if semis >= 2 and "；" not in line and ("，" not in line and "。" not in line or semis >= 4):
        return ";"  # (four or more: a semicolon export with a cell of prose, "…贴息，…")
    return None


def _line_start(text: str, start: int) -> int:
    """Where the line of ``start`` begins; -1 beyond 400 characters (no table row)."""
    lo = start - 400 if start > 400 else 0
    k = text.rfind("\n", lo, start)
    return k + 1 if k >= 0 or lo == 0 else -1


def row_window(text: str, start: int, n: int = 80) -> str:
    """The text before ``start`` in which its owner is named: its table row, the line
    after a table row, or else up to ``n`` characters."""
    line_start = _line_start(text, start)
    if line_start < 0:
        return text[start - n if start > n else 0 : start]
    sep = _separator(text[line_start:start])
    if sep:
        if _persons_table(text, line_start, sep) or _operator_row(text, line_start, start, sep):
            return text[line_start:start]
        return text[start - n if start > n else 0 : start]  # a list of units: its header counts
    if line_start > 1:
        above = _line_start(text, line_start - 1)
        if above >= 0 and _separator(text[above : line_start - 1]):
            return text[max(line_start, start - n) : start]
    return text[start - n if start > n else 0 : start]


def _operator_row(text: str, line_start: int, start: int, sep: str) -> bool:
    """A row whose 经营者 / 负责人 cell (a column of persons when the business is an
    individual's) holds a name: the row is that person's record, not a list of units."""
    from .cellsplit import _split

    cells = [cell.strip(' \u3000"') for cell, _o in _split(text[line_start:start], sep)]
    named = [k for k, cell in enumerate(cells) if name_cell(cell)]
    if not named:
        return False  # (the cheap look first: most units' rows hold no name)
    columns = _persons_header(text, line_start, sep, ("business",))
    return columns is not None and any(k in columns for k in named)


def name_cell(cell: str) -> bool:
    """Whether a table's cell (stripped) is a person's name: a plausible 2–4 character
    name, or one written with a middle dot (皮埃尔·杜布瓦, 艾力·买买提)."""
    if "·" in cell:
        return 4 <= len(cell) <= 16 and cell.replace("·", "").isalpha()
    return 2 <= len(cell) <= 4 and v.plausible_name(cell)


def person_row(text: str, start: int) -> bool:
    """Whether ``start`` stands in a table row with a cell that is a person's name."""
    line_start = _line_start(text, start)
    if line_start < 0:
        return False
    line = text[line_start:start]
    sep = _separator(line)
    if sep is None:
        return False
    cells = [cell.strip(' \u3000"') for cell in line.split(sep)]
    for cell in cells:
        if name_cell(cell) or (cell[-1:] in "）)" and name_cell(_CELL_NOTE.sub("", cell))):
            # (a name with its note: 奥克萨娜·科瓦连科（乌克兰籍）, 张三（户主）; privfix24a)
            return _persons_table(text, line_start, sep)
    # a name the lists of given names do not know (张可欣), in the header's column of persons
    persons = _persons_header(text, line_start, sep, ("name",))
    return persons is not None and any(
        k < len(cells) and _HAN_NAME.fullmatch(cells[k]) and v.surname_length(cells[k])
        for k in persons
    )


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a short note closing a cell, no digits in it ("（乌克兰籍）", "（户主）")
_CELL_NOTE = re.compile(r"[（(][^）)\d]{1,8}[）)]$")


def _persons_table(text: str, line_start: int, sep: str) -> bool:
    """Whether a header above a row (a line without digits among the lines with its
    separator, at most 60 lines up) has a column of persons (姓名, 户主, 来电人 …); a
    联系人 column of a list of units is not one: a unit's mailbox stands beside its
    contact."""
    return _persons_header(text, line_start, sep) is not None


def _persons_header(
    text: str, line_start: int, sep: str, kinds: tuple[str, ...] = ("name", "maybe_name")
) -> list[int] | None:
    """The columns of persons (of ``kinds``) of the header above a row, or None; with
    ``kinds`` of names only, a line of words without such a column is passed over (a
    relative's line under a merged cell: "诸葛一诺 | 子女")."""
    from .cellsplit import _split
    from .tables import _kinds  # (tables imports nothing from here)

    top = line_start
    for _ in range(60):
        if top <= 1:
            return None
        above = _line_start(text, top - 1)
        if above < 0:
            return None
        line = text[above : top - 1]
        if not line.strip():
            top = above  # an HTML table flattened with a blank line between its rows
            continue
        if _separator(line) != sep:
            return None
        if not _DIGIT.search(line):
            header = [c for c, _o in _split(line, sep)]
            persons = [k for k, kind in _kinds(header) if kind in kinds]
            if persons:
                return persons
        top = above
    return None
