"""A numbered facility read as a house: "牛王庙2号台区", "李庄村5号机井" (issue 16, docs239).

A village's or a place's works are numbered like houses — a power grid's transformer
district (2号台区, 3号公变), a well, a pumping station, a sluice, a pole, a plot of land,
a greenhouse, a metro line — and "某村5号" right before such a noun is that facility's name,
not anyone's home. An address ending at 号 with such a noun right after it is dropped; a
building (2号楼), a yard (3号院), a flat (5号房, 附1号) or a shop noted after a house number
is left to the other rules.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# the facility's noun right after the number (台区 and 公变/专变/配变: a transformer's
# district; 机井/井: a well; 泵站/闸/涵: water works; 地块/田/塘: land and ponds; 大棚/圈舍:
# farm buildings; 线/杆/桥/机组: lines, poles, bridges, machines)
_FACILITY = re.compile(
    r"(?:台区|公变|专变|配变|变压器|变电站|箱变|机井|水井|井|泵站|提灌站|电灌站|闸|涵|渠|"
    r"地块|田块|鱼塘|山塘|塘|水库|大棚|温室|圈舍|养殖棚|线路|线|电杆|杆|桥|机组|储罐|罐)"
)


def facility_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses ending at 号 right before a facility's noun."""
    return [
        c
        for c in cands
        if not (c[2] == "address" and text[c[1] - 1 : c[1]] == "号" and _FACILITY.match(text, c[1]))
    ]
