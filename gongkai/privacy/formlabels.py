"""A DOCX form's label cells and the officials a label cell names (issue 16, privfix24b).

A form drawn as a table (an agreement, a record, an application) and flattened to tabs puts a
label in one cell and its value in the next: "调解员签名⇥X Y⇥记录人⇥Z", "见证人⇥X（邻居）". Two
readings follow from the row alone, whatever the table's header says:

- **An official's label.** A value cell right after a label cell naming an official's post —
  调解员, 仲裁员, 书记员, 记录人, 承办人, 经办人 … with or without 签名 / 签字
  (``officialcolumns._official``) — names officials acting in office; the names in it, one or
  several split by spaces or 、, are no private persons. The label must be a form's: signed
  for (…签名), or on a row half or more of whose cells are empty (merged); a data row's
  category cell ("普查员" before each enumerator's name in a roster) is none. A party's label
  (当事人签名, 见证人, 申请人) is none either, and its names stay.
- **A label's own words.** A row merged into a label and one value (its cells after the second
  empty: a merged cell flattens to empty cells) opens with the label: a name read inside that
  first cell's longer words ("经调解，自愿达成如下协议", "履行协议的方式、地点、期限") is a word
  of the label, though the table's first column is headed by persons.

Speed: only rows split by tabs are read, and only where a name candidate stands in them.
"""

from __future__ import annotations

import re

from .kindindex import without
from .officialcolumns import _official

Candidate = tuple[int, int, str, float]

# a label's words: a piece of six characters or more (no name, a bracket's note or a dotted
# name aside), pieces split by 、，；
_PIECES = re.compile(r"[、，,；;]")
_NOT_WORDS = frozenset("·（()）")
_SIGNS = ("签名", "签字", "签章", "（签名）", "（签字）")


def _row(text: str, start: int) -> tuple[int, list[str]] | None:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    if "\t" not in line:
        return None
    return ls, line.split("\t")


def _cell_index(cells: list[str], offset: int) -> tuple[int, int]:
    pos = 0
    for i, cell in enumerate(cells):
        if pos <= offset <= pos + len(cell):
            return i, pos
        pos += len(cell) + 1
    return -1, -1


def _form_row(label: str, cells: list[str]) -> bool:
    """Whether the label is a form's, not a category cell of a data row ("普查员" beside each
    enumerator's name in a roster): signed for (调解员签名), or on a row mostly of merged,
    empty cells."""
    if label.endswith(_SIGNS):
        return True
    return sum(1 for x in cells if not x.strip(" \u3000")) * 2 >= len(cells)


def form_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names an official's label cell heads and the words of a merged
    row's label (module docstring)."""
    if "\t" not in text:
        return cands
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "name":
            continue
        got = _row(text, c[0])
        if got is None:
            continue
        ls, cells = got
        k, pos = _cell_index(cells, c[0] - ls)
        if k < 0:
            continue
        cell = cells[k].strip(" \u3000")
        if k >= 1:
            label = cells[k - 1].strip(" \u3000")
            if label and len(label) <= 10 and _official(label) and _form_row(label, cells):
                drop.add(i)
            continue
        # the row's first cell: a merged row's label holding more than the name
        if (
            len(cells) >= 4
            and all(not x.strip(" \u3000") for x in cells[2:])
            and cells[1].strip(" \u3000")
            and ":" not in cell
            and "：" not in cell
            and any(len(p) >= 6 and not _NOT_WORDS & set(p) for p in _PIECES.split(cell))
        ):
            drop.add(i)
    return without(cands, drop)
