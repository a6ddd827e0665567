"""The seat given in a unit's bracket of particulars (privfix22c, docs276, docs281: a legal
aid decision, a guide's penalty).

A paper naming a company as a person's employer or principal gives its particulars in a
bracket right after its name: "系某某建筑劳务有限公司（法定代表人X，住所地…路128号）招用的
钢筋工", "某旅行社有限公司（统一社会信用代码…，法定代表人Y，住所…路36号）委派的导游". The
bracket describes the unit; its 住所 (the legal term for a unit's seat) is the unit's, not the
representative's home — the held-out convention: units' addresses are not marked.
``legaladdress`` reads a seat after a legal representative but stops at any residence word
(住); here the layout says whose it is. Read: the address stands in a bracket opened right
after a unit's name (…公司, …合作社, …集团, …事务所 …), its own label right before it is a
seat's (住所, 住所地, 注册地址, 地址, 经营场所), the bracket opens with a registration's field
(法定代表人, 负责人, 统一社会信用代码, 经营者) and nothing in it before the address is a
person's (a resident ID, a mobile, a card; a home's word 住址, 家住, 户籍). A representative's
own home given in their own words ("法定代表人X，住某村5组") has no seat's label and is kept.
A bracket opened by a label naming the unit whose address it is ("（律所地址…，电话…）" after a
lawyer, as privfix17d settled) is the unit's as well.

Cost: nothing unless an address stands after "所" or "址" within a bracket; one backward look
an address.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_SEAT_LABEL = re.compile(r"(?:住所地?|注册地址?|地址|经营场所|办公地址?)[：:]?[ \u3000]*$")
_UNIT_NAME = re.compile(
    r"(?:公司|合作社|联合社|集团|事务所|协会|商会|中心|旅行社|银行|医院|学校|厂)$"
)
# a label naming the unit whose address it is, opening the bracket ("（律所地址…", "（公司地址：…")
_UNITS_LABEL = re.compile(
    r"^(?:律所|律师事务所|公司|单位|企业|机构|事务所|医院|学校|中心)(?:地址|住所|所在地)[：:]?[ \u3000]*$"
)
_OPENS = re.compile(r"(?:法定代表人|负责人|统一社会信用代码|经营者|执行事务合伙人)")
_HOMELY = re.compile(r"住址|家住|户籍|居住|本人|身份证")
_LABEL_ENDS = frozenset("所地址：: \u3000")
_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "passport", "permit"))


def unit_brackets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the seats in a unit's bracket of particulars (above)."""
    if "（" not in text and "(" not in text:
        return cands
    drop: set[int] = set()
    for s, _e, kind, _c in cands:
        if kind != "address" or text[s - 1 : s] not in _LABEL_ENDS:
            continue
        lo = s - 120 if s > 120 else 0
        opened = max(text.rfind("（", lo, s), text.rfind("(", lo, s))
        if opened <= 0 or any(c in text[opened:s] for c in "）)\n。"):
            continue
        inside = text[opened + 1 : s]
        if _UNITS_LABEL.search(inside):
            pass  # "（律所地址…，电话…）": the label names the unit whose address it is
        elif not _SEAT_LABEL.search(inside) or not _UNIT_NAME.search(
            text, opened - 12 if opened > 12 else 0, opened
        ):
            continue
        elif not _OPENS.match(inside) or _HOMELY.search(inside):
            continue
        if any(opened < p < s for p, _pe, k, _pc in cands if k in _PRIVATE):
            continue
        drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "address" and c[0] in drop)]
