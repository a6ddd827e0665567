"""The header over a value in a table, whatever its layout (issue 16, docs56–docs60), and
what the header says the value is.

- **A person's own column.** A column headed 个人邮箱, 私人邮箱, 本人邮箱, 住宅电话,
  家庭电话, 个人手机 … holds each row's own mailbox or phone, though the row opens with a
  unit (a village service station and the person running it): the header wins over the
  reading of the row as a unit's (``personmail.personal_mail``).
- **A unit's column.** A mailbox under 单位邮箱, 站点邮箱, 投诉邮箱 and a landline under
  站点电话, 卫生室电话, 办公电话 are the unit's, though the row holds a person's mobile.
- **Another number's column.** Eleven digits under 准考证号, 考生号, 学籍号, 报名序号,
  工号, 编号 … are that number, not a mobile, even when they start 13… (a one-cell-a-line
  list of exam candidates).

The header is looked for in a delimited table (tabs, bars, commas; an HTML table is
flattened with tabs), in a table aligned with spaces (by display column) and in a table
flattened to one cell a line (by the cell's place in its record). Only a header the
value's own layout puts over it counts; a value in prose has none.

Speed: a table is read only when a header word stands within the 6,000 characters before
the value: for the number and the unit's mailbox, where their words end is found once a
text (one ``memchr`` walk for 号 and 箱); for a person's own column, by ``str.find``
(``personal_mail`` asks it for few values).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .gapalign import _GAP_CELL, cell_at, display_columns
from .unitcolumns import row_position, rows_above
from .wordfind import blank

_SEPARATORS = ("\t", "|", "｜", "│", ",")
_DATA = re.compile(r"\d{5}")
_SERIAL = re.compile(r"\d{1,3}[.、．]?")
_SPAN = 6000
_VALUE = re.compile(r"[^\s|｜│,，、;；]*")

# a header naming the column a person's own: 个人邮箱, 本人电子邮箱, 住宅电话, 家庭固话, 个人手机
_OWN_WORDS = ("个人", "私人", "本人", "住宅", "家庭", "私宅", "宅电")
_OWN_HEADER = re.compile(
    r"(?:个人|私人|本人|住宅|家庭|私宅)(?:联系|常用)?(?:电子)?"
    r"(?:邮箱|信箱|邮件|[Ee]-?mail|电话|手机|座机|固话)(?:地址|号码)?|宅电"
)
# a header naming another number: an exam's, a student's, a registration's, a staff serial
_NUMBER_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:准考证|考生|考籍|学籍|学生|报名|报考|注册|登记|人员|职工|员工|"
    r"证书|档案|考试)?(?:号码?|序号|编号|编码)"
)
_NUMBER_HEADER_WORD = re.compile(r"准考证|考号|考生号|考籍|学籍|学号|报名|报考|序号|工号|编号|编码")
_NUMBER_LABEL = re.compile(
    r"(?:准考证|考生|考籍|学籍|报名序|报考序|工)号(?:码)?(?:为|是)?[:：]?[ \u3000]*$"
)
# a header naming the column a unit's mailbox: 单位邮箱, 站点电子邮箱, 投诉邮箱, 公司邮箱
_UNIT_MAIL_HEADER = re.compile(
    r"(?:单位|站点?|网点|服务点|驿站|门店|公司|企业|机构|办公|投诉|举报|监督|咨询|公共|对公|官方|"
    r"中心|医院|学校|社区|村委会?|居委会?)(?:电子)?(?:邮箱|信箱)"
)
# the last character of _UNIT_MAIL_HEADER's unit words (before 邮箱 / 信箱 or 电子邮箱)
_UNIT_MAIL_LAST = frozenset("位站点驿店司业构公诉报督询共方心院校区会")
# a header naming a unit's phone: 站点电话, 卫生室座机, 村委会联系电话, 办公电话, 网点电话
_UNIT_PHONE_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:站点?|网点|服务点|驿站|卫生室|卫生院|诊所|医院|学校|幼儿园|公司|企业|合作社|"
    r"村委会?|居委会?|社区|单位|机构|中心|窗口|所|局|办(?:公室?)?|门店)(?:联系|值班|办公|固定)?(?:电话|座机)(?:号码)?"
)
_UNIT_PHONE_LAST = frozenset("站点室院所校园司业社会区位构心口局办店班公")
_PHONE_WORD = re.compile(r"电话|手机|联系|号码$|座机|固话")


def _delimited(text: str, start: int, words: re.Pattern) -> str | None:
    place = row_position(text, start, _SEPARATORS)
    if place is None:  # the row's first cell: its separator after it
        line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
        if (line_start == 0 and start > 400) or text[line_start:start].strip(" \u3000"):
            return None  # (the window's test first: no slice of the text from its start)
        after = text[start : start + 40]
        sep = next((s for s in _SEPARATORS if s in after), None)
        if sep is None or sep == ",":
            return None  # (a comma after a first value may be prose's)
        place = (line_start, sep, 0)
    line_start, sep, index = place
    for line in rows_above(text, line_start, most=40):
        if line.count(sep) < (index or 1) or _DATA.search(line) or not words.search(line):
            continue  # a blank line between an HTML table's rows, a row of data
        cell = line.split(sep)[index].strip(" \u3000\"'*")
        if cell and not cell.strip("-:：=—_ "):
            continue  # a markdown table's rule under its header
        return cell or None
    return None


def _aligned(text: str, start: int, words: re.Pattern) -> str | None:
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None
    line_end = text.find("\n", start)
    if line_end < 0:
        line_end = len(text)
    if text.find("  ", line_start, line_end) < 0 or "  " not in text[line_start:line_end].strip():
        return None  # (no row of a table aligned with spaces: its first cell too; the
        # line's copy made only when a gap is in it)
    column = display_columns(text[line_start : start + 1])[start - line_start]
    for line in rows_above(text, line_start, most=40):
        if "  " not in line.strip() or _DATA.search(line) or not words.search(line):
            continue
        # a ragged row (a long cell pushing the next ones right) of as many cells as its
        # header: the header cell of the same rank, whatever the display columns say
        heads = _GAP_CELL.findall(line)
        cells = [m.start() for m in _GAP_CELL.finditer(text, line_start, line_end)]
        if len(cells) == len(heads) > 1:
            return heads[bisect_right(cells, start) - 1]
        return cell_at(line, column)
    return None


def _stacked(
    text: str, start: int, end: int, words: re.Pattern, *, parted: bool = False
) -> str | None:
    """The header cell over a value alone on its line, under a block of header cells one
    a line ("序号\\n姓名\\n…"): its place counted from its record's serial line, else from
    the blank line that ends the record before, else from the header (records packed;
    not when ``parted``: only records parted by serials or blank lines are read)."""
    line_start = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    if line_start == 0 or not blank(text, line_start, start):
        return None
    stop = text.find("\n", end)
    if not blank(text, end, stop if stop >= 0 else len(text)):
        return None
    lines = text[max(0, line_start - _SPAN) : line_start].split("\n")[:-1]
    lines = [x.strip(" \u3000\t") for x in lines]
    top = next(
        (
            k
            for k in range(len(lines) - 1, -1, -1)
            if len(lines[k]) <= 10 and words.search(lines[k])
        ),
        None,
    )
    if top is None:
        return None

    def _cell(x: str) -> bool:
        return 0 < len(x) <= 10 and not any(c.isdigit() for c in x)

    lo = top
    while lo > 0 and _cell(lines[lo - 1]):
        lo -= 1
    hi = top + 1
    while hi < len(lines) and _cell(lines[hi]):
        hi += 1
    header = lines[lo:hi]
    body = lines[hi:]
    if len(header) < 3 or not body:
        return None
    back = len(body)  # lines of the body above the value
    serial = next(
        (
            k
            for k in range(back - 1, max(-1, back - len(header) - 1), -1)
            if _SERIAL.fullmatch(body[k])
        ),
        None,
    )
    if serial is not None and header[0] in ("序号", "编号", "No", "NO", "No."):
        offset = back - serial
    elif body[0] == "" and "" in body:  # records parted by blank lines
        offset = back - 1 - max(k for k in range(back) if body[k] == "")
    elif parted:
        return None  # (packed records: a title or a note above the header miscounts them)
    else:
        offset = back % len(header)
    return header[offset] if 0 <= offset < len(header) else None


def parted_header_over(text: str, start: int, end: int, words: re.Pattern) -> str | None:
    """The header cell over a value alone on its line in a table flattened to one cell a
    line whose records are parted by serial lines or blank lines (privfix16ic)."""
    return _stacked(text, start, end, words, parted=True)


def header_over(text: str, start: int, end: int, words: re.Pattern) -> str | None:
    """The header cell over the value at ``start``–``end`` in a table of any layout."""
    return (
        _delimited(text, start, words)
        or _aligned(text, start, words)
        or _stacked(text, start, end, words)
    )


def without_names_headed(text: str, cands: list, head: re.Pattern, cell) -> list:
    """``cands`` without the names whose cell ``cell(s, e)`` accepts and whose column's
    header cell is all ``head`` (its spaces, quotes and stars aside): the passes that read a
    unit's column by its header and a name's cell by its own shape (unitcontactcols,
    unitpostcells)."""
    drop = set()
    for s, e, k, _c in cands:
        if k != "name" or not cell(s, e):
            continue
        over = header_over(text, s, e, head)
        if over and head.fullmatch(over.strip(" \u3000\"'*")):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]


def without_names_marked(
    text: str, cands: list, marks: list[int], span: int, words: re.Pattern, header
) -> list:
    """``cands`` without the names standing at most ``span`` after one of ``marks`` (the
    sorted places of a header word) whose column's header cell (``header_over`` by ``words``)
    ``header(cell)`` accepts: the passes that drop a staff column by its header
    (deskduties, surveyorcols)."""
    out = []
    for c in cands:
        if c[2] == "name":
            k = bisect_left(marks, c[0])
            if k and c[0] - marks[k - 1] <= span and header(header_over(text, c[0], c[1], words)):
                continue
        out.append(c)
    return out


def _near(text: str, start: int, words: tuple[str, ...]) -> bool:
    lo = start - _SPAN if start > _SPAN else 0
    return any(text.find(w, lo, start) >= 0 for w in words)


def own_column(text: str, start: int, end: int | None = None) -> bool:
    """Whether the mailbox or phone at ``start`` stands under a header naming it a
    person's own (个人邮箱, 住宅电话 …); ``end``: the value's end (its run of signs)."""
    if not _near(text, start, _OWN_WORDS):
        return False
    if end is None:
        end = _VALUE.match(text, start).end()
    cell = header_over(text, start, end, _OWN_HEADER)
    return bool(cell and _OWN_HEADER.search(cell))


def number_column(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` stands under a header naming another number
    (准考证号, 学籍号, 报名序号, 工号 …) and no phone."""
    cell = header_over(text, start, end, _NUMBER_HEADER_WORD)
    return bool(
        cell
        and _NUMBER_HEADER.fullmatch(cell)
        and _NUMBER_HEADER_WORD.search(cell)
        and cell != "序号"  # (a table's first column: a misread place, no number of its own)
        and not _PHONE_WORD.search(cell)
    )


