"""An address that is a unit's site by its row or its record (issue 16, after docs106–docs108).

The grammar of a household's house number (``houses``: a lane before the number, a
village group …) makes an address a home wherever it stands; two layouts say whose
place it is instead:

- **a unit's row**: in a table (tabs, bars, commas) the address's column header names an
  address ("地址", "单位地址", "所在地", "坐落") and no home (住, 居, 家, 户籍 …), and
  either the header's own word names a unit (单位地址, 企业地址, 学校地址, 机构地址) or the
  row's cell under the table's name column (X名称 for an "X地址" column, else a header
  ending in 名称: 单位名称, 企业名称, 场所名称) is a unit's name (…敬老院, …有限公司):
  the unit's address, listed for the unit, not a household's;
- **a record's kind of place**: a record (an XML element's fields, key-value lines
  between rules or blank lines, one JSON object a line) whose field naming the kind of
  the place (场所类别, 起火场所类别, 建筑类型, 房屋用途, 场所性质 …) holds a unit's premises
  (企业厂房, 商铺, 仓库, 学校, 办公楼) and no dwelling (居民住宅, 民房, 自建房): the incident's
  site is that unit's, though its address is written like a house's.

Speed: asked only for an address candidate; the row's header only when the address
stands in a delimited row one of whose cells may be a unit's name; the record's fields
only when the address is a field's value (after a tag, a colon or a quote), within a
field line's reach (no pass over the whole text).
"""

from __future__ import annotations

import re

from .alternation import led
from .ownercells import UNIT_CELL, UNIT_ENDS
from .unitcolumns import rows_above

_SEPARATORS = ("\t", "|", "｜", "│", ",")
_DIGIT = re.compile(r"\d")
_RULE = re.compile(r"[\s|｜│:：\-—=+,]*")
# an address column's header and the word before it ("单位地址" → 单位)
_ADDRESS_HEAD = re.compile(r"(.{0,8}?)(?:地址|所在地|所在位置|地点|位置|坐落|座落)")
_HOME = re.compile(r"住|居|家|户籍|户口|个人|本人|通讯|联系|寄|收件|送达")
# a unit's domicile, the legal word for its seat ("单位住所", "企业住所"): its address
_UNIT_SEAT = re.compile(r"(.{0,8}?)住所地?")
_UNIT_HEAD = re.compile(
    r"(?:单位|企业|公司|机构|学校|医院|工厂|厂|门店|店铺|商户|场所|机关|法人|组织)$"
)
_NAME_HEADER = re.compile(r"[\u4e00-\u9fff]{0,6}名称")


def _cells(line: str, sep: str) -> list[str]:
    return [c.strip(" \u3000\"'“”") for c in line.split(sep)]


def _unit_row(text: str, start: int, begin: int = -1) -> bool:
    if begin < 0:
        begin = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
        if begin == 0 and start > 600:
            return False
    before = text[begin:start]  # (empty where the caller's line start is ``start``: no row)
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None:
        return False
    end = text.find("\n", start, start + 600)
    line = text[begin : min(len(text), start + 600) if end < 0 else end]
    if sep == "," and ("，" in line or "。" in line or line.count(",") < 2):
        return False  # (a sentence with a comma, not a CSV's row)
    row = _cells(line, sep)
    index = before.count(sep)
    if not any(c.endswith(UNIT_ENDS) for k, c in enumerate(row) if k != index):
        return False  # (the cheap look first: no other cell may be a unit's name)
    header = None
    for line in rows_above(text, begin, most=60):
        if line.count(sep) < index or _RULE.fullmatch(line):
            continue
        if _DIGIT.search(line):
            continue  # a row of data
        header = _cells(line, sep)
        break
    if header is None or index >= len(header):
        return False
    seat = _UNIT_SEAT.fullmatch(header[index])
    if seat and _UNIT_HEAD.search(seat.group(1)):
        return True  # 单位住所, 企业住所: the unit's seat, not a home (住所 alone is a person's)
    m = _ADDRESS_HEAD.fullmatch(header[index])
    if m is None or _HOME.search(header[index]):
        return False
    word = m.group(1)
    if word and _UNIT_HEAD.search(word):
        return True  # 单位地址, 企业地址: a unit's column
    owner = None
    for k, cell in enumerate(header):
        if k == index:
            continue
        if (word and cell in (word, word + "名称")) or (
            owner is None and _NAME_HEADER.fullmatch(cell) and "工作" not in cell
        ):
            owner = k
    if owner is None or owner >= len(row):
        return False
    return UNIT_CELL.fullmatch(row[owner]) is not None


