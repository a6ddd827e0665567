"""A disease is no name (issue 16, privfix27d, docs308).

Forms of the 两癌 relief (宫颈癌, 乳腺癌), of serious-illness aid and of medical relief state
the applicant's disease after its label: 诊断病种：宫颈癌（Ⅰ期）, 所患疾病：乳腺癌, 确诊病名⇥
甲状腺癌. A disease's name whose first character is a surname (宫, 甲, 白, 尿) is then read as
a person's. A candidate ending in 癌 or 瘤 is a disease wherever it stands (no given name
closes so); one ending in 病, 症 or 炎 only right after a disease's label (诊断, 病种, 疾病,
病名, 所患, 患有, 确诊: 王炎 stays a name elsewhere).

Speed: only the name candidates are read; the label is looked for in the twelve characters
before a candidate that ends so.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_ALWAYS = frozenset("癌瘤")
_LABELLED = frozenset("病症炎")
# a disease's label closing the window before the value (its colon, a cell's edge)
_LABEL = re.compile(
    r"(?:诊断|病种|疾病|病名|所患|患有|确诊|诊断结果|诊断意见|疾病名称|病种名称)"
    r"(?:[（(][^（()）]{0,6}[）)])?[：:\t|,，\" \u3000]*$"
)


def disease_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the diseases read as names (module docstring)."""
    drop = set()
    for s, e, kind, _c in cands:
        if kind != "name" or e - s < 2:
            continue
        last = text[e - 1]
        if last in _ALWAYS or (
            last in _LABELLED and _LABEL.search(text, s - 12 if s > 12 else 0, s) is not None
        ):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
