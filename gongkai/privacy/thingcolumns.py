"""Columns naming a river, a stretch or a plant, not a person (issue 16, privfix20d).

A list of river patrollers gives each one's stretch (负责河段, 认领河段, 河流（河段）名称:
龙潭河, 白竹河); a compensation list for crops and trees under a power line gives the
tree's kind (树种: 华山松) and the crop (作物). Such cells are often shaped like a name
(a surname's sign and two more: 龙潭河, 沙溪河, 华山松) and stand on a person's record
line, so the passes that read a record's name-shaped cells take them for its persons. The
header over the cell (``columnheads.header_over``: tabs, an HTML table flattened with
tabs, bars, commas, spaces, one cell a line) says what they are: a column headed by a
river, a stretch, a lake, a reservoir, a tree's or a crop's kind holds no person, and the
same word elsewhere in the text (the compensation rates in prose: 华山松45元/株) is the
same thing. A header cell itself read as a name (认领河段 before its note) is none either.

A header naming a person beside the thing stays a person's column (河段长, 巡河员, 护林员,
种植户 …: a person's word in the header).

Speed: nothing is read unless the text holds 河段, 河流, 树种 or 湖泊 (walks of 河, 树 and
泊: ``wordfind.has_word``), and a name only when such a word stands within the
6,000 characters before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over
from .stackedheader import stacked_header_by
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# (each walked by its rarer sign; 作物 and 水库 are read only in a text with one of these)
_CUES = (("河段", 0), ("河流", 0), ("树种", 0), ("湖泊", 1))
_SPAN = 6000
# a header word of a thing's column
_THING = re.compile(r"河流|河段|河道|河湖|湖泊|水库|树种|林种|作物|苗木")
# a header cell ending in a thing's word ("负责河段", "河流名称", "树种"; not a value such as
# a field of study "作物遗传育种" that a misread block may give)
_THING_HEAD = re.compile(rf"(?:{_THING.pattern})(?:名称|类别|种类)?$")
# a person's word in the header (the person beside the thing: 河段长, 巡河员, 种植户)
_PERSON = re.compile(r"姓名|人|员|长|户|者|主")
_NOTE = re.compile(r"[（(][^（()）]*[）)]")
# the end of a cell after the value (a note in brackets is part of it)
_CELL_END = re.compile(r"[^\t|｜│,\n]*")
_WORDS = ("河流", "河段", "河道", "河湖", "湖泊", "水库", "树种", "林种", "作物", "苗木")


def _thing_header(cell: str | None) -> bool:
    if not cell:
        return False
    head = _NOTE.sub("", cell)
    return len(head) <= 12 and _THING_HEAD.search(head) is not None and not _PERSON.search(head)


def thing_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names standing in a column of rivers, stretches or plants, and
    their other mentions (module docstring)."""
    if not any(has_word(text, w, at) for w, at in _CUES):
        return cands
    marks = [m.start() for m in _THING.finditer(text)]
    things = set()
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "name":
            continue
        start, end = c[0], c[1]
        k = bisect_left(marks, end)
        if not k or start - marks[k - 1] > _SPAN:
            continue
        value = text[start:end]
        if _THING.search(value, len(value) - 2):
            drop.add(i)  # a header cell itself (认领河段 before its note)
            continue
        cell_end = _CELL_END.match(text, end).end()
        head = header_over(text, start, cell_end, _THING)
        if head is None and text[start - 1 : start] == "\n":
            # a cell with its note alone on its line ("白竹河（村民）"), a long header cell
            # over it ("认领河段（志愿者类别）"): the block read as ``stackedheader`` does
            head = stacked_header_by(text, start, _WORDS)
        if _thing_header(head):
            drop.add(i)
            things.add(value)
    if not drop:
        return cands
    return [
        c
        for i, c in enumerate(cands)
        if i not in drop and not (c[2] == "name" and text[c[0] : c[1]] in things)
    ]
