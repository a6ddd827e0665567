"""Quoted CSV fields that span lines, read as one line each.

A spreadsheet saved as CSV keeps a cell's line breaks inside its quotes ("王朝明，夫\\n
王小燕，女"), so one record stands on several lines and the passes that read a table line
by line see broken rows. ``join_quoted_cells`` puts a list's sign (、) in place of each
line break inside a quoted field: one character for another, so offsets hold.

Only records of quoted fields count: a line that opens a field left open must hold
``","`` (a record's fields), a tab before a quote (a tab-separated export: issue 16,
docs84) or open with a quote, and the field must close within a few
lines; a stray quote in prose changes nothing. A spreadsheet that quotes only its cells
of prose (no ``","`` anywhere: ``…,外祖母,"孩子…，\n…。",县卫健委,…``) counts when its
first line is a header of several commas and its records open such fields after a comma
(privfix19d, docs256).
"""

from __future__ import annotations

import csv
import re

# a tab-separated cell opened by a quote and left open at its line's end
_OPEN_TAB_CELL = re.compile('\t"[^"\n]*\n')
_MAX_LINES = 8  # lines one field may span
SEP = "、"  # a list's sign: with "；" the phone after "联系人：吴兰珍" in the row was lost


def _close(lines: list[str], i: int) -> int | None:
    """The line where the field left open at the end of ``lines[i]`` closes, or None."""
    for j in range(i + 1, min(len(lines), i + 1 + _MAX_LINES)):
        if lines[j].count('"') % 2:
            return j
    return None


def _comma_quoted(text: str) -> bool:
    """Whether ``text`` is a CSV whose quoted cells open after a comma and close before
    one on a later line: a header of three commas or more on the first line and at
    least two such fields."""
    head = text[: text.find("\n")] if "\n" in text else text
    if head.count(",") < 3 or '"' in head or text.count(',"') < 2:
        return False
    return bool(_SPANNING.search(text))


# (the field closes before a comma, or at its line's end: the record's last column)
_SPANNING = re.compile(',"[^"\n]*\n[^"]{0,400}"(?:,|\n|$)')


def _opens_last(line: str) -> bool:
    """Whether the line's last quote opens a field (after a comma, or the line's start) and
    no quote stands after it: the record goes on below."""
    k = line.rfind('"')
    return k == 0 or line[k - 1] == ","


def quoted_index(before: str) -> int:
    """The rank of the cell that starts after ``before`` (a CSV line's part): its commas
    counted outside quoted fields ("…,\"预交12,800元\",": one field)."""
    count, quoted = 0, False
    for part in before.split('"'):
        if not quoted:
            count += part.count(",")
        quoted = not quoted
    return count


def quoted_cells(line: str) -> list[str]:
    """A CSV line's cells, a quoted field's own commas kept inside it."""
    return next(csv.reader([line]))


def join_quoted_cells(text: str) -> str:
    """``text`` with the line breaks inside quoted CSV fields replaced by "、"."""
    sparse = text.count('","') < 4 and _comma_quoted(text)  # only prose cells quoted
    if text.count('","') < 4 and not sparse:
        if text.count('\t"') < 2 or not _OPEN_TAB_CELL.search(text):
            return text  # (a tab-separated export quotes only its multi-line cells)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        opened = '","' in line or line.startswith('"') or '\t"' in line
        if line.count('"') % 2 and (opened or ',"' in line and (sparse or _opens_last(line))):
            j = _close(lines, i)
            if j is not None:
                # (the joined record may leave another field open: looked at again)
                lines[j] = SEP.join(lines[i : j + 1])
                i = j
                continue
        out.append(line)
        i += 1
    return "\n".join(out)
