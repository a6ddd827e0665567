"""A landline given right after a unit's name and the person who answers it (privfix24a,
docs285–286).

A register of private persons often names, in one cell or one clause, the office that
serves the row's person and its staff member with the office's line: a helper column
``帮扶责任人（单位、电话）`` holding ``县就业服务中心 王某某，0772-5122863``, or an inspection's
note ``某快递营业点张某（营业点主管，电话0692-4142215）``. The line is written as the unit's
contact, reached through its named staff member; the row's own person is reached elsewhere
(their mobile column). Earlier rules read the row (a private person's) and kept the number.

The shape, read from the text before the number, back to the cell's or the clause's edge:
a unit's name (ending in a unit's sign: 中心, 所, 局, 站, 网点, 营业点, 办, 公司 …), then a
person's name (surname-shaped) right after it, then either a list sign (``，``) or a bracket
noting the person's post with a phone label (``（营业点主管，电话``). Such a landline is the
unit's and dropped; a name found in that place is its staff's and dropped too.

Not such: a number after a private person's own home (``某村3组 张某，0772-…``: a village
group is no unit), a person named before the unit (``张某（某公司）``), a number after a
mobile, or a unit's name with no person between it and the number (the earlier rules'
reading stands).

Speed: only landlines whose preceding 40 characters hold a unit's sign character.
"""

from __future__ import annotations

import re

from .validators import plausible_name

Candidate = tuple[int, int, str, float]

# a unit's name from the cell's or clause's edge, then a person's name, then the number's lead
_SHAPE = re.compile(
    r"(?:^|(?<=[\t|｜\"“；;。：:\n]))[ \u3000]*"
    r"[\u4e00-\u9fff（）()]{1,20}?"
    r"(?:中心|服务站|工作站|站|所|局|办|网点|营业点|服务点|分公司|公司|委员会|居委会|村委会|大队|中队|科|股)"
    r"[ \u3000]?([\u4e00-\u9fff]{2,4})"
    r"(?:[ \u3000]*[，,、][ \u3000]*|[ \u3000]+|[（(][\u4e00-\u9fff]{2,10}[，,、][ \u3000]*(?:联系|办公)?电话[：:]?)$"
)
_CUE = frozenset("心站所局办点司会队科股")


def staffed_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines (and the names) of a unit reached through its staff."""
    drop: set[tuple[int, int]] = set()
    for start, _end, kind, _conf in cands:
        if kind != "landline":
            continue
        lo = max(0, start - 40)
        before = text[lo:start]
        if not _CUE.intersection(before):
            continue
        m = _SHAPE.search(before)
        if m is None or not plausible_name(m.group(1)):
            continue
        drop.add((start, _end))
        drop.add((lo + m.start(1), lo + m.end(1)))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[1]) not in drop or c[2] not in ("landline", "name")]