def unit_mail_column(text: str, start: int, end: int) -> bool:
    """Whether the mailbox at ``start`` stands under a header naming it a unit's
    (单位邮箱, 站点邮箱, 投诉邮箱 …)."""
    cell = header_over(text, start, end, _UNIT_MAIL_HEADER)
    return bool(cell and _UNIT_MAIL_HEADER.search(cell) and not _OWN_HEADER.search(cell))


def _number_marks(text: str) -> list[int]:
    """Where a number's header word ends (考号, 考生号, 准考证号, 学籍号, 学号, 工号, 编号,
    报名序号), in order: one search led by 号 (the engine's ``memchr``) with the words
    before it as look-behinds, 身份证号 and a bare 序号 left out."""
    return [m.start() for m in _NUMBER_MARK.finditer(text, 2)]


# (the character before 号 first, one look-behind for the four: most 号 stand after a
# digit, and each look-behind tried costs as much as the stop itself)
_NUMBER_MARK = re.compile(
    "号(?<=[考生籍学工证序编]号)"
    "(?:(?<=[考生籍学工]号)|(?<=考证号)|(?<=[名考]序号)|(?<=[员工生人籍]编号))"
)


def _unit_mail_marks(text: str) -> list[int]:
    """Where a unit's mailbox word ends (单位邮箱, 站点信箱, 投诉邮箱 …), in order."""
    out = []
    k = text.find("箱", 2)
    while k >= 0:
        unit = text[k - 4] if text[k - 3 : k - 1] == "电子" else text[k - 2]
        if text[k - 1] in "邮信" and unit in _UNIT_MAIL_LAST:
            out.append(k)
        k = text.find("箱", k + 1)
    return out