# a field naming the kind of place, then its value (XML, key-value, JSON)
_KIND_FIELD = led(
    r"(?:(?:场所|地点|建筑物?|房屋|处所|现场|起火点)(?:类别|类型|性质|分类|用途|种类)"
    r"|(?:起火|事发|案发|发生)场所)"
    r"[\"'”]?[ \u3000]*(?:[:：=]|>|\"?[ \u3000]*:)[ \u3000]*[\"'“]?([^\"'”<\n，,；;]{1,16})"
)
_PREMISES = re.compile(
    r"企业|工厂|厂房|厂区|车间|公司|商铺|商店|门店|店铺|商场|超市|市场|仓库|库房|学校|医院|"
    r"办公|工地|酒店|宾馆|旅馆|饭店|餐馆|加油站|娱乐|机关|单位|营业|生产|工业|经营"
)
_DWELLING = re.compile(r"住|民房|民宅|自建房|出租屋|宿舍|家庭|户")
_KIND_WORDS = (
    "类别",
    "类型",
    "性质",
    "用途",
    "种类",
    "起火场所",
    "事发场所",
    "案发场所",
    "发生场所",
)
# the sign right before a field's value: an element's tag, a key's colon, a JSON quote
_FIELD_ENDS = frozenset('>：:"“ \u3000=')
_STOP = ("{", "}", "[", "]", "【", "---", "===", "———", "</")


def _field_line(line: str) -> bool:
    stripped = line.strip(" \u3000\t\r")
    if not stripped or stripped.startswith(_STOP):
        return False
    if stripped.startswith("<") and "</" not in stripped:
        return False  # an element that opens a record
    return True


def _unit_record(text: str, start: int) -> bool:
    if text[start - 1 : start] not in _FIELD_ENDS:
        return False  # (the cheap look first: the address is no field's value)
    # the address's own line, at most 300 signs either side (a field, a JSON object)
    lo = text.rfind("\n", start - 300 if start > 300 else 0, start) + 1 or (
        start - 300 if start > 300 else 0
    )
    hi = text.find("\n", start, start + 300)
    hi = min(len(text), start + 300) if hi < 0 else hi
    for _ in range(12):  # up the record's fields (lines of a field's length)
        if lo == 0 or text[lo - 1] != "\n":
            break
        above = text.rfind("\n", lo - 200 if lo > 200 else 0, lo - 1) + 1
        if (above == 0 and lo > 200) or not _field_line(text[above : lo - 1]):
            break
        lo = above
    for _ in range(12):  # down the record's fields
        if hi >= len(text) or text[hi] != "\n":
            break
        below = text.find("\n", hi + 1, hi + 200)
        if below < 0:
            break
        if not _field_line(text[hi + 1 : below]):
            break
        hi = below
    record = text[lo:hi]
    if not any(w in record for w in _KIND_WORDS):
        return False
    for m in _KIND_FIELD.finditer(record):
        value = m.group(1)
        if _PREMISES.search(value) and not _DWELLING.search(value):
            return True
    return False


def unit_site(text: str, start: int, begin: int = -1) -> bool:
    """Whether the address at ``start`` is a unit's site by its row or its record
    (``begin``: where its line begins, as ``unitcontacts`` finds it, when found already)."""
    return _unit_row(text, start, begin) or _unit_record(text, start)
