"""An ID-shaped number with a wrong check character under an identity column of any layout
(privfix22d, docs282).

``numberkinds`` keeps a mistyped resident ID (its check character wrong) where its label
or its delimited table's column names an identity number (``columns.id_column``). Two more
layouts say the same of the column:

- **a table aligned with spaces or flattened one cell a line** (a PDF's text layer, an
  HTML table whose header has two rows): the header over the number is read by display
  column or by the record's place (``columnheads.header_over``), as for a mailbox's column;
- **社会保障号码** (社会保障号, 社保号码) as the column's or the label's head: by the Social
  Insurance Law (社会保险法 art. 58) a person's social security number IS their citizen
  identity number, so a number of its shape there is the person's ID, as under 身份证号码.
  (社会保障卡号, the card's own number, is another number: not such a head.)

Speed: read only for an 18-character ID-shaped number that failed its check (rare).
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .patterns import ID_CONTEXT

# an identity number's head: the ID's words, or the social security number (= the ID)
ID_HEAD = re.compile(ID_CONTEXT.pattern + r"|社会保障号(?!卡)|社保号码")
_SOCIAL = re.compile(r"(?:社会保障号码?|社保号码)[）)]?[ \u3000]*[：:][ \u3000]*$")


def id_header(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` stands under an identity number's header
    in a table of any layout, or right after a social security number's label."""
    if _SOCIAL.search(text, start - 12 if start > 12 else 0, start):
        return True
    cell = header_over(text, start, end, ID_HEAD)
    return bool(cell and ID_HEAD.search(cell) and "卡号" not in cell)
