"""An address noted as a business's premises right after it (issue 16, privfix26c).

A register or a notice sometimes gives an individual business's address in a column or a
field of a person's kind (通讯地址, 住所) and says in a bracket right after it what the place
is: "…纳林村3社14号（经营场所）", "…商贸街17号(营业场所)". By the conventions (README lines
1–83: an individual business's registered premises are the business's, not marked) such an
address is no home: dropped. A note of a home (（户籍地）, （现住址）) or none keeps it.

Cost: one ``in`` for 场所 (and 经营地址) in the text.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(r"[ \u3000]?[（(](?:经营|营业|生产|注册)(?:场所|地址|地点|地)[）)]")


def premise_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the addresses noted right after as a business's premises."""
    if "场所" not in text and "经营地" not in text and "营业地" not in text:
        return cands
    return [c for c in cands if c[2] != "address" or not _NOTE.match(text, c[1])]
