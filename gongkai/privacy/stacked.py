"""Tables flattened to one cell a line (an HTML page or a DOCX table read with a newline
after every cell): a block of header cells, then records of the same number of lines.
"""

from __future__ import annotations

import re

from . import validators as v
from .columnvote import vote_column, voted_header
from .heldheads import extended_heads, held_columns, held_head
from .stackedphones import record_phones
from .tables import _HEADER_NOTE, _NAME_PIECE, Candidate, _column_kind, _emit, _kinds, _lines, _norm

# Words that make a short line a header cell (for tables flattened to one cell a line).
HEADER_WORD = re.compile(
    r"(?:序号|编号|姓名|户主|名称|性别|年龄|住址|地址|村组|村|组|社区|人数|人口|金额|标准|类别|类型|"
    r"备注|关系|日期|时间|号码|卡号|账号|电话|职务|面积|数量|单位|原因|情况|对象|成员|人|元|款|费|额|"
    r"人员|住所|民族|学校|年级|方式|等级|状态|种类|程度|期限|说明|岗位|职位|学历|银行|渠道|"
    r"乡镇|手机|邮箱|信箱|机构|证号|场所|地点|得分|评分|品种|品名|项目|内容|事项|范围|问题|诉求|领导|"
    # a narrative or a finding column of a register (受伤经过, 事故经过, 核查结论)
    r"经过|结论|"
    # the stretch of river, road or area a person is assigned (认领河段, 负责河段, 责任区域)
    r"(?:认领|负责|责任|所在|巡查|巡护|管护)(?:河段|河道|河湖|水域|区域|路段|片区)|"
    r"（元）|\(元\)|（人）|（亩）)$"
    # a party that is a business (成交供应商, 承包商), a short number's name (包号, 批号, 房号)
    r"|商$|^[^\d一二三四五六七八九十百千零〇第]{1,3}号$"
)


def _is_header_cell(line: str) -> bool:
    s = _norm(line)
    if "/" in s and 2 < len(s) <= 10:  # "职务/身份", "电话/手机": a header of either cell
        return any(_is_header_cell(part) for part in s.split("/") if part)
    if s[-1:] in "）)" and 2 < len(s) <= 20:
        long = len(s) > 10
        s = _HEADER_NOTE.sub("", s) or s  # "村（社区）", "乡镇（街道）": the header before its note
        if long and _PLACE_SIGN.search(s, 0, len(s) - 2):
            return False  # "某镇中心学校（九年一贯制）": a unit's cell with its note, no header
    return (
        # (a holder's number may be long: 项目负责人注册证书编号, 技术负责人职称证书编号)
        0 < len(s) <= (14 if s.endswith(_NUMBER_HEADS) else 10)
        and not _DIGIT.search(s)
        and not _SECTION.match(s)  # "一、中标候选人": a section's heading above the table
        and (_column_kind(s) is not None or bool(HEADER_WORD.search(s)))
    )


_NUMBER_HEADS = ("编号", "证号", "号码")
# a place's sign inside a long noted cell's head: a unit's name, not a header's words
_PLACE_SIGN = re.compile(r"[省市县区镇乡]")
# a section's number opening a line: a heading, no header cell ("一、", "（二）")
_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]")


# page furniture between the records of a long table: "第 1 页  共 3 页", "- 2 -", "续表"
_PAGE_LINE = re.compile(
    r"[ \u3000]*(?:第\s*\d{1,3}\s*页(?:[ \u3000,，/]*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页[ \u3000,，]*"
    r"第\s*\d{1,3}\s*页|[-—–]\s*\d{1,3}\s*[-—–]|\d{1,3}\s*/\s*\d{1,3}|续表[一二三四五六七八九\d]?|"
    r"续上表|[（(]续表?[）)])[ \u3000]*"
)
_SERIAL = re.compile(r"\d{1,4}")
_DIGIT = re.compile(r"\d")
_FIRST_PIECE = re.compile(r"[^、，,；;/／\s（(]+")
_ID = re.compile(r"\d{17}[\dXx]|\d{15}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# an empty cell as it is written ("共同生活家庭成员: 无")
# an official named with the post he acts in ("镇干部 何明宗", "村支书　X"): a cell that
# belongs in a name column (a 责任人's), though no private person's name
_OFFICIAL = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:干部|书记|主任|支书|长|员)[ \u3000]+[\u4e00-\u9fff·]{2,6}"
)
_NOBODY = frozenset(("无", "暂无", "空", "略", "不详", "/", "／", "-", "—", "——", "－", "\\"))


