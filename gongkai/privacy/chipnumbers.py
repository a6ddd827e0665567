"""An animal's microchip number is no old ID (issue 16, docs232's class, privfix17c).

Pet registrations and immunisation exports give each dog's implanted chip: fifteen digits
(ISO 11784, a country's code 156 or a maker's 9xx first) that may fall in an old 15-digit
ID's shape. Under a label or an export's key naming a chip (芯片号, 芯片编号, 电子标签;
xpbh, xpbm, xph, Xinpianhao, chip_no, microchip) the number is the chip's.
"""

from __future__ import annotations

import re

_CHIP_BEFORE = re.compile(
    r"(?:芯片|电子标签)[^\n，。；]{0,6}$"
    r"|[\"'<](?:xp(?:bh|bm|h|hm)|xinpian\w*|\w*chip\w*)[\"']?[ \t]*[:=>][ \t]*[\"']?[ \t]*$",
    re.I,
)


def chip_number(text: str, start: int) -> bool:
    """Whether the label or key right before ``start`` names an animal's chip."""
    return _CHIP_BEFORE.search(text, max(0, start - 30), start) is not None
