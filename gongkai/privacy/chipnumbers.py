"""An animal's microchip or ear tag number is no old ID (issue 16, docs232's class,
privfix17c; ear tags privfix18a, docs242).

Pet registrations and immunisation exports give each dog's implanted chip: fifteen digits
(ISO 11784, a country's code 156 or a maker's 9xx first) that may fall in an old 15-digit
ID's shape. Under a label or an export's key naming a chip (芯片号, 芯片编号, 电子标签;
xpbh, xpbm, xph, Xinpianhao, chip_no, microchip) the number is the chip's.

Livestock insurance and subsidy lists give each animal's ear tag (畜禽标识): fifteen
digits, the species (1 pig, 2 cattle, 3 sheep), the county's six-digit code and a serial
of eight, which falls in an old ID's shape whenever the serial reads as a date
(3 652325 80905458). After a label naming the ear tag (耳标号：…) or under a column headed
so (耳标号, 耳标号（起）, 畜禽标识编码) the number is the tag's; so is a chip's under a column
headed by the chip (芯片号, 电子标识（芯片）号, 电子标签号: a pet register's export).
"""

from __future__ import annotations

import re

from .numbercolumns import cell_header

_CHIP_BEFORE = re.compile(
    r"(?:芯片|电子标签|耳标|畜禽标识)[^\n，。；]{0,6}$"
    r"|[\"'<](?:xp(?:bh|bm|h|hm)|xinpian\w*|\w*chip\w*)[\"']?[ \t]*[:=>][ \t]*[\"']?[ \t]*$",
    re.I,
)
_TAG_HEADER = ("耳标", "畜禽标识", "芯片", "电子标识", "电子标签")


def chip_number(text: str, start: int) -> bool:
    """Whether the label or key right before ``start`` names an animal's chip or ear tag,
    or the column over it is headed by an ear tag or a chip."""
    if _CHIP_BEFORE.search(text, start - 30 if start > 30 else 0, start) is not None:
        return True
    lo = (
        start - 6000 if start > 6000 else 0
    )  # (a header within a table's reach above: ``rows_above``)
    if (
        text.find("耳标", lo, start) < 0
        and text.find("畜禽标识", lo, start) < 0
        and text.find("芯片", lo, start) < 0
        and text.find("电子标", lo, start) < 0
    ):
        return False  # (a cheap look first: most tables name no ear tag nor chip)
    header = cell_header(text, start)  # a delimited table's column
    if header is None and text[start - 2 : start] in ("  ", "\u3000\u3000"):
        from .numberlabels import aligned_header  # a PDF's text aligned by spaces

        header = aligned_header(text, start)
    return bool(header) and any(w in header for w in _TAG_HEADER)
