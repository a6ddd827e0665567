"""A category's value read as a name (issue 16, privfix26f).

A hotline's work order, a register or an export files each record under a category:
"诉求类别：民政·残疾人福利·两项补贴", "事项分类：社会保障/残疾人", "业务类型：护理补贴". The
value names a kind of matter — a field of the platform's catalogue, its levels joined by a
middle dot as a transliterated name's parts are — never a person; the README (lines 1-83) marks
persons only. A name candidate filling such a label's value is dropped; a label of persons
(类别 of a person's own record, 申请人类别) is no such label, as its value is a kind, too, and
a name after any other label is left alone.

Cost: a character test on each name candidate; only one after a colon or tab reads its label.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_LABEL = re.compile(r"(?:类别|类型|分类|种类|所属领域)[ \u3000]*[：:\t][ \u3000]*$")


def category_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names that are a category label's value (module docstring)."""
    out = []
    for c in cands:
        s = c[0]
        if (
            c[2] == "name"
            and s > 2
            and text[s - 1] in "：:\t \u3000"
            and _LABEL.search(text, max(0, s - 10), s) is not None
        ):
            continue
        out.append(c)
    return out
