"""A witness's own landline in the bracket after their name (issue 16, privfix19i).

"本机关向证人、某镇某汽车修理部负责人X（电话0xxx-…）了解情况": an organ questions a witness
and gives the witness's number in a bracket right after the name. The organ (本机关) and
the work named before the name (…修理部负责人) do not make it an office's number: the
bracket follows the person and the sentence calls that person a witness (证人, not 公证人
or 见证人, who may act in office). A bracket after a unit's name stays the unit's.
"""

from __future__ import annotations

import re

from . import validators as v

# the bracket's phone label right before the number ("（电话", "（联系电话：")
_BRACKET_LABEL = re.compile(r"[（(](?:联系)?(?:电话|座机|固话)[:：]?[ \u3000]*$")
# the witness's word in the clause before the name
_WITNESS = re.compile(r"(?<![公见])证人")
_CLAUSE_END = "。；;\n"


def witness_phone(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a witness's, in the bracket after their name."""
    lo = start - 12 if start > 12 else 0
    label = _BRACKET_LABEL.search(text, lo, start)
    if label is None:
        return False
    bracket = label.start()
    name = next(
        (
            k
            for k in (3, 2, 4)
            if v.plausible_name(text[bracket - k if bracket > k else 0 : bracket], strict=True)
        ),
        0,
    )
    if not name:
        return False
    clause = (
        max(text.rfind(c, bracket - 80 if bracket > 80 else 0, bracket) for c in _CLAUSE_END) + 1
    )
    return _WITNESS.search(text, clause, bracket - name) is not None