def header_block_end(text: str, start: int) -> bool:
    """Whether the line holding ``start`` closes a block of header cells one a line
    ("序号\n姓名\n…\n申请人"): the line after it is a record's first cell, not the value
    of a label."""
    line_start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    if not _is_header_cell(text[line_start : len(text) if end < 0 else end]):
        return False
    cells = 0
    pos = line_start - 1
    while pos > 0 and cells < 2:
        prev = text.rfind("\n", 0, pos) + 1
        if not _is_header_cell(text[prev:pos]):
            return False
        cells += 1
        pos = prev - 1
    return cells == 2


_STAFF_WORDS = (
    "经办",
    "经手",
    "审核",
    "复核",
    "审批",
    "制表",
    "填表",
    "填报",
    "核对",
    "保管",
    "走访",
)
_STAFF_CELL = re.compile(
    r"(?:经办|经手|审核|复核|审批|制表|填表|填报|核对|保管)(?:人|人员|员)?|走访(?:人|人员|干部)"
)


def clerk_cell(text: str, start: int, end: int) -> bool:
    """Whether the line holding only ``text[start:end]`` is a clerk's cell of a table one
    cell a line: a header block above holds 经办人 (审核人 …), and the first record's
    cell under it holds the same name (the clerk of every record)."""
    hit = max(text.rfind(word, start - 3000 if start > 3000 else 0, start) for word in _STAFF_WORDS)
    if hit < 0:
        return False
    ls = text.rfind("\n", 0, hit) + 1
    le = text.find("\n", hit)
    if le < 0 or not _STAFF_CELL.fullmatch(_norm(text[ls:le])):
        return False
    before = 0  # header cells above the clerk's header, then the header's cells after it
    pos = ls
    while before < 12 and pos > 1:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if not _is_header_cell(text[prev : pos - 1]):
            break
        before += 1
        pos = prev
    pos = le + 1
    after = 0
    while after < 12:
        nxt = text.find("\n", pos)
        if nxt < 0 or not _is_header_cell(text[pos:nxt]):
            break
        after += 1
        pos = nxt + 1
    if before + after < 2:
        return False
    for _ in range(before + 1):  # down to the first record's cell under the clerk's header
        while pos < len(text) and text[pos] == "\n":
            pos += 1  # (blank lines: dropped, as where the records are read)
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        cell, cell_at = text[pos:nxt], pos
        pos = nxt + 1
    if cell_at == start:  # this line: the clerk's name must come again (a person once)
        return text.find("\n" + text[start:end] + "\n", end) >= 0
    return _norm(cell) == text[start:end]


# a short note in brackets inside a header cell ("培训职业（工种）及等级"): not counted in
# the cell's length, as a note closing it is not (privfix24a)
_INNER_NOTE = re.compile(r"[（(][^）)]{1,6}[）)]")


def _bare_len(cell: str) -> int:
    """The length of a cell without its bracketed notes (the cell's own when no bracket)."""
    return len(_INNER_NOTE.sub("", cell)) if "（" in cell or "(" in cell else len(cell)


def _unknown_header(line: str) -> bool:
    """Whether a line may be a header cell in words no list knows ("工种", "毕业院校"):
    short, without digits or a person's name."""
    s = _norm(line)
    return (
        1 < _bare_len(s) <= 10
        and not _DIGIT.search(s)
        and bool(_CJK.match(s))
        and not v.plausible_name(_FIRST_PIECE.match(s).group())
    )


