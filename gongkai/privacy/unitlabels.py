"""A unit's landline by the words that name its owner right at the number (issue 16,
docs45). ``dutyphones.unit_landline`` asks ``unit_label_phone`` about every landline.

A form or a record of a person often gives, beside the person's own numbers, the
number of their employer, workshop, shop or village committee:

- a label naming a unit right before the number, whatever the separator (``单位电话｜``,
  ``服务站电话：``, ``经营部电话``, ``原单位人事部电话：``, ``个协电话``, ``【公司座机】``),
  not a person's (住宅电话, 家庭电话, 本人电话, 父母家中电话, 收件人电话);
- a unit taking calls for the person (``村委会代收：``, ``单位转告：``);
- a note naming a unit's shared line right after the number (``…（厂部）``, ``…（村委会）``,
  ``…（总机）``); not ``（单位）`` after a person's own number: their work line stays theirs;
- a hotline's label with a note of its hours (``应急电话（24小时）：``);
- a row of a list of places' numbers (``虔城区　　0797-…　　…@…``, one place a line, at
  least two such lines): each place's office, as ``placephones`` reads them on one line;
- a number alone on its line right under a line that is a unit's name (…有限公司,
  …医院, …厂（个人独资）), in a record (one field a line) that has already given the
  person's own number a few lines above, inside the same record (no blank line, serial
  number or rule between them): the employer's number beside the home one.
  A number noted as the home's (``（家）``) is not alone on its line and stays the
  person's; so does a number under a work unit when no own number came before.
"""

from __future__ import annotations

import re

from .patterns import LANDLINE_SHAPE

_UNIT_WORD = (
    r"(?:单位|公司|集团|厂部?|工厂|作坊|车间|站|部|店|社|协会|个协|商会|村委会?|居委会?|"
    r"学校|医院|卫生院|中心|办公室|门市|站点|网点)"
)
_SEP = r"[ \u3000\t]*[：:｜|】\]]?[ \u3000\t]*"
# a unit's label right before the number ("单位电话｜", "原单位人事部电话：", "【公司座机】")
_UNIT_LABEL = re.compile(
    rf"{_UNIT_WORD}(?:[\u4e00-\u9fff]{{0,4}}?部)?(?:联系|办公|值班)?(?:电话|座机|固话|固定电话|号码)"
    rf"(?:号码)?{_SEP}$"
)
# a unit taking the person's calls ("村委会代收：")
_UNIT_RELAY = re.compile(rf"{_UNIT_WORD}(?:代收|代接|转告|转达|代转){_SEP}$")
_LANDLINE = re.compile(LANDLINE_SHAPE)
# a unit's note right after the number ("（厂部）", "(村委会)")
_UNIT_NOTE = re.compile(
    r"(?:(?:转|分机)\d{1,6})?[（(](?:[\u4e00-\u9fff]{0,6}?)"
    r"(?:厂部|村委会?|居委会?|办公室|门市部?|总机|前台)[）)]"
)
# a line that is a unit's name, with an optional note ("…豆制品加工厂（个人独资）")
_UNIT_NAME_LINE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}(?:公司|集团|医院|卫生院|学校|小学|中学|大学|学院|幼儿园|"
    r"厂|中心|合作社|银行|酒店|宾馆)(?:[（(][^（()）\n]{1,10}[）)])?"
)
# a line holding only a phone number (the person's own, given before the employer)
_PHONE_LINE = re.compile(LANDLINE_SHAPE + r"|1[3-9]\d{9}")
# a hotline's label with a note of its hours or scope ("应急电话（24小时）：")
_NOTED_HOTLINE = re.compile(
    r"(?:应急|急救|救援|抢修|报修|值班|服务|咨询|投诉|举报|监督)(?:电话|热线)"
    r"[（(][^（()）\n]{1,10}[）)][：:]?[ \u3000]*$"
)
# a place's bare name opening a row, then a gap, then its number
_PLACE_CELL = re.compile(
    r"[ \u3000\t]*[\u4e00-\u9fff]{1,8}?(?:区|县|市|镇|乡|街道)"
    r"(?:[ \u3000]{2,}|[ \u3000]*[\t｜|][ \u3000]*)"
)
# where a record starts or ends: a blank line, a serial number, a rule
_RECORD_EDGE = re.compile(r"|\d{1,4}[.．、]?|[—\-=*_]{1,40}")
_EXTENSION = re.compile(r"(?:转|分机|-)\d{1,6}")


def unit_label_phone(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a unit's by the words right at it (above)."""
    before = text[start - 16 if start > 16 else 0 : start]
    if ("电话" in before or "座机" in before or "固话" in before or "号码" in before) and (
        _UNIT_LABEL.search(before)
    ):
        return True
    if "代" in before or "转" in before:
        if _UNIT_RELAY.search(before):
            return True
    if "）" in before or ")" in before:
        if _NOTED_HOTLINE.search(before):
            return True
    if _place_row(text, start):
        return True
    number = _LANDLINE.match(text, start)
    if number is None:
        return False
    end = number.end()
    if _UNIT_NOTE.match(text, end):
        return True
    return _under_unit_line(text, start, end)


def _under_unit_line(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] != "\n":
        return False
    ext = _EXTENSION.match(text, end)
    stop = ext.end() if ext else end
    if text[stop : stop + 1] not in ("\n", ""):
        return False  # a note after it ("（家）"): the home's
    lines = text[start - 240 if start > 240 else 0 : start - 1].split("\n")
    lines = [s.strip() for s in lines]
    if len(lines) < 2 or not _UNIT_NAME_LINE.fullmatch(lines[-1]):
        return False
    for line in reversed(lines[-5:-1]):  # back to the record's start, not into the last one
        if _PHONE_LINE.fullmatch(line):
            return True
        if _RECORD_EDGE.fullmatch(line):
            return False
    return False


def _place_row(text: str, start: int) -> bool:
    if not start or text[start - 1] not in " \u3000\t｜|":
        return False  # _PLACE_CELL's gap ends right before the number
    begin = text.rfind("\n", 0, start) + 1
    if not _PLACE_CELL.fullmatch(text, begin, start):
        return False
    above = text.rfind("\n", 0, begin - 1 if begin > 1 else 0) + 1
    after = text.find("\n", start)
    for k in (above if begin else -1, after + 1 if after >= 0 else -1):
        if k < 0 or k == begin:
            continue
        m = _PLACE_CELL.match(text, k)
        if m and _LANDLINE.match(text, m.end()):
            return True
    return False
