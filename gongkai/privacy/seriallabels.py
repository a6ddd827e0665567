"""A number whose label's head says it is a serial of its own kind (issue 16, docs130).

An office numbers what it receives and handles from the region code and the date
(收件编号 340822 20191217 839 9): 18 digits that may check like a resident ID born that
day. The label's head names what the number is: X编号, X编码, X序号, X单号, X流水号 — a
serial of X (收件, 来文, 立案, 取号, 归档 …), whatever X is. It is a person's ID only
when the label says so: an identity document's word in it (身份证编号, 证件编号, 公民身份
号码), or a person's register number that offices fill with the ID (个人编号, 人员编号,
参保编号, 社保编号, 医保编号, 居民编号, 户籍编号).

``numberlabels.other_number`` asks this after its list of known labels.
"""

from __future__ import annotations

import re

_SERIAL_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,6})(?:编号|编码|序号|单号|流水号)[）)]?[\"']?[ \u3000]*[：:为是]?[ \u3000]*[\"']?$"
)
# a label that holds an ID under a serial's head
_ID_HELD = re.compile(r"身份|证件|证号|公民|个人|人员|参保|社保|医保|居民|户籍|学籍|考生|本人|患者")


def serial_label(text: str, start: int) -> bool:
    """Whether the label right before ``start`` is a serial's (X编号) that holds no ID."""
    before = text[start - 16 if start > 16 else 0 : start]
    m = _SERIAL_LABEL.search(before)
    return m is not None and not _ID_HELD.search(m.group(1))
