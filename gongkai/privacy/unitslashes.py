"""A unit and the person acting for it in one cell, under a header that joins them with a
slash (issue 16, privfix24b).

A register keeps in one column the unit that did the work and its staff member who did it:
"接种单位/接种人员" over "某社区卫生服务中心 / X", "经办单位/经办人" over "某司法所/Y", "报告单位／
报告人" over "某医院／Z". The person is named beside the unit as the one acting for it — a
vaccinator for the clinic, a clerk for the office — not as a private person (README of the
held-out batches: vaccinators' columns act in office, privfix19b). So a name standing right
after a slash that follows the unit's name in its cell, under a header whose first piece is a
unit's word (单位, 机构, 医院, 门诊 …) and whose second a person's, is dropped.

Not read: a slash in a header of persons alone (学生/监护人: both private), a cell whose part
before the slash is no unit's name (张三/李四), a header with no unit's word.

Speed: only a text holding a header's "单位/" (or 机构, 医院, 门诊 before a slash) is read, and a
name only where a slash stands right before it.
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .kindindex import without

Candidate = tuple[int, int, str, float]

_WORDS = re.compile(r"(?:单位|机构|医院|门诊|部门)[/／]")
# the same, found by each slash (a literal: the engine's fast scan for it) and the words read
# back behind it, rather than by a class of the words' first characters (3.7 → 0.7 ms a MB)
_SLASHED = tuple(re.compile(f"{s}(?<=(?:单位|机构|医院|门诊|部门){s})") for s in "/／")
# the header: a unit's word, a slash, a person's (…人, …人员, …员, 医生, 护士 …)
_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:单位|机构|医院|门诊|部门)[ \u3000]*[/／][ \u3000]*"
    r"[\u4e00-\u9fff]{0,6}(?:人|人员|员|医生|医师|护士|干部|民警)(?:姓名)?"
)
# the unit's name before the slash in the cell
_UNIT_CELL = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}(?:中心|医院|卫生院|卫生室|门诊部?|诊所|站|所|局|委员会|调委会|"
    r"政府|办事处|办|院|室|科|队|公司)[ \u3000]*[/／][ \u3000]*$"
)


def unit_slashes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names acting for the unit named before them in a "unit/person"
    cell (module docstring)."""
    if "/" not in text and "／" not in text:
        return cands
    if not any(slashed.search(text) for slashed in _SLASHED):
        return cands
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "name":
            continue
        tail = text[c[0] - 3 if c[0] > 3 else 0 : c[0]]
        if "/" not in tail and "／" not in tail:
            continue
        before = text[c[0] - 34 if c[0] > 34 else 0 : c[0]]
        if not _UNIT_CELL.search(before):
            continue
        cell = header_over(text, c[0], c[1], _WORDS)
        if cell and _HEADER.fullmatch(cell.replace(" ", "")):
            drop.add(i)
    return without(cands, drop)