def _header_run(starts: list[tuple[int, str]], k: int, step: int) -> int:
    """The farthest header cell from line ``k`` going by ``step``: over header cells, and
    over one or two unknown words when a header cell follows them ("救助类别\n救助事由\n
    救助金额（元）": 事由 is in no list, the cells around it are). A head that line ``k``
    extends with its holder's datum (新船东 over 新船东身份证号) and its before/after twin
    (原船东) are header cells too (``heldheads``)."""
    extended = extended_heads([_norm(starts[k][1])])
    j = k
    while abs(j - k) < 12:
        if 0 <= j + step < len(starts) and (
            _is_header_cell(starts[j + step][1])
            or (extended and held_head(_norm(starts[j + step][1]), extended))
        ):
            j += step
            continue
        for gap in (2, 3):
            far = j + gap * step
            if not 0 <= far < len(starts) or not _is_header_cell(starts[far][1]):
                continue
            if all(_unknown_header(starts[j + g * step][1]) for g in range(1, gap)):
                j = far
                break
        else:
            return j
    return j


def _numbered_top(starts: list[tuple[int, str]], lo: int) -> int:
    """The 序号 cell a few lines above the header cells from ``lo``, over words no list
    knows or that read like a name (幼儿园, 班级 …: short cells without digits), when
    the header so widened is followed by the first record's number; else ``lo``."""
    for j in range(lo - 1, max(-1, lo - 5), -1):
        cell = _norm(starts[j][1])
        if cell in ("序号", "编号"):
            return j if _first_serial_after(starts, lo) else lo
        if not cell or len(cell) > 10 or _DIGIT.search(cell) or not _CJK.match(cell):
            return lo
    return lo


def _first_serial_after(starts: list[tuple[int, str]], lo: int) -> bool:
    """Whether the header cells from ``lo`` run (up to 16 lines) to a line holding 1."""
    for j in range(lo, min(len(starts), lo + 16)):
        cell = _norm(starts[j][1])
        if _serial(starts[j][1]) == 1:
            return True
        if not cell or len(cell) > 10 or _DIGIT.search(cell):
            return False
    return False


def _serial(line: str, prefix: str | None = None) -> int | None:
    """A record's number: the line's serial, or with ``prefix`` the count that ends a
    record's key code of that prefix ("DJ-2024-0007": 7 after "DJ-2024-")."""
    s = _norm(line)
    if prefix is None:
        return int(s) if _SERIAL.fullmatch(s) else None
    m = _KEY_CODE.fullmatch(s) if s.startswith(prefix) else None
    return int(m.group(2)) if m and m.group(1) == prefix else None


# a record's key whose last digits count the records ("MS-TS-2025-004", "JJBY2408-0069",
# "SL2024017"): letters first, the count after a dash or the prefix's digits
_KEY_CODE = re.compile(r"([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*[-_])(\d{2,4})")


def _key_prefix(header: str, cell: str) -> str | None:
    """The prefix of the records' key codes when the first header names a number
    (登记号, 受理编号, 编号) and the first record's cell is such a code."""
    if not header.endswith("号") or len(header) > 6:
        return None
    m = _KEY_CODE.fullmatch(_norm(cell))
    return m.group(1) if m else None


