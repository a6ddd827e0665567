"""Splitting a table's line into cells: its separator, and CSV fields with quotes.

Moved out of ``tables`` (which re-exports ``_split`` and ``_separator``) to keep modules
under the 600-line limit; nothing here knows about columns or persons.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import validators as v
from .alternation import led

_WIDE_GAP = led(r"[ \u3000]{2,}|\t")
_TOKEN = re.compile(r"[^ \u3000\t]+")
# (a single full-width space parts cells too, unless it spreads a pair of lone characters:
# "姓　名", "王　芳")
_WIDE_TOKEN = re.compile(
    r"[^ \u3000\t]+(?:(?: |(?:(?<=^[^ \u3000\t])|(?<=[ \u3000\t][^ \u3000\t]))\u3000"
    r"(?=[^ \u3000\t](?:$|[ \u3000\t])))[^ \u3000\t]+)*"
)

_H = "\u4e00-\u9fff"
_SURNAME = "".join(sorted(v.SURNAMES | v.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(v.COMPOUND_SURNAMES))
_PERSON = (
    rf"(?:(?:{_COMPOUND})[{_H}]{{1,2}}|[{_SURNAME}][{_H}]{{1,3}}|[{_H}]{{1,8}}·[{_H}·]{{1,12}})"
)
_PIECE_END = r"(?=[、，,；;/／\s]|$)"
# A cell's pieces, for its persons: parted by 、，,；;/ and spaces, and at 与 or 及 where
# both sides have a name's shape ("吴若曦与陶树林", "张三及迪丽拜尔·吾守尔"); not "对涉及群众…"
# (a piece never opens at the 与 it was parted at: the look-behind in the last branch)
CELL_PIECE = re.compile(
    rf"{_PERSON}(?=[与及]{_PERSON}{_PIECE_END})|(?<=[与及]){_PERSON}{_PIECE_END}"
    rf"|(?![与及](?<=[{_H}][与及]))[^、，,；;/／\s]+"
)

_SLASH = re.compile(r"/(?![^（(\n]*[）)])")
_WIDE_SLASH = re.compile(r"／(?![^（(\n]*[）)])")


@lru_cache(maxsize=4096)
def _split(line: str, sep: str) -> tuple[tuple[str, int], ...]:
    """Cells of a line and their offsets, for a given separator ("\t", "|", ",", " "): a
    tuple, shared. The same rows are split by many passes of a scan (the table's own
    reading, its column vote, the row's context of a number, a unit's agents: 1,151
    splits of 439 lines in the benchmark text), so a line's cells are kept by the line."""
    return tuple(_cells(line, sep))


def _cells(line: str, sep: str) -> list[tuple[str, int]]:
    if sep == " ":
        return [(m.group(), m.start()) for m in _TOKEN.finditer(line)]
    if sep == "  ":  # aligned with wide gaps: a cell may hold single spaces ("姓 名")
        return [(m.group(), m.start()) for m in _WIDE_TOKEN.finditer(line)]
    if sep in ",;" and '"' in line:
        return _csv_cells(line, sep)
    cells = []
    pos = 0
    slash = _SLASH if sep == "/" else _WIDE_SLASH if sep == "／" else None
    for part in slash.split(line) if slash else line.split(sep):
        cells.append((part, pos))
        pos += len(part) + 1
    if sep == "|":  # "| 1 | 张三 |": the empty cells outside the first and last bar
        if cells and not cells[0][0].strip():
            cells = cells[1:]
        if cells and not cells[-1][0].strip():
            cells = cells[:-1]
    return cells


# a CSV field: quoted (a quote doubled inside; commas allowed) or bare; by its separator
_CSV_FIELD = {
    sep: re.compile(rf'[ \t]*"((?:[^"]|"")*)"[ \t]*(?={sep}|$)|([^{sep}]*)') for sep in ",;"
}
# a number kept as text by an Excel formula: ="130626…" (written =""130626…"" when quoted)
_GUARD = re.compile(r'^=("{1,2})(.*)\1$')


def _csv_cells(line: str, sep: str = ",") -> list[tuple[str, int]]:
    """The fields of a CSV line with quotes, each without its quotes and guard."""
    field = _CSV_FIELD[sep]
    cells = []
    pos = 0
    n = len(line)
    while pos <= n:
        m = field.match(line, pos)
        if m.group(1) is not None:
            value, at = m.group(1), m.start(1)
        else:
            value, at = m.group(2), m.start(2)
        guard = _GUARD.match(value) if value[:1] == "=" else None
        if guard:
            value, at = guard.group(2), at + 1 + len(guard.group(1))
        cells.append((value, at))
        pos = m.end() + 1  # past the comma
    return cells


def _separator(line: str) -> str | None:
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(",") >= 2 and "，" not in line and "。" not in line:
        return ","
    if line.count('","') >= 2:
        return ","  # quoted fields, which may hold Chinese commas ("王朝明，夫")
    if line.count(";") >= 2 and "；" not in line and "，" not in line and "。" not in line:
        return ";"  # a CSV saved with semicolons (a spreadsheet set to a European locale)
    if line.count("/") >= 3 and "，" not in line and "。" not in line and "//" not in line:
        return "/"  # "序号/被征收人/房屋坐落/…": a slash outside brackets ("（元/㎡）")
    if line.count("／") >= 3 and "，" not in line and "。" not in line:
        return "／"  # the same with full-width slashes ("序号／经营者／经营场所")
    if _WIDE_GAP.search(line):
        return "  "
    if line.count(" ") + line.count("\u3000") >= 2:
        return " "
    return None


# a holder's word of one or two characters before a slash ("父/母姓名", "夫/妻姓名",
# "户主/配偶姓名"): the header names one of them, a person either way
_HOLDER = re.compile(r"[\u4e00-\u9fff]{1,2}")


def either_holder(heads: list[str]) -> bool:
    """Whether a header cut at its slashes names one person of several holders: every
    part before the last a short holder's word, the last ending in 姓名 ("父/母姓名")."""
    return (
        len(heads) >= 2
        and heads[-1].endswith("姓名")
        and all(_HOLDER.fullmatch(h) and "名" not in h for h in heads[:-1])
    )


_NOTE = re.compile(r"[（(][^（()）]{1,40}[）)]")


def _own_digits(cell: str) -> bool:
    """Whether ``cell`` holds digits outside its notes in brackets; a person's dated note
    ("张三（2026年9月已释放）", "李四（预计2027年3月刑满）") holds digits of its own."""
    if "（" in cell or "(" in cell:
        cell = _NOTE.sub("", cell)
    return any(map(str.isdigit, cell))
