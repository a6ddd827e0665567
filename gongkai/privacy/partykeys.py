"""A place keyed after a party whose name key holds a business (privfix20g, docs273–274).

An export names a party and its place by keys of one stem: ``"bjbdx": "某区某KTV"`` (被举报
对象) with ``"bjbdxdz": "…路120号"`` (its 地址), ``<SHR>某市某烟花爆竹零售点</SHR>`` (收货人)
with ``<SHDZ>…路135号</SHDZ>`` (收货地址). When the party is a business — a company, a
shop, a retail point, a bar, a property service — the place under the stem's address key is
its premises, not a home (the held-out convention: businesses' addresses are not marked).
The stem is the address key without its head (``dz``, ``DZ``, ``addr``, ``address``,
``地址``); the party's key is the stem alone or the stem with a person's or a name's head
(``r``/``R`` 人, ``mc`` 名称, ``ren``, ``name``). A party that is a person (``"bjbdx":
"张三"``), or no one named (``"不详"``), leaves the address alone; so does a flat
(``unitcontacts.homestead``: a shop kept in a flat of homes stays a home).

The record is the JSON object's line, or the XML element's siblings: the lines around it
indented as it is (a line less indented ends the record).

Cost: nothing without ``"`` or ``<`` in the text; one key's look an address value.
"""

from __future__ import annotations

import re

from .placekeys import _key_before
from .unitcontacts import homestead

Candidate = tuple[int, int, str, float]

_ADDRESS_HEAD = re.compile(r"(?i)(?:dz|dizhi|addr|address|地址)$")
_PARTY_HEADS = ("", "r", "ren", "mc", "name", "人", "名称")
# a business's or an organisation's name: its last word says what it is
_BUSINESS = re.compile(
    r"[\u4e00-\u9fff·（）()A-Za-z0-9]{1,40}?(?:公司|合作社|厂|商店|便民店|便利店|超市|店|零售点|"
    r"销售点|经营部|门市部?|商行|批发部|KTV|ktv|酒吧|网吧|物业|宾馆|酒店|饭店|餐馆|加油站|"
    r"农家乐|养殖场|作坊|诊所|药房|医院|学校|中心)(?:[（(][^（）()]{1,12}[）)])?"
)
_JSON_FIELD = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*"([^"\\\n]{1,60})"')
_XML_FIELD = re.compile(
    r"<([A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,39})(?:\s[^<>]*)?>([^<>\n]{1,60})</\1>"
)
_INDENT = re.compile(r"[ \t]*")


def _record(text: str, start: int) -> str:
    """The fields around ``start``: its line, and the lines above and below indented as it is."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    indent = len(_INDENT.match(text, begin).group())
    if not indent:
        return text[begin:end]
    lo, hi = begin, end
    for _ in range(30):  # up
        if lo == 0:
            break
        above = text.rfind("\n", 0, lo - 1) + 1
        if len(_INDENT.match(text, above).group()) < indent:
            break
        lo = above
    for _ in range(30):  # down
        if hi >= len(text):
            break
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        if len(_INDENT.match(text, hi + 1).group()) < indent:
            break
        hi = nxt
    return text[lo:hi]


def _business_party(text: str, start: int, key: str) -> bool:
    head = _ADDRESS_HEAD.search(key)
    if head is None or head.start() == 0:
        return False
    stem = key[: head.start()]
    names = {stem + h for h in _PARTY_HEADS} | {stem + h.upper() for h in _PARTY_HEADS}
    record = _record(text, start)
    field = _JSON_FIELD if text[start - 1] == '"' else _XML_FIELD
    for m in field.finditer(record):
        if m.group(1) in names and _BUSINESS.fullmatch(m.group(2).strip()):
            return True
    return False


def party_key_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses keyed after a party that is a business."""
    if '"' not in text and "<" not in text:
        return cands
    out = []
    for c in cands:
        s, e, kind, _conf = c
        if kind == "address" and text[s - 1 : s] in ('"', ">"):
            key = _key_before(text, s)
            if key and _business_party(text, s, key) and not homestead(text, s, e):
                continue
        out.append(c)
    return out
