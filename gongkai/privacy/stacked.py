"""Tables flattened to one cell a line (an HTML page or a DOCX table read with a newline
after every cell): a block of header cells, then records of the same number of lines.
"""

from __future__ import annotations

import re

from .tables import _NAME_PIECE, Candidate, _column_kind, _emit, _kinds, _lines, _norm

# Words that make a short line a header cell (for tables flattened to one cell a line).
HEADER_WORD = re.compile(
    r"(?:序号|编号|姓名|户主|名称|性别|年龄|住址|地址|村组|村|组|社区|人数|人口|金额|标准|类别|类型|"
    r"备注|关系|日期|时间|号码|卡号|账号|电话|职务|面积|数量|单位|原因|情况|对象|成员|人|元|款|费|额|"
    r"人员|住所|民族|学校|年级|方式|等级|状态|种类|程度|期限|说明|岗位|职位|学历|银行|渠道|"
    r"（元）|\(元\)|（人）|（亩）)$"
)


def _is_header_cell(line: str) -> bool:
    s = _norm(line)
    return 0 < len(s) <= 10 and (_column_kind(s) is not None or bool(HEADER_WORD.search(s)))


# page furniture between the records of a long table: "第 1 页  共 3 页", "- 2 -", "续表"
_PAGE_LINE = re.compile(
    r"[ \u3000]*(?:第\s*\d{1,3}\s*页(?:[ \u3000,，/]*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页[ \u3000,，]*"
    r"第\s*\d{1,3}\s*页|[-—–]\s*\d{1,3}\s*[-—–]|\d{1,3}\s*/\s*\d{1,3}|续表[一二三四五六七八九\d]?|"
    r"续上表|[（(]续表?[）)])[ \u3000]*"
)
_SERIAL = re.compile(r"\d{1,4}")


def _serial(line: str) -> int | None:
    s = _norm(line)
    return int(s) if _SERIAL.fullmatch(s) else None


def _record_length(starts: list[tuple[int, str]], row: int, width: int) -> int:
    """Lines of the numbered record at ``row``: ``width``, or fewer when its empty cells
    were dropped with the blank lines (the next record's number comes sooner)."""
    n = _serial(starts[row][1])
    end = row + width
    if n is None or end >= len(starts) or _serial(starts[end][1]) == n + 1:
        return width
    for d in range(width - 1, max(1, width // 2) - 1, -1):
        if _serial(starts[row + d][1]) == n + 1:
            return d  # (the longest record that the next number closes: a count of 2
            # persons inside it is not the next row)
    return width


def _stacked(text: str, starts: list[tuple[int, str]], k: int, out: list[Candidate]) -> int:
    """A table flattened to one cell a line; the person header is line ``k`` of ``starts``.

    The header block runs over the header cells around line ``k`` (in a numbered table,
    up to the first record's number, whatever words its last cells use). Records follow,
    ``width`` lines each; a repeated header (the table going on after a page break) is
    skipped, and a numbered record whose empty cells were dropped is read as far as its
    cells go.
    """
    lo = k
    while lo > 0 and _is_header_cell(starts[lo - 1][1]) and k - lo < 12:
        lo -= 1
    hi = k
    while hi + 1 < len(starts) and _is_header_cell(starts[hi + 1][1]) and hi - k < 12:
        hi += 1
    if _norm(starts[lo][1]) in ("序号", "编号"):
        # a numbered table: the header runs up to the first row's number, whatever words
        # its last cells use (供养方式, 发放渠道)
        j = hi + 1
        while j < len(starts) and j - lo < 16:
            cell = _norm(starts[j][1])
            if not cell or len(cell) > 10 or any(c.isdigit() for c in cell):
                break
            j += 1
        if j > hi + 1 and j < len(starts) and _serial(starts[j][1]) is not None:
            hi = j - 1
    header = [_norm(s) for _p, s in starts[lo : hi + 1]]
    width = len(header)
    if width < 2:
        return k + 1
    kinds = _kinds(header)
    numbered = header[0] in ("序号", "编号")
    row = hi + 1
    while row + width <= len(starts):
        block = starts[row : row + width]
        if [_norm(s) for _p, s in block] == header:
            row += width  # the header again, on the next page
            continue
        if numbered and _serial(block[0][1]) is None:
            break
        if any(_is_header_cell(s) and _column_kind(s) == "name" for _p, s in block):
            break
        length = _record_length(starts, row, width) if numbered else width
        block = block[:length]
        name_ok = True
        for col, kind in kinds:
            if kind == "name" and (col >= length or not _NAME_PIECE.search(block[col][1])):
                name_ok = False
        if not name_ok:
            break
        _emit(kinds, [(s, p) for p, s in block], header, 0, out)
        row += length
    return row


def _stacked_tables(text: str, header_lines: list[int], out: list[Candidate]) -> None:
    lines = [(p, s) for p, s in _lines(text, 0) if s.strip() and not _PAGE_LINE.fullmatch(s)]
    index = {p: k for k, (p, _s) in enumerate(lines)}
    done = -1
    for line_start in header_lines:
        k = index.get(line_start)
        if k is not None and k > done:
            done = _stacked(text, lines, k, out)
