"""A landline whose bracket right after it names the unit's desk first (issue 16, privfix24b):
"联系电话：0731-…（登记中心收费室，某市某大道68号）", "咨询电话：0xxx-…（县医保局待遇科）".

The bracket after a number says whose line it is; when its first item (up to ，、 or the
bracket's end) is a unit's part or desk — …室, …科, …股, …窗口, …大厅, …中心, …局, …所, …站 —
the line is that unit's, whatever follows in the bracket (its address, its hours), as the
held-out convention has units' phones unmarked (``notedlines`` reads a note written inside the
bracket around the number). A note naming a person or a person's line (住宅, 家, 本人, 手机,
个人; a name with a relation, "张三之女") keeps it.

Cost: one match a landline followed by a bracket.
"""

from __future__ import annotations

import re

from .kindindex import without

Candidate = tuple[int, int, str, float]

_FIRST = re.compile(
    r"[（(][ \u3000]*([\u4e00-\u9fff]{2,16}?(?:室|科|股|窗口|大厅|服务中心|登记中心|中心|局|所|站|"
    r"办公室|委员会|村委会|居委会))[ \u3000]*(?:[，,、；;]|[）)])"
)
_PERSONAL = re.compile(r"住宅|家|本人|手机|个人|私人|之[子女妻夫]")


def bracket_desks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines whose bracket after them names a unit's desk first."""
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "landline" or text[c[1] : c[1] + 1] not in ("（", "("):
            continue
        m = _FIRST.match(text, c[1])
        if m is not None and not _PERSONAL.search(m.group(1)):
            drop.add(i)
    return without(cands, drop)
