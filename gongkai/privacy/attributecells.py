"""Cells under a column of a person's attribute are no names (issue 16, after docs92).

A table of persons has columns of what they are, not who: 界别 (农业界), 党派 (农工党),
民族, 政治面貌, 籍贯, 职务, 职称, 学历, and of what a row is about: 涉及条款 (第五条), an
opinion on it (初审意见, 评定小组意见: 同意推荐, 同 a surname).
Such a cell may look like a name by the name model (农 and 第五 are surnames), and a
record's reader, the column vote or the pass near anchors takes it. Whatever the table's
form of delimited rows (tabs, bars, commas: DOCX, XLSX, CSV, pipe, HTML with spanned
cells), a name candidate that fills a cell whose header is such an attribute is dropped
(``columnheads.header_over``); a cell alone on its line is left as it is (a table one
cell a line places its cells by counting, and a miscount must not drop a person). Speed: nothing runs unless an attribute's word ends a cell
somewhere in the text (each word looked for by its rarest character).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over
from .wordfind import find_by

Candidate = tuple[int, int, str, float]

# each word and the place of its rarest character (looked for with ``str.find``)
_WORDS = (
    ("界别", 0),
    ("党派", 1),
    ("民族", 1),
    ("政治面貌", 3),
    ("籍贯", 0),
    ("职务", 0),
    ("职称", 1),
    ("学历", 1),
    ("条款", 1),
    ("条目", 0),
    ("意见", 0),  # an opinion (初审意见, 评定小组意见): 同意推荐, no person (privfix22a)
)
_HEADER = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:界别|党派|民族|政治面貌|籍贯|职务|职称|学历|条款|条目)$"
    r"|^[\u4e00-\u9fff]{0,8}意见$"
)
_WORD = re.compile("|".join(word for word, _at in _WORDS))
_SPAN = 6000  # characters: a header farther above is no header of the cell (columnheads)
_EDGE = "\t|｜│,\n \u3000"
_SEPARATORS = ("\t", "|", "｜", "│", ",")


def attribute_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names that fill a cell under an attribute's header."""
    heads = sorted(k for word, at in _WORDS for k in _header_cells(text, word, at))
    if not heads:
        return cands
    out = []
    for c in cands:
        start, end, kind, _conf = c
        if kind == "name":
            k = bisect_left(heads, start)
            whole = _whole_cell(text, start, end)
            if k and start - heads[k - 1] <= _SPAN and (whole or _opens_opinion(text, start, end)):
                head = header_over(text, start, end, _WORD)
                head = head.strip(" \u3000") if head else ""
                if _HEADER.match(head) and (whole or head.endswith("意见")):
                    continue
        out.append(c)
    return out


def _opens_opinion(text: str, start: int, end: int) -> bool:
    """A candidate opening its cell, maybe after 不, with a note after it: an opinion's
    words ("不同意推荐（证照不全）", "同意推荐（…）"); a name later in the cell stays."""
    k = start - 1 if text[start - 1 : start] == "不" else start
    return text[k - 1 : k] in _EDGE and text[end : end + 1] in "（("


def _header_cells(text: str, word: str, at: int) -> list[int]:
    """Where ``word`` ends a cell in ``text`` (a header's, "所属界别\t")."""
    found = []
    k = find_by(text, word, at)
    while k >= 0:
        if text[k + len(word) : k + len(word) + 1] in _EDGE:
            found.append(k)
        k = find_by(text, word, at, k + 1)
    return found


def _whole_cell(text: str, start: int, end: int) -> bool:
    """A cell of a delimited row (one cell a line is placed by counting: not trusted)."""
    before = text[start - 1 : start] if start else "\n"
    after = text[end : end + 1] or "\n"
    if before not in _EDGE or after not in _EDGE:
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    return any(sep in line for sep in _SEPARATORS)
