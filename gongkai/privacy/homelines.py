"""A landline right after a person's home address (issue 16, after docs78–docs80): "妻X，
珠海住所…8栋1502房，电话0756-…", "联系人：Y，住…603室，电话…", "来信寄自…253号，留存电话…".
The address a person lives at (住, 住所, 住址, 家住, 现住, 居住, 寄自 right before it) and
the number a separator after it, with at most a phone label between, are the same
person's contacts: the home's line, though the sentence names the office that writes
(a unit's address is 地址, 位于, 办公地点, never 住). ``refine`` still judges it.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_HOME_BEFORE = re.compile(r"(?:住所|住址|家住|现住|居住|寄自|住)(?:地|在|于)?[:：为]?[ \u3000]*$")
_AFTER = re.compile(
    r"[，,、；;][ \u3000]*(?:(?:联系|家庭|家中|住宅|留存|留)?(?:电话|座机|固话)(?:号码)?[:：为]?[ \u3000]*)?"
    r"((?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—－ ]?[2-9]\d{6,7})(?![0-9])"
)


def home_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Landlines listed right after a home address of ``cands`` that ``cands`` lack."""
    out: list[Candidate] = []
    taken = None
    for s, e, k, _c in cands:
        if k != "address" or not _HOME_BEFORE.search(text, s - 6 if s > 6 else 0, s):
            continue
        m = _AFTER.match(text, e)
        if m is None:
            continue
        if taken is None:
            taken = {c[0] for c in cands if c[2] == "landline"}
        if m.start(1) not in taken:
            out.append((m.start(1), m.end(1), "landline", 0.85))
    return out
