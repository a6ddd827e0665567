"""XML keys ending in xm that hold an item, not a person's name (privfix20f, docs275).

Pinyin initials before xm read as a person's name (``fqxm`` 父亲姓名: ``keymeaning``), but xm
is 项目 as well as 姓名: a tax export's ``<SDXM>`` (所得项目) and ``<ZJXM>`` (中奖项目) hold an
income's kind and a prize (偶然所得, 体育彩票 排列5 一等奖). Two readings of the export say so:

- **Values of no name's shape**: over three records or more, most of the key's values are
  not two to four Han characters or a dotted name (a prize with spaces and digits, a
  project's title) — as ``jsonrecords`` reads a JSON export's keys;
- **A sibling key naming the item**: the export also holds the key + ``mc`` (名称:
  ``SDXMMC`` 所得项目名称 beside ``SDXM``): a person has a 姓名, a thing a 名称, so the key
  is the thing's (项目).

Only keys read as 姓名 by their initials alone are judged (no role or name word: ``XM``,
``sqrxm`` stay names). Speed: one search for a closing tag ending in xm; a text with none
costs nothing more.
"""

from __future__ import annotations

import re

from .keymeaning import meaning
from .wordfind import has_word

# a closing tag whose key ends in xm (any case): the cue
_XM_CLOSE = re.compile(r"(?i)[a-z]xm>")
# a leaf element on one line: key, value
_LEAF = re.compile(r"<([A-Za-z][\w.\-]{0,30})>([^<>\n]{1,60})</\1>")
# a value with a person's name's shape (``jsonrecords._NAME_SHAPE``)
_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•．.][\u4e00-\u9fff]{1,10}")
_XM_KEY = re.compile(r"(?i)[a-z]{1,4}xm")


def item_keys(text: str, header_of) -> frozenset[str]:
    """The keys of ``text``'s elements read as 姓名 by their initials alone (``header_of``:
    ``xmltables.field_header``) that hold items, not names (module docstring)."""
    if (not has_word(text, "xm>") and not has_word(text, "XM>")) or _XM_CLOSE.search(text) is None:
        return frozenset()
    values: dict[str, list[str]] = {}
    for m in _LEAF.finditer(text):
        values.setdefault(m.group(1), []).append(m.group(2).strip(" \u3000"))
    out = set()
    for key, vals in values.items():
        if not _XM_KEY.fullmatch(key) or header_of(key) != "姓名" or meaning(key)[1] == "name":
            continue
        if key + "MC" in values or key + "mc" in values or key + "Mc" in values:
            out.add(key)  # SDXM beside SDXMMC: 所得项目 and its 名称
        elif len(vals) >= 3 and 2 * sum(bool(_NAME_SHAPE.fullmatch(x)) for x in vals) < len(vals):
            out.add(key)  # ZJXM: 体育彩票 排列5 一等奖 …
    return frozenset(out)
