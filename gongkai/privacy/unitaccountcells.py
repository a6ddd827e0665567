"""A card-shaped number under a column naming a unit's account (issue 16, privfix25c).

A filing register of wage accounts lists each project's contractor, its bank, its
农民工工资专用账户账号 and then the contractor's wage administrator with their own ID and
mobile. The table reader takes a Luhn-valid account in a row holding a person as that
person's card; but the column's header names an account kept for a purpose (专用账户, 专户,
对公账号, 基本账户: ``numberlabels.unit_account_header``, as a label before a number is read),
so every cell under it is the unit's account, whoever else the row names. A header with a
person's or a card's word only (收款人账号, 一卡通账号) keeps its cards.

Cost: nothing without a card candidate and a 户 or 账 in the text; the header is read
for a card that stands in a cell (a tab, a bar, a comma or a quote before it).
"""

from __future__ import annotations

from .numbercolumns import cell_header
from .numberlabels import unit_account_header

Candidate = tuple[int, int, str, float]

_CELL = frozenset('\t|,"\uff5c ')


def unit_account_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the cards under a unit's account's column (module docstring)."""
    cards = [c for c in cands if c[2] == "bank_card" and c[0] and text[c[0] - 1] in _CELL]
    if not cards or ("户" not in text and "账" not in text):
        return cands
    drop = set()
    for c in cards:
        header = cell_header(text, c[0], header_row=True)
        if header and unit_account_header(header):
            drop.add(c)
    return [c for c in cands if c not in drop] if drop else cands
