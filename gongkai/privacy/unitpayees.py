"""An account in a table row whose payee is an organisation, not a person.

A list of payments to persons may hold a row paid to a body instead ("…｜某小区业主委员会｜
—｜—｜某银行某支行｜6214…｜补贴拨付至业委会电梯专户"): the row names no person (no name
and no ID found on it) and a cell before the account is an organisation's name (业主委员会,
有限公司, 合作社, 村民委员会 …). The account there is the organisation's (对公), no
person's card. A row with a person's name or ID keeps its card, whatever employer or
supplier stands in another cell.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .unitcontacts import column_header
from .unitholders import unit_holder_row

Candidate = tuple[int, int, str, float]

# a cell that is an organisation's name (a bank's branch is the account's issuer: not here)
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:业主委员会|业主大会|业委会|委员会|有限公司|有限责任公司|股份公司|公司|合作社"
    r"|联合社|经济社|协会|商会|基金会|事务所|村委会|居委会|办事处|人民政府|医院|卫生院|学校|幼儿园)"
)
_ENDS = ("会", "司", "社", "所", "院", "校", "园", "处", "府")
_SEPARATORS = ("\t", "|", ",", "｜")
_PERSON_KINDS = frozenset(("name", "id_card", "passport", "permit"))
# a card column that names a person's own card whatever organisation the row names
# an address column that names a person's home whatever organisation the row names
_HOME_COLUMN = re.compile(r"住址|住所|家庭|户籍|居住|现住|联系人|负责人|法定代表人|经营者")
_PERSONS_COLUMN = re.compile(r"联系人|个人|本人|职工|法定代表人|负责人|经办人|姓名")


def unit_payees(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the accounts of table rows paid to an organisation, and the
    addresses of rows of an organisation that name no person (a licence's change of
    premises: "某大药房有限公司 | 经营地址 | 旧址 | 新址", no name, ID or mobile on the row)."""
    drop: set[tuple[int, str]] = set()
    persons: list[int] | None = None
    phones: list[int] = []
    for start, end, kind, _ in cands:
        if kind != "bank_card" and kind != "address":
            continue
        k = start
        while k > 0 and text[k - 1] in " \u3000\"'":
            k -= 1
        sep = text[k - 1 : k]
        if sep not in _SEPARATORS:
            continue  # prose or a form: the label says whose it is (numberlabels)
        lo = text.rfind("\n", start - 601 if start > 601 else 0, start) + 1
        if lo == 0 and start > 601:
            continue  # no table row is that long
        if text.count(sep, lo, start) < 2 or text.find("。", lo, start) >= 0:
            continue  # one cell before it, or a sign of prose
        cells = (c.strip(" \u3000\"'") for c in text[lo:start].split(sep))
        if not any(
            len(c) <= 40 and c.endswith(_ENDS) and _ORGANISATION.fullmatch(c) for c in cells
        ):
            continue
        if persons is None:
            persons = sorted(s for s, _, k, _ in cands if k in _PERSON_KINDS)
            phones = sorted(s for s, _, k, _ in cands if k == "mobile")
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        k = bisect_left(persons, lo)
        if k < len(persons) and persons[k] < hi:
            if kind != "address" or not unit_holder_row(text, lo, start, sep, _ORGANISATION):
                continue  # a person's row: the organisation is the employer or the supplier
            drop.add((start, kind))  # a body in the holder's column: its door (unitholders)
            continue
        if kind == "address":
            k = bisect_left(phones, lo)
            if k < len(phones) and phones[k] < hi:
                continue  # a mobile in the row: someone's home may be its address
        header = column_header(text, start)
        if header and (_PERSONS_COLUMN if kind == "bank_card" else _HOME_COLUMN).search(header):
            continue  # 联系人银行卡号, 个人账户: the column names a person's card
        drop.add((start, kind))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[2]) not in drop]
