"""What a table column's header says about the numbers in its cells (issue 16, docs67–70).

A register exported from a case system writes a case's own number beside the person's
ID, and many such numbers have the shape of an ID: a county's code, a date and a serial
("受理编号 330331202609218695" — the date the case was taken in, a valid ID's birth date).
Under a header naming another number — 受理编号, 档案编号, 业务流水号, 申请单号, 回执号,
案件编码 … — an ID-shaped number is that number, not an ID, in every delimited form
(tabs, bars, commas, semicolons, full-width signs, quoted CSV cells). A header that names
an identity document (身份证编号, 证件编号) keeps its numbers IDs.
"""

from __future__ import annotations

import re

from .columns import header_of
from .leadcells import lead_header
from .patterns import ID_CONTEXT

# a header naming a number of another kind: a case's, a file's, a transaction's, a form's
_OTHER_HEADER = re.compile(
    r"(?:编号|编码|单号|流水号|序列号|受理号|回执号|案号|档案号|批次号|登记号|业务号|申请号|"
    r"订单号|交易号|凭证号|票据号|文书号|卷号)(?:[（(][^）)]{0,10}[）)])?$"
)
_QUOTE_OR_BLANK = frozenset('" \u3000')


def cell_header(text: str, start: int, *, header_row: bool = False) -> str | None:
    """The header over the cell starting at ``start`` (its quote or padding read past);
    with ``header_row``, the cell of the first row up with no digit (``columns.header_of``:
    over a column of places, where one value may be words alone)."""
    k = start
    while k > 0 and start - k < 3 and text[k - 1] in _QUOTE_OR_BLANK:
        k -= 1  # "…","330…": a quoted CSV cell; "| 330… |": a padded bar cell
    cell = header_of(text, k, header_row=header_row)
    return cell.strip("\"' \u3000*") if cell else None


def other_number_column(text: str, start: int) -> bool:
    """Whether the ID-shaped number at ``start`` stands under a header naming another
    number (受理编号, 档案编号, 业务流水号 …) and no identity document."""
    if start and text[start - 1] not in _CELL_SIGNS:
        if text[start - 1] != "\n":
            return False  # (the cheap look first: a number in prose has no column)
        header = lead_header(text, start)  # a row's first cell (leadcells)
    elif text[start - 1 : start] == '"':
        header = cell_header(text, start) or lead_header(text, start)
    else:
        header = cell_header(text, start)
    return bool(header and _OTHER_HEADER.search(header) and not ID_CONTEXT.search(header))


_CELL_SIGNS = frozenset('\t|｜,，;；" \u3000')
