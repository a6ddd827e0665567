"""Addresses settled by whose contact details they are (issue 16).

- A person's registered contact address: ``地址`` after a private role in the same
  clause (投诉人登记联系方式：地址 …；电话 …, 来信人通讯信息：地址 …) is the person's,
  with or without an estate after the house number; a respondent's (被投诉人), a unit
  named between the role and the label (投诉人：某有限公司，地址：…) and roles a company
  often fills (申请人, 当事人) are not read here. The span runs from the address's first character to its house number or
  flat (…号, …室, …房, …户), up to the clause's end.
- An office's address: a house number followed by a public service building
  (…88号市民之家4楼, …号政务服务中心) is where an office receives the public, not a
  household, whatever label stands before it.
"""

from __future__ import annotations

import re

from .wordfind import find_by

Candidate = tuple[int, int, str, float]

# a private role before 地址 in the same clause (not 被投诉人, not 单位地址 / 机关地址)
_ROLE_BEFORE = re.compile(
    r"(?<!被)(?:投诉人|举报人|信访人|来信人|来访人|反映人|求助人|留言人)"
    r"([^。；;\n（()）]{0,12}?)$"
)
# a unit named between the role and 地址 (投诉人：某某有限公司，地址：…) is no person
_UNIT_BETWEEN = re.compile(r"公司|合作社|厂|店|中心|局|委员会|学校|医院|协会|商行")
# the address after the label: up to its house number, or its flat after the number
_VALUE = re.compile(
    r"[：:]?[ \u3000]*"
    r"([\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z\-（）()]{3,60}?"
    r"\d{1,5}号(?:[\u4e00-\u9fff0-9A-Za-z\-]{0,24}?\d{1,5}[室房户号])?)"
    r"(?=[；;，,。、）)\s]|$)"
)
_PLACE = re.compile(r"省|市|区|县|镇|乡|街道|路|街|巷|村|组|社区|大道")
_OFFICE_BUILDING = re.compile(
    r"市民之家|市民中心|政务服务中心|政务中心|行政服务中心|便民服务中心|行政中心|办公大楼|机关大院"
)


def contact_addresses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without offices' addresses, with persons' contact addresses added."""
    out = [
        c for c in cands if c[2] != "address" or not _OFFICE_BUILDING.match(text, c[1], c[1] + 8)
    ]
    if find_by(text, "地址", 1) < 0:
        return out
    k = find_by(text, "地址", 1)  # (by 址: ``wordfind``, the same positions)
    while k >= 0:
        role = (
            _ROLE_BEFORE.search(text, k - 22 if k > 22 else 0, k)
            if text[k - 1 : k] not in ("单", "机")
            else None
        )
        if role and not _UNIT_BETWEEN.search(role.group(1)):
            m = _VALUE.match(text, k + 2)
            if m and _PLACE.search(m.group(1)):
                out.append((m.start(1), m.end(1), "address", 0.85))
        k = find_by(text, "地址", 1, k + 2)
    return out
