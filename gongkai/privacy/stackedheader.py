"""The header over a cell of a table flattened to one cell a line (issue 16, docs31): a
web page's or a DOCX table read with a newline after every cell ("序号\n场所名称\n经营者\n
联系电话\n…", then each record's cells one a line). A bare local number (7 or 8 digits)
alone on its line takes the header cell at its place in its record: the records follow
the header block either parted by blank lines or packed, a record as many lines as the
header has cells.

Speed: the header is looked for from the nearest line above that is a phone's header
cell alone (found with ``str.rfind``), not by reading every line up to it.
"""

from __future__ import annotations

from .stacked import _DIGIT, _is_header_cell

_SPAN = 12000  # characters looked at above the number
_WORDS = ("电话", "座机", "固话", "宅电")
_PLACE_WORDS = ("地址", "场所", "地点", "住所", "住址")  # (the header over a place: placeheaders)


def stacked_header(text: str, start: int) -> str | None:
    """The header cell over the number at ``start`` standing alone on its line, if the
    lines above are records under a block of header cells one a line."""
    return _header(text, start, phone_only=True)


def stacked_cell_header(text: str, start: int) -> str | None:
    """As ``stacked_header``, whichever header cell stands over the number (a unit's
    duty phone beside a person's own: "村（社区）值班电话" before "固定电话")."""
    return _header(text, start, phone_only=False)


def stacked_place_header(text: str, start: int) -> str | None:
    """As ``stacked_cell_header``, for a place: found from the nearest header cell of an
    address or a place (经营地址, 拟设站点地址, 家庭住址 …) above."""
    return _header(text, start, phone_only=False, words=_PLACE_WORDS)


def stacked_place_cells(text: str, start: int) -> tuple[str, int] | None:
    """As ``stacked_place_header``, with the number of the header's cells (a record's
    lines when the records are packed)."""
    got = _header_cells(text, start, phone_only=False, words=_PLACE_WORDS)
    return None if got is None else (got[0][got[1]], len(got[0]))


def _header(
    text: str, start: int, *, phone_only: bool, words: tuple[str, ...] = _WORDS
) -> str | None:
    got = _header_cells(text, start, phone_only=phone_only, words=words)
    return None if got is None else got[0][got[1]]


def _header_cells(
    text: str, start: int, *, phone_only: bool, words: tuple[str, ...]
) -> tuple[list[str], int] | None:
    line_start = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \u3000\t"):
        return None  # (words before the number on its line: no cell of its own)
    top = max(0, line_start - _SPAN)
    bound = line_start
    for _ in range(4):  # a record's value with the word ("同生产场所"): the block is above
        at = max(text.rfind(w, top, bound) for w in words)
        if at < 0:
            return None
        begin = text.rfind("\n", top, at) + 1
        end = text.find("\n", at)
        if end < 0 or not _is_header_cell(text[begin:end].strip(" \u3000\t")):
            return None  # the phone's word is no header cell alone on its line
        header, index, k, below = _block(text, begin, end, line_start)
        if len(header) >= 3:
            break
        bound = begin
    else:
        return None
    records = [line.strip(" \u3000\t") for line in below[k:]][::-1]  # nearest first
    if "" in records:
        offset = records.index("")  # the cells of its record above the number
    else:
        offset = len(records) % len(header)
    if offset >= len(header) or (phone_only and offset != index):
        return None
    return header, offset


def _block(text: str, begin: int, end: int, line_start: int):
    """The header cells around the one on the line ``begin``–``end``, the index of that
    one, and the lines below the block up to ``line_start`` (with the block's count)."""
    header = [text[begin:end].strip(" \u3000\t")]
    up = begin - 1  # the header cells above it, then below it
    while up > 0:
        b = text.rfind("\n", 0, up) + 1
        cell = text[b:up].strip(" \u3000\t")
        if not cell or not _is_header_cell(cell):
            break
        header.insert(0, cell)
        up = b - 1
    index = len(header) - 1  # the phone's header cell
    below = text[end + 1 : line_start - 1].split("\n")
    k = 0
    while k < len(below) and below[k].strip() and _is_header_cell(below[k].strip(" \u3000\t")):
        header.append(below[k].strip(" \u3000\t"))
        k += 1
    if k < len(below) and below[k].strip() != "1":
        k = _run_on(header, below, k)
    return header, index, k, below


def _run_on(header: list[str], below: list[str], k: int) -> int:
    """The header's last cells that no header word marks ("犬种" after "联系电话"): the
    records are numbered 1, 2 … in their first cell, so the header runs on up to the line
    before "1" when the "2" stands as many lines after it as the header then has cells."""
    for extra in range(1, 5):
        j = k + extra
        if j >= len(below) or not below[j - 1].strip() or _DIGIT.search(below[j - 1]):
            return k  # a blank line or a value with digits: no header cell
        if below[j].strip() == "1":
            size = len(header) + extra
            if j + size < len(below) and below[j + size].strip() == "2":
                header.extend(c.strip(" \u3000\t") for c in below[k:j])
                return j
            return k
    return k


def stacked_header_by(text: str, start: int, words: tuple[str, ...]) -> str | None:
    """As ``stacked_cell_header``, the header block found by ``words`` (a number's
    header: 编号, 证号 …) instead of a phone's."""
    return _header(text, start, phone_only=False, words=words)
