"""A landline in a table's column whose header names a unit ("卫生室电话", "单位电话",
"村委会座机", a placement base's "基地电话"): the clinic's, office's, committee's or base's
number, not the person's of the row (a column "本人手机" beside it holds theirs).

The number's cell is counted by the row's separator (a tab, "|", "│" or ","); the header
is the nearest line above holding a phone word and as many separators before that cell.
"""

from __future__ import annotations

import re

from .csvcells import quoted_index
from .keyedcsv import column_key
from .keymeaning import meaning
from .pertext import table
from .siblingkeys import sibling_unit_phone
from .staffkeys import staff_phone_key

_SEPARATORS = ("\t", "│", "|", ",")
_UNIT_PHONE_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:卫生室|卫生院|诊所|门诊部?|医院|单位|办公室?|机构|村委会?|居委会?|社区|学校|"
    r"幼儿园|公司|企业|合作社|基地|站|所|中心|窗口|办|局|科|股|处|网点|服务点|代理点|营业点|门店)"
    r"(?:联系|值班|固定|办公)?(?:电话|座机)(?:号码)?"
    r"|[\u4e00-\u9fff]{0,8}(?:值班|办公)(?:电话|座机)(?:号码)?"  # 应急办值班电话, 办公电话
    # a unit's public channel: the line a reader rings to book, ask or complain
    r"|(?:预约|咨询|监督|督办|受理|报名|服务|投诉|举报)(?:电话|热线|座机)(?:号码)?"
)
_PERSONAL = re.compile(r"本人|个人|家庭|住宅|私人|手机")
_DATA = re.compile(r"\d{5}")


# aligned columns: cells parted by a wide gap (two spaces or more, ideographic spaces)
_WIDE_GAP = "  "
_WIDE = re.compile(r" {2,}|\u3000+")


def _cell_at(line: str, sep: str, index: int) -> str | None:
    cells = _WIDE.split(line.strip(" \u3000")) if sep == _WIDE_GAP else line.split(sep)
    return cells[index].strip(" \u3000\"'") if index < len(cells) else None


# a column of a person's own number: the holder named in the header ("业主联系电话")
_PERSON_PHONE_HEADER = re.compile(
    r"(?:业主|户主|本人|个人|家庭|住宅|申请人|投诉人|举报人|当事人|经营者|监护人|代理人|"
    r"领衔人|提案人|附议人|信访人|反映人)"
    r"[\u4e00-\u9fff]{0,4}(?:电话|座机|固话)"
)


def rows_above(text: str, line_start: int, most: int | None = None):
    """The lines above the one starting at ``line_start``, nearest first, within 6,000
    characters (at most ``most`` of them), up to the first longer than 600 characters or cut
    by that window: a paragraph, not a row — the table, if any, ends there."""
    top = line_start - 6000 if line_start > 6000 else 0
    end = line_start - 1
    count = 0
    while end > top and (most is None or count < most):
        begin = text.rfind("\n", top, end) + 1
        if end - begin > 600 or (begin == 0 and top > 0):
            return
        yield text[begin:end]
        end = begin - 1
        count += 1


def rows_below(text: str, line_start: int, most: int):
    """The (at most ``most``) lines below the one starting at ``line_start``, nearest
    first; the counterpart of ``rows_above`` for a look down a table."""
    pos = text.find("\n", line_start)
    for _ in range(most):
        if pos < 0:
            return
        end = text.find("\n", pos + 1)
        yield text[pos + 1 : end if end >= 0 else len(text)]
        pos = end


def row_position(text: str, start: int, separators: tuple[str, ...]) -> tuple[int, str, int] | None:
    """(line start, separator, cell index) of the number at ``start`` in a delimited row;
    None in prose (no separator before it on its line, or no line start in 400 signs)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None
    before = text[line_start:start]
    sep = next((s for s in separators if s in before), None)
    if sep is None:
        return None
    if sep == "," and '"' in before:  # a quoted CSV cell's own commas ("12,800元") count not
        return line_start, sep, quoted_index(before)
    return line_start, sep, before.count(sep)


def _gaps(line: str) -> int:
    return len(_WIDE.findall(line))


def _aligned_row(before: str) -> bool:
    """Whether the line's part before the number is cells of aligned columns: it ends in a
    wide gap, no sign of prose in it."""
    return before.endswith(("  ", "\u3000")) and not any(c in before for c in "，。；：:,")


def header_cell(text: str, start: int, *, aligned: bool = False) -> str | None:
    """The header cell above the number at ``start`` in a table's column, if any."""
    found = header_line(text, start, aligned=aligned)
    return found[0] if found else None


