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

Candidate = tuple[int, int, str, float]

# a cell that is an organisation's name (a bank's branch is the account's issuer: not here)
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:业主委员会|业主大会|业委会|委员会|有限公司|有限责任公司|股份公司|公司|合作社"
    r"|联合社|经济社|协会|商会|基金会|事务所|村委会|居委会|办事处|人民政府|医院|卫生院|学校|幼儿园)"
)
_SEPARATORS = ("\t", "|", ",", "｜")
_PERSON_KINDS = frozenset(("name", "id_card", "passport", "permit"))


def unit_payees(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the accounts of table rows paid to an organisation."""
    cards = [c for c in cands if c[2] == "bank_card"]
    if not cards:
        return cands
    drop = set()
    for start, end, _, _ in cards:
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        sep = next((s for s in _SEPARATORS if text.count(s, lo, hi) >= 3), None)
        if sep is None:
            continue  # prose or a form: the account's label says whose it is (numberlabels)
        cells = (c.strip(" \u3000\"'") for c in text[lo:start].split(sep))
        if not any(_ORGANISATION.fullmatch(c) for c in cells):
            continue
        if any(lo <= s < hi and k in _PERSON_KINDS for s, _, k, _ in cands):
            continue  # a person's row: the organisation is the employer or the supplier
        drop.add(start)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "bank_card" and c[0] in drop)]
