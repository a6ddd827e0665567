"""The header over a cell of a quoted CSV whose records hold commas inside their quotes
(issue 16, privfix20g: a lottery outlets' register, docs275).

A spreadsheet saved as CSV quotes every field, and some fields hold commas of their own
(``"13727183304, 0766-2881462"``, ``"缺失,已于…整改到位"``). ``columns.header_of`` counts
a row's commas and gives up on such a row, so the business's header over an address
(网点地址, 经营地址) was not read and the outlet's premises were taken for a home.
``quoted_header`` counts the commas outside the quotes (``csvcells.quoted_index``), in the
address's row and in every row up to the header: the first row of the same width whose
cell holds no digit, in a row without a long number (a record's ID or phone).

Cost: asked only for a cell opening with a quote, on a line holding ``","``.
"""

from __future__ import annotations

import re

from .csvcells import quoted_cells, quoted_index
from .unitcolumns import rows_above

_DIGIT = re.compile(r"\d")
_DATA = re.compile(r"\d{5}")  # a record's ID, phone or account: no header row


def quoted_header(text: str, start: int) -> str | None:
    """The header cell over the quoted CSV cell whose value starts at ``start`` (right
    after its opening quote); None when the line is no such record or no header is found."""
    if text[start - 1 : start] != '"':
        return None
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    row = text[line : len(text) if end < 0 else end]
    if '","' not in row:
        return None
    width = quoted_index(row)
    if width < 2 or row.count('"') % 2:
        return None
    index = quoted_index(text[line:start])
    for above in rows_above(text, line, most=80):
        if not above.strip():
            continue
        if (quoted_index(above) if '"' in above else above.count(",")) != width:
            return None  # the table ends above (a title, prose)
        cells = quoted_cells(above) if '"' in above else above.split(",")
        if index >= len(cells):
            return None
        cell = cells[index].strip(" \u3000*")
        if cell and not _DIGIT.search(cell) and not _DATA.search(above):
            return cell
    return None