def _after_mark(marks: list[int], start: int) -> bool:
    i = bisect_left(marks, start)
    return i > 0 and start - marks[i - 1] <= _SPAN


def _unit_phone_marks(text: str) -> list[int]:
    """Where a unit's phone word ends (站点电话, 卫生室座机, 办公电话 …), in order."""
    out = []
    for sign, first in (("话", "电"), ("机", "座")):
        k = text.find(sign, 2)
        while k >= 0:
            if text[k - 1] == first and text[k - 2] in _UNIT_PHONE_LAST:
                out.append(k)
            k = text.find(sign, k + 1)
    return sorted(out)


def unit_phone_column(text: str, start: int, end: int) -> bool:
    """Whether the landline at ``start`` stands under a header naming a unit's phone
    (站点电话, 卫生室电话, 办公电话), not a person's own (个人, 住宅 …)."""
    cell = header_over(text, start, end, _UNIT_PHONE_HEADER)
    return bool(cell and _UNIT_PHONE_HEADER.fullmatch(cell) and not _OWN_HEADER.search(cell))


def settle_columns(text: str, cands: list) -> list:
    """``cands`` less the mobiles under another number's header or label and the
    mailboxes under a unit's mailbox header."""
    numbers: list[int] | None = None
    mails: list[int] | None = None
    phones: list[int] | None = None
    drop = set()
    for i, c in enumerate(cands):
        kind = c[2]
        if kind == "mobile":
            start = c[0]
            if "号" in text[start - 8 if start > 8 else 0 : start] and _NUMBER_LABEL.search(
                text, start - 12 if start > 12 else 0, start
            ):
                drop.add(i)  # "准考证号：130…", "您的考生号为130…"
                continue
            if numbers is None:
                numbers = _number_marks(text)
            if numbers and _after_mark(numbers, start) and number_column(text, start, c[1]):
                drop.add(i)
        elif kind == "email":
            if mails is None:
                mails = _unit_mail_marks(text)
            if mails and _after_mark(mails, c[0]) and unit_mail_column(text, c[0], c[1]):
                drop.add(i)
        elif kind == "landline":
            if phones is None:
                phones = _unit_phone_marks(text)
            if phones and _after_mark(phones, c[0]) and unit_phone_column(text, c[0], c[1]):
                drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