Header = tuple[str, str, str, int]
# header_line's answers for a text, by the number's start and ``aligned`` (``pertext``):
# the phone passes ask again for the same numbers
_ASKED = "unitcolumns.header_line"


def header_line(text: str, start: int, *, aligned: bool = False) -> Header | None:
    """(header cell, header line, separator, cell index) of the number at ``start`` in a
    table's column: the header is the nearest line above holding a phone word and as many
    separators before that cell (a header of two rows: the upper row's cell when the lower
    one's is empty). ``aligned``: also columns aligned by wide gaps (asked where a unit's
    cell after the number would give it away: the header says whose it is)."""
    asked: dict[tuple[int, bool], Header | None] = table(_ASKED, text)
    key = (start, aligned)
    if key not in asked:
        asked[key] = _header_line(text, start, aligned)
    return asked[key]


def _header_line(text: str, start: int, aligned: bool) -> Header | None:
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return None  # no table's row: a line of prose
    before = text[line_start:start]
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None:
        if aligned and _WIDE_GAP in before and _aligned_row(before):
            sep = _WIDE_GAP  # aligned columns ("张三    0771-…    某县医院")
        elif before.count(";") < 2 or "；" in before or "，" in before or "。" in before:
            return None
        else:
            sep = ";"  # a CSV saved with semicolons (a spreadsheet set to a European locale)
    index = _gaps(before.strip(" \u3000")) + 1 if sep == _WIDE_GAP else before.count(sep)
    lines = rows_above(text, line_start)
    for line in lines:
        if (
            ("话" in line and ("电话" in line or "固话" in line))  # (one sign first: faster)
            or "座机" in line
            or "联系方式" in line
            or ("宅" in line and "宅电" in line)
        ) and (_gaps(line.strip(" \u3000")) if sep == _WIDE_GAP else line.count(sep)) >= index:
            if _DATA.search(line):
                continue  # a record's "电话回复", "座机已停机": no header holds a long number
            cell = _cell_at(line, sep, index)
            if cell == "":  # a header of two rows: the upper one's cell spans this one
                upper = next(lines, "")
                if upper.count(sep) >= index and not _DATA.search(upper):
                    return (_cell_at(upper, sep, index) or cell), line, sep, index
            return (cell or ""), line, sep, index
    return None


def unit_column(text: str, start: int) -> bool:
    """Whether the landline at ``start`` stands in a column headed by a unit's phone."""
    cell = header_cell(text, start)
    return bool(cell and _UNIT_PHONE_HEADER.fullmatch(cell) and not _PERSONAL.search(cell))


# a field's key in an export that names a unit's phone, in pinyin initials or English
# ("cbdwdh": 承办单位电话, "dwlxdh", "unit_tel", "orgPhone"), before a JSON, XML or
# key=value value: the unit's number, though the record holds the person's ID
_UNIT_KEY = re.compile(
    r"(?i)(?:dw|danwei|bm|bumen|jg|jigou|unit|org|organi[sz]ation|dept|department|office)"
    r"[_\-]?(?:lx|lianxi|contact)?[_\-]?(?:dh|dianhua|tel|telephone|phone)"
    r"(?:\"[ \t]*:[ \t]*\"|'[ \t]*:[ \t]*'|>|=[\"']?|[ \t]*[:=][ \t]*)$"
)

# any field's key before a value, read by its parts (``keymeaning``)
_ANY_KEY = re.compile(
    r"([A-Za-z][\w.\-]{0,40})(?:\"[ \t]*:[ \t]*\"|'[ \t]*:[ \t]*'|>|=[\"']?|[ \t]*[:=][ \t]*)$"
)


def unit_key(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the value of an export's field keyed as a unit's
    phone (``_UNIT_KEY``) or a staff's acting in office (``keymeaning``: jbrdh, shr_tel)."""
    if _UNIT_KEY.search(text, start - 40 if start > 40 else 0, start):
        return True
    key = _ANY_KEY.search(text, start - 48 if start > 48 else 0, start)
    if key:
        if meaning(key.group(1))[0] == "unit":
            return True  # station_tel, officePhone
        if sibling_unit_phone(text, start, key.group(1)):
            return True  # sfs "嘉定司法所" beside sfslxdh: the office's line
        return staff_phone_key(text, start, key.group(1))  # jbrdh, handler_tel: the clerk's desk
    head = column_key(text, start)  # a CSV headed by keys (keyedcsv): xm,sfzh,dwdh
    return bool(head) and meaning(head)[0] == "unit"


def person_column(text: str, start: int, *, aligned: bool = False) -> bool:
    """Whether the number at ``start`` stands in a column headed by a person's phone."""
    cell = header_cell(text, start, aligned=aligned)
    return bool(cell and _PERSON_PHONE_HEADER.search(cell))
