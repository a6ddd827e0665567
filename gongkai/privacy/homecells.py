"""A street and house number that is a home by the cell or label it stands in (issue 16,
after docs103–docs105). ``scanner`` takes a bare street address ("某镇某路71号") only after
a residence word on its line or with an estate after it; two layouts give the residence
word elsewhere:

- a table flattened to one cell a line ("序号\\n养犬人\\n住址\\n联系电话\\n…", then each
  record's cells one a line): the address alone on its line is read under the header cell
  at its place in the record (``stackedheader.stacked_place_header``); a header naming
  a residence (住址, 居住地址, 家庭住址, 户籍地址 …: ``patterns.RESIDENCE``) makes it a home,
  a business's, a sign's or a unit's place (经营地址, 设置地点, 单位地址) does not;
- a label naming a dwelling's location ("房屋坐落：", "出租房屋地址：", "住房位置：") opening
  its line or following a field: the house is someone's home, a rented flat its tenant's.

Speed: both are asked only for a street address ``scanner`` would otherwise drop, and the
stacked header only when the address opens its line.
"""

from __future__ import annotations

import re

from .patterns import RESIDENCE
from .stackedheader import stacked_place_cells

# a dwelling's location: 房屋坐落, 出租房屋地址, 住房位置, 租住房屋座落 … then a sign
_DWELLING_LABEL = re.compile(
    r"(?:房屋|住房|住宅|出租屋|出租房|租赁房|租住房|宅基地)(?:坐落|座落|地址|位置|所在地)"
    r"(?:地|于)?[ \u3000]*[:：][ \u3000]*$"
)
# a unit's or a business's word before the dwelling's label (单位房屋坐落, 经营用房): no home
_UNIT_BEFORE = re.compile(r"(?:单位|公司|企业|经营|营业|办公|商业|厂)[\u4e00-\u9fff]{0,2}$")
_PLACE = re.compile(r"[路街巷村组镇乡区县市号室]")
_CELL_ENDS = frozenset("号室房组")
_STREET = re.compile(r"[路街巷村组镇乡区县]")
_NUMBERED = re.compile(r"第\d+号|[〔\[［(（]\d{4}[〕\]］)）]")  # a document's number
# what a header also names that is no home (住址/经营场所 stays a home by its first word)
_NOT_HOME = re.compile(r"单位|办公|企业|公司|机构|注册|工作")


def home_cell(text: str, start: int) -> bool:
    """Whether the street address at ``start`` is a home by its stacked column's header
    or by a dwelling's label right before it."""
    lo = start - 14 if start > 14 else 0
    if "：" in text[lo:start] or ":" in text[lo:start]:
        label = _DWELLING_LABEL.search(text, lo, start)
        if label is not None:
            return not _UNIT_BEFORE.search(text, max(0, label.start() - 4), label.start())
    if text[start - 1 : start] in ("在", "于"):
        return _own_house(text, start)
    if start and text[start - 1] != "\n":
        return False  # (no cell of its own: a stacked table's cell opens its line)
    got = stacked_place_cells(text, start)
    if got is not None and not _NOT_HOME.search(got[0]) and RESIDENCE.search(got[0]):
        if _aligned(text, start, got[1]):
            return True
    header = _walked_header(text, start)
    return bool(header and not _NOT_HOME.search(header) and RESIDENCE.search(header))


# the writer's own house at the address: "我在某镇某路15号有两间…住房出租", "本人在…有一套房屋"
_OWNER_BEFORE = re.compile(r"(?:我|本人|我家|我们家|我们)[ \u3000]*[在于]$")
_HOUSE_AFTER = re.compile(
    r"[^，,。；;！？\n]{2,40}?号[^，,。；;！？\n]{0,12}?有[^，,。；;！？\n]{0,14}?(?:住房|房屋|房子|住宅|宅基地|楼房)"
)


def _own_house(text: str, start: int) -> bool:
    """The writer's own house at the address, in prose: 我/本人 在 … 有 … 住房."""
    return bool(
        _OWNER_BEFORE.search(text, start - 6 if start > 6 else 0, start)
        and _HOUSE_AFTER.match(text, start)
    )


def _place_cell(line: str) -> bool:
    line = line.strip(" \u3000\t")
    return (
        4 <= len(line) <= 40
        and line[-1:] in _CELL_ENDS
        and any(c.isdigit() for c in line)
        and "：" not in line
        and _STREET.search(line) is not None
        and _NUMBERED.search(line) is None
    )


def _walked_header(text: str, start: int) -> str | None:
    """The header cell over an address cell of a packed table one cell a line, read by
    the table's own period: the nearest address cell above or below (as many lines away as
    a record has cells), then up record by record over address cells to the first line
    that is none — the column's header cell, when the records are all as long (a header
    block that no header word marks whole: "决定书文号" above "当事人")."""
    lo = start - 4000 if start > 4000 else 0
    above = text[lo : start - 1].split("\n")[::-1]  # nearest first
    end = text.find("\n", start)
    below = text[end + 1 : end + 2000].split("\n") if end >= 0 else []
    period = next((i + 1 for i, line in enumerate(above[:30]) if _place_cell(line)), 0)
    if not period:
        period = next((i + 1 for i, line in enumerate(below[:30]) if _place_cell(line)), 0)
    if period < 3:
        return None  # (two address columns side by side: no period of a record)
    k = period - 1
    while k < len(above) and _place_cell(above[k]):
        k += period
    if k >= len(above):
        return None
    cell = above[k].strip(" \u3000\t")
    if not cell or len(cell) > 10 or any(c.isdigit() for c in cell):
        return None
    return cell


def _aligned(text: str, start: int, size: int) -> bool:
    """The record above holds a place at the same line of its record (``size`` lines up),
    or the header's own cells stand there: the records are packed as many lines as the
    header has cells, no record longer than the others ("继承人另有X" on a line of its own
    shifts every cell after it)."""
    pos = start - 1
    for _ in range(size):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return False
    end = text.find("\n", pos + 1)
    line = text[pos + 1 : end].strip(" \u3000\t")
    if RESIDENCE.search(line) and len(line) <= 10:
        return True  # the header's cell itself: the first record
    return any(c.isdigit() for c in line) and _PLACE.search(line) is not None
