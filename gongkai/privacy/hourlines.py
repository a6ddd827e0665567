"""A unit's second line for other hours: "服务电话：…；夜间及节假日：…" (issue 16, docs241).

A unit's public number is often followed by its line for nights, holidays or weekends,
labelled by the hours alone ("夜间及节假日：0577 …", "节假日值班：…", "非工作时间：…").
Such a label says when to call, not whose number it is: it is the same unit's line as the
number right before it in the sentence. It is read as the unit's only where that number
before it is public by its own label (服务电话, 值班电话, 投诉热线 …: ``LANDLINE_PUBLIC``);
a person's "白天138…，晚上0577-…" stays theirs.
"""

from __future__ import annotations

import re

from .patterns import LANDLINE_PUBLIC

# the hours' label right before the number, after the sign that closes the first number
_TIMES = (
    r"(?:夜间|晚间|晚上|节假日|法定节假日|周末|双休日|休息日|非工作时间|工作时间|工作日|24小时)"
)
_HOURS_LABEL = re.compile(
    rf"[；;，,、][ \u3000]*{_TIMES}(?:[及和、与或]{_TIMES})*(?:值班)?(?:电话|热线)?"
    r"[：:]?[ \u3000]*$"
)
# the number ending the clause before (an area code in brackets or with a dash or a space)
_NUMBER_BEFORE = re.compile(
    r"(?:[（(]?0\d{2,3}[）)]?[-－ \u3000]?)?\d{7,8}(?:[-－转]\d{1,5})?[ \u3000]*$"
)


def hours_line(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is labelled by hours alone right after a public
    number of the same sentence."""
    lo = start - 24 if start > 24 else 0
    m = _HOURS_LABEL.search(text, lo, start)
    if m is None:
        return False
    head = max(text.rfind(c, max(0, m.start() - 60), m.start()) for c in "。；;\n") + 1
    number = _NUMBER_BEFORE.search(text, head, m.start())
    if number is None:
        return False
    return LANDLINE_PUBLIC.search(text, max(head, number.start() - 14), number.start()) is not None
