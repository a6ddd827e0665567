"""Neighbours in a plot's sides written as a table's columns or an export's keys (issue 16,
privfix25a).

A homestead approval list or a building licence's register gives each plot's four sides
(四至) a column of their own, under a header 东 | 南 | 西 | 北 (东至, 东侧, 东邻 …; an HTML
table spanning them with 四至 above), and a system's export gives them four keys of one
stem and a side's initial or word (``"sz_d"``, ``"sz_n"``, ``"sz_x"``, ``"sz_b"``;
``szdong`` …; ``dongzhi``, ``nanzhi`` …). Each side's value is what the plot touches: a
road, a ditch, a field, or a neighbour's house ("匡某宅", "朱某户"), whose holder is a
person (``neighbours.side_name``: the holding cut off, roads and places none). Three sides
of the four at least must stand together (one header row, one record), so a lone column
headed 东 or a key ``dz`` (地址) is no side.

Speed: a table is read only where 东 stands alone in a cell (``str.find`` of 东, the
characters around it tested), from its header row down; an export only when the text
holds ``sz`` or ``zhi``, each place's key matched where it stands.
"""

from __future__ import annotations

import re

from .neighbours import side_name

Candidate = tuple[int, int, str, float]

_SEPS = ("\t", "|", "｜", "│", ",")
_SEP_CHARS = frozenset("\t|｜│,\n")
_SIDE_CELL = re.compile(r"[东南西北](?:至|侧|邻|面|边|界|四至)?")
# an export's side key: a stem with sz / sizhi and the side's initial or word, or the side's
# word and 至 in pinyin alone
_KEY = re.compile(
    r"[\"<]((?:[A-Za-z]+_)?(?:sz|sizhi|SZ)[_-]?)(dong|nan|xi|bei|d|n|x|b|D|N|X|B)(?:zhi)?"
    r"[\">]|[\"<]((?:[A-Za-z]+_)?)(dong|nan|xi|bei)_?(?:zhi|jie)[\">]"
)
_VALUE = re.compile(r"[ \t]*:[ \t]*\"([^\"\n]{2,20})\"|([^<\n]{2,20})</")
_GAP = 200  # a record's side keys stand within this many characters of each other
_SIDES = {
    "d": "东",
    "n": "南",
    "x": "西",
    "b": "北",
    "dong": "东",
    "nan": "南",
    "xi": "西",
    "bei": "北",
}


def side_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the neighbours' names in side columns and side keys (module
    docstring)."""
    added: list[Candidate] = []
    if "东" in text:
        _tables(text, added)
    if "sz" in text or "SZ" in text or "zhi" in text:
        _exports(text, added)
    if not added:
        return cands
    taken = {(s, e) for s, e, k, _ in cands if k == "name"}
    return cands + [c for c in added if (c[0], c[1]) not in taken]


def _header_lines(text: str) -> list[int]:
    """The starts of the lines where 东 stands alone in a cell (a separator before it,
    spaces aside, and a side's cell: 东, 东至, 东侧 …), by ``str.find`` of 东."""
    out: list[int] = []
    k = text.find("东")
    while k >= 0:
        j = k - 1
        while j >= 0 and text[j] in " \u3000":
            j -= 1
        if j >= 0 and text[j] in _SEP_CHARS:
            stop = k + 1
            while stop < len(text) and stop - k < 6 and text[stop] not in _SEP_CHARS:
                stop += 1
            if _SIDE_CELL.fullmatch(text[k:stop].rstrip(" \u3000")):
                line = text.rfind("\n", 0, k) + 1
                if not out or out[-1] != line:
                    out.append(line)
        k = text.find("东", k + 1)
    return out


def _tables(text: str, out: list[Candidate]) -> None:
    for line_at in _header_lines(text):
        stop = text.find("\n", line_at)
        stop = len(text) if stop < 0 else stop
        line = text[line_at:stop]
        sep = next((s for s in _SEPS if s in line), None)
        if sep is None:
            continue
        cells = line.split(sep)
        sides = [i for i, c in enumerate(cells) if _SIDE_CELL.fullmatch(c.strip(" \u3000"))]
        if len({cells[i].strip(" \u3000")[0] for i in sides}) < 3:
            continue
        _rows_below(text, stop + 1, sep, len(cells), sides, out)


def _rows_below(text: str, at: int, sep: str, width: int, sides: list[int], out) -> None:
    """The side cells of the rows below a header row (up to a line of no such row)."""
    blank = 0
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        if not line.strip():
            blank += 1
            if blank > 1:
                return
        else:
            blank = 0
            cells = line.split(sep)
            if len(cells) < width - 2 or len(cells) > width + 2:
                return  # no row of this table
            if any(_SIDE_CELL.fullmatch(c.strip(" \u3000")) for c in cells):
                return  # the next table's header
            offset = at
            for i, cell in enumerate(cells):
                if i in sides:
                    _name(cell, offset, out)
                offset += len(cell) + 1
        at = stop + 1


def _name(cell: str, at: int, out: list[Candidate]) -> None:
    value = cell.strip(' \u3000"')
    if not value:
        return
    lead = cell.find(value)
    for piece in value.split("、"):
        name = side_name(piece)
        if name:
            out.append((at + lead, at + lead + len(name), "name", 0.8))
        lead += len(piece) + 1


def _exports(text: str, out: list[Candidate]) -> None:
    """Side keys of one stem, three sides at least, in one record (fields near each other)."""
    fields = []
    for word in ("sz", "SZ", "zhi"):
        k = text.find(word)
        while k >= 0:
            lo = max(
                text.rfind('"', k - 16 if k > 16 else 0, k),
                text.rfind("<", k - 16 if k > 16 else 0, k),
            )
            m = _KEY.match(text, lo) if lo >= 0 else None
            if m is not None:
                value = _VALUE.match(text, m.end())
                if value is not None:
                    group = 1 if value.group(1) is not None else 2
                    stem = m.group(1) if m.group(1) is not None else m.group(3)
                    side = _SIDES[(m.group(2) or m.group(4)).lower()]
                    fields.append((m.start(), stem, side, value.start(group), value.group(group)))
            k = text.find(word, k + 2)
    fields.sort()
    record: list = []
    for field in fields + [(len(text) + _GAP, "", "", 0, "")]:
        if record and field[0] - record[-1][0] > _GAP:
            stems: dict[str, set] = {}
            for _, stem, side, _, _ in record:
                stems.setdefault(stem, set()).add(side)
            for _, stem, _, at, value in record:
                if len(stems[stem]) >= 3:
                    _name(value, at, out)
            record = []
        record.append(field)