def _record_length(
    starts: list[tuple[int, str]], row: int, width: int, prefix: str | None = None
) -> int:
    """Lines of the numbered record at ``row``: ``width``, or fewer when its empty cells
    were dropped with the blank lines (the next record's number comes sooner)."""
    n = _serial(starts[row][1], prefix)
    end = row + width
    if n is None or end >= len(starts) or _serial(starts[end][1], prefix) == n + 1:
        return width
    for d in range(width - 1, max(1, width // 2) - 1, -1):
        if _serial(starts[row + d][1], prefix) == n + 1:
            return d  # (the longest record that the next number closes: a count of 2
            # persons inside it is not the next row)
    return width


def _stacked(
    text: str, starts: list[tuple[int, str]], k: int, out: list[Candidate]
) -> tuple[int, float]:
    """A table flattened to one cell a line; the person header is line ``k`` of ``starts``.
    Returns the line after the table and how well its records align.

    The header block runs over the header cells around line ``k`` (in a numbered table,
    up to the first record's number, whatever words its last cells use). Where it ends
    is not always clear ("长岭村" may be a header's 村 or a record's first cell): each
    end from line ``k`` on is tried and the one whose records align best is kept.
    """
    lo = _numbered_top(starts, _header_run(starts, k, -1))
    hi = _header_run(starts, k, 1)
    ends = list(range(lo + 1 if lo + 1 > k else k, hi + 1))
    # the last header cells may be words no list knows (工种, 毕业院校): tried as well
    for extra in (1, 2, 3, 4):
        if hi + extra < len(starts) and _unknown_header(starts[hi + extra][1]):
            ends.append(hi + extra)
        else:
            break
    if _norm(starts[lo][1]) in ("序号", "编号"):
        # a numbered table: the header runs up to the first row's number, whatever words
        # its last cells use (供养方式, 发放渠道)
        j = hi + 1
        while j < len(starts) and j - lo < 16:
            cell = _norm(starts[j][1])
            if not cell or _bare_len(cell) > 10 or any(c.isdigit() for c in cell):
                break
            j += 1
        if j > hi + 1 and j < len(starts) and _serial(starts[j][1]) is not None:
            ends = [j - 1]
    # the first header cell may be a word no list knows too (中标候选人排序): tried as well
    # (not above a numbered table's 序号, where the header opens)
    tops = [lo]
    if (
        lo > 0
        and _norm(starts[lo][1]) not in ("序号", "编号")
        and _unknown_header(starts[lo - 1][1])
    ):
        tops.append(lo - 1)
    best: tuple[float, int, list[Candidate]] | None = None
    for top in tops:
        for end in reversed(ends):  # the widest header first: it wins a tie
            found: list[Candidate] = []
            row, score = _records(starts, top, end, found)
            if best is None or score > best[0]:
                best = (score, row, found)
    if best is None:
        return k + 1, 0
    out += best[2]
    return best[1], best[0]


def _records(
    starts: list[tuple[int, str]], lo: int, hi: int, out: list[Candidate]
) -> tuple[int, float]:
    """The records under the header ``starts[lo : hi + 1]``: where they end, and a score
    of their alignment (a person's name or an ID where its column says, less a word
    where a name should stand).

    Records follow, ``width`` lines each; a repeated header (the table going on after a
    page break) is skipped, and a numbered record whose empty cells were dropped is read
    as far as its cells go.
    """
    header = [_norm(s) for _p, s in starts[lo : hi + 1]]
    width = len(header)
    kinds = held_columns(header, _kinds(header))  # 原船东, 新船东 by 新船东身份证号
    numbered = header[0] in ("序号", "编号")
    row = prev = hi + 1
    # records keyed by a code that counts them ("登记号" over "DJ-2024-0007"): numbered
    # by the code's count, so that a record whose empty cells were dropped is read whole
    prefix = None
    if row < len(starts) and (not numbered or _serial(starts[row][1]) is None):
        prefix = _key_prefix(header[0], starts[row][1])
        numbered = numbered or prefix is not None
    score = 0.0
    voted = {col: [] for col, _kind in kinds if voted_header(header[col])}  # (columnvote)
    while row + width <= len(starts):
        block = starts[row : row + width]
        if [_norm(s) for _p, s in block] == header:
            row += width  # the header again, on the next page
            continue
        if _norm(block[0][1]).startswith("小计") and not numbered:
            row += width  # a group's subtotal, a record of its own: the table goes on
            continue
        if numbered and _serial(block[0][1], prefix) is None:
            break
        going = (
            numbered
            and row > hi + 1
            and _serial(block[0][1], prefix) == _serial(starts[prev][1], prefix) + 1
        )
        # (a numbered record that follows its predecessor: a word like 低保户 is its cell)
        if any(
            not going and _is_header_cell(s) and _column_kind(s) == "name" for _p, s in block
        ) or all(_is_header_cell(s) for _p, s in block):
            break  # the next table's header, or this header's own cells (read too narrow)
        length = _record_length(starts, row, width, prefix) if numbered else width
        block = block[:length]
        cells = [block[col][1] if col < length else "" for col, _kind in kinds]
        if not all(_fits(kind, cell) for (_col, kind), cell in zip(kinds, cells, strict=True)):
            if not (numbered and _next_serial(starts, row, length, prefix)):
                break  # a cell out of its column: the table has ended (or lost its alignment)
            # (a numbered record the next number closes keeps its alignment: a cell of
            # words where a number or a name should stand, "无", "新加坡护照（号码略）")
        n = len(out)
        _emit(kinds, [(s, p) for p, s in block], header, 0, out)
        for col, cells_of in voted.items():
            cells_of.extend([(block[col][1], block[col][0])] if col < length else [])
        record_phones(header, block, out[n:], out)  # its phone cells (stackedphones)
        for (_col, kind), cell in zip(kinds, cells, strict=True):
            if _typical(kind, cell):
                score += 1
            elif kind in ("name", "maybe_name") and not _OFFICIAL.fullmatch(cell.strip()):
                score -= 0.5  # a word in the name column: misaligned (or a rare name)
        score += 0.01
        prev = row
        row += length
    for cells_of in voted.values():
        vote_column(cells_of, out)
    return row, score


def _next_serial(
    starts: list[tuple[int, str]], row: int, length: int, prefix: str | None = None
) -> bool:
    """Whether the line after the numbered record at ``row`` holds the next number."""
    n = _serial(starts[row][1], prefix)
    return (
        row + length < len(starts)
        and n is not None
        and _serial(starts[row + length][1], prefix) == n + 1
    )


def _typical(kind: str, cell: str) -> bool:
    """Whether a cell holds what its column is for: a person's name, an ID."""
    cell = cell.strip(" \u3000")
    if kind in ("name", "maybe_name"):
        piece = _FIRST_PIECE.match(cell)
        return bool(piece) and (v.plausible_name(piece.group()) or "·" in piece.group())
    if kind == "id":
        return bool(_ID.fullmatch(cell))
    return False


def _fits(kind: str, cell: str) -> bool:
    """Whether a cell can stand in a column of ``kind`` (the record is aligned)."""
    cell = cell.strip(" \u3000")
    if kind == "name":
        if cell in _NOBODY:
            return True  # "无", "—": no person in this record's cell
        return bool(_NAME_PIECE.search(cell)) and not _DIGIT.search(cell)
    if kind == "id":
        return not cell or not _CJK.match(cell)  # a name or a place in an ID column: shifted
    return True


def _stacked_tables(text: str, header_lines: list[int], out: list[Candidate]) -> None:
    """The tables whose person header is at one of ``header_lines``.

    An empty cell is a blank line where every cell has its line, and no line where
    blank lines were dropped or separate every line: each table is read both ways
    (blank lines as empty cells, and blank lines skipped) and the reading whose records
    align best is kept.
    """
    kept = [(p, s) for p, s in _lines(text, 0) if not _PAGE_LINE.fullmatch(s)]
    dense = [(p, s) for p, s in kept if s.strip()]
    readings = [(dense, {p: k for k, (p, _s) in enumerate(dense)})]
    if len(dense) < len(kept):
        readings.append((kept, {p: k for k, (p, _s) in enumerate(kept)}))
    done = -1  # where the last table read ends, in the text
    for line_start in header_lines:
        if line_start <= done:
            continue
        best: tuple[float, int, list[Candidate]] | None = None  # score, end, findings
        blanks = text.find("\n\n", line_start, line_start + 4000) >= 0
        for lines, index in readings if blanks else readings[:1]:
            k = index.get(line_start)
            if k is None:
                continue
            found: list[Candidate] = []
            end, score = _stacked(text, lines, k, found)
            if best is None or score > best[0]:
                best = (score, lines[end - 1][0] if end > k else line_start, found)
        if best is not None:
            out += best[2]
            done = best[1]
