"""A landline-shaped code in a column of codes: a 0 that starts a serial, not an area.

Registers of candidates, students or cases carry a number of their own in a column of
fixed width — 准考证号, 考生号, 学号, 报名号, 证书编号 — and one in ten of those numbers
starts with 0. Written without a dash, "0" and eleven digits has the shape of an area
code and a local number ("083494256468"), so the landline pattern takes it. Whose
number it is does not matter there: it is no phone at all. The column says so in two
ways, read here:

* its header (a table's row of headers, in any delimited form) names a number of its own
  kind — its head is 号 or 码 (准考证号, 考生号, 报名序号, 证书编码) — and no phone word
  (电话, 手机, 座机, 传真, 联系 …);
* in an export (XML elements or JSON pairs), the field's key names no phone and the same
  key's other values are digit runs of the same width that do not start with 0 — a column
  of codes, of which this one happens to start with 0.

Only an undivided run of digits right after a cell's sign is asked: a landline written
with its dash or bracket ("0797-4148392") is a phone under any header.
"""

from __future__ import annotations

import re

from .keymeaning import meaning
from .numbercolumns import cell_header

# a header naming a number of its own: its head is 号 or 码 (a bracketed note may follow)
_CODE_HEADER = re.compile(r"[\u4e00-\u9fff][号码](?:[（(][^）)]{0,10}[）)])?$")
_PHONE_WORD = re.compile(r"电话|手机|座机|固话|传真|联系|宅电|热线|通讯|呼叫|来电|回电|[Tt]el")
_CELL_SIGNS = frozenset('\t|｜,，;；" \u3000')
_KEY_ENDS = frozenset('>": ')
# an export's key right before the value: <zkzh>, "zkzh": "
_XML_KEY = re.compile(r"<([A-Za-z][\w.\-]{0,40})>$")
_JSON_KEY = re.compile(r"\"([A-Za-z][\w.\-]{0,40})\"[ \t]*:[ \t]*\"?$")


def code_number(text: str, start: int, end: int) -> bool:
    """Whether the landline-shaped digits ``text[start:end]`` are a code in a column of
    codes (a header naming a number of another kind, or an export's key whose other
    values are same-width codes)."""
    if end - start < 11 or not text[start:end].isdigit():
        return False  # a dash, a space or a bracket: written as a phone
    before = text[start - 1 : start]
    if before in _KEY_ENDS:
        keyed = _code_key(text, start, end)
        if keyed is not None:
            return keyed  # an export's field: its key says
    if before not in _CELL_SIGNS:
        return False
    header = cell_header(text, start)
    return bool(header and _CODE_HEADER.search(header) and not _PHONE_WORD.search(header))


def _code_key(text: str, start: int, end: int) -> bool | None:
    """Whether the export's field the number is the value of is a column of codes; None
    where no key stands right before it."""
    lo = start - 48 if start > 48 else 0
    m = _XML_KEY.search(text, lo, start) or _JSON_KEY.search(text, lo, start)
    if m is None:
        return None
    key = m.group(1)
    if meaning(key)[1] == "phone" or _PHONE_WORD.search(key):
        return False
    width = end - start
    if m.group().startswith("<"):
        values = re.findall(rf"<{re.escape(key)}>([^<]*)</{re.escape(key)}>", text)
    else:
        values = re.findall(rf"\"{re.escape(key)}\"[ \t]*:[ \t]*\"?([0-9A-Za-z\-]*)", text)
    codes = sum(1 for value in values if len(value) == width and value.isdigit())
    unled = sum(
        1 for value in values if len(value) == width and value.isdigit() and value[0] != "0"
    )
    # the key's values are codes of this width, most of them led by another digit
    return codes >= 3 and unled * 2 > codes
