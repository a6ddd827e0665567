"""The header over a number in a table written one cell a line (issue 16, privfix16wb).

An export that writes every cell on its own line puts the header's cells first (姓名 /
订单号 / 交易流水号 / 银行卡号), then each record's cells in the same order. The header of
a card-shaped number standing alone on its line is then found by the block's rhythm: the
lines with digits and those without repeat with the record's width, and the header is the
run of word lines right before the first record. ``numberlabels.not_a_card`` reads that
header as it reads a delimited column's (交易流水号 holds no cards, 银行卡号 does).
"""

from __future__ import annotations

_MAX_LINES = 120
_MAX_CELL = 16
_MAX_WIDTH = 12


def stacked_header(text: str, start: int, end: int) -> str | None:
    """The header cell over the number ``text[start:end]`` alone on its line in a table
    written one cell a line, or None where no such table stands around it."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \u3000") or text[end : end + 1] not in ("\n", ""):
        return None
    lines: list[str] = []  # the block's lines above the number, nearest first
    pos = line_start
    while pos > 0 and len(lines) < _MAX_LINES:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1].strip(" \u3000")
        if not line or len(line) > _MAX_CELL * 2:
            break  # a blank line or a title's or prose's line: the block's start
        lines.append(line)
        pos = above
    lines.reverse()
    index = len(lines)  # the number's own line
    lines.append(text[start:end])
    pos = end + 1
    while pos < len(text) and len(lines) - index < _MAX_LINES:
        below = text.find("\n", pos)
        below = len(text) if below < 0 else below
        line = text[pos:below].strip(" \u3000")
        if not line or len(line) > _MAX_CELL * 2:
            break  # the block's end
        lines.append(line)
        pos = below + 1
    digits = [any(c.isdigit() for c in line) for line in lines]
    first = digits.index(True)  # the header and the first record's word cells before it
    fits = []
    for width in range(2, _MAX_WIDTH + 1):
        for lead in range(first):
            data = first - lead  # the first record's first line
            if data < width or len(lines) - data < 2 * width:
                continue  # (two records at least: one says nothing of the rhythm)
            if any(digits[data + i] != digits[data + i % width] for i in range(len(lines) - data)):
                continue
            header = lines[data - width : data]
            if any(digits[data - width : data]) or any(len(h) > _MAX_CELL for h in header):
                continue
            # the header opens the block (or follows its title's line)
            fits.append((data - width, width, data))
    if not fits:
        return None
    _above, width, data = min(fits)
    return lines[data - width + (index - data) % width]
