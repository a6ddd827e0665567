"""A landline whose own bracketed note names its desk or unit right after it (privfix22c,
docs264, docs281): "受理方式：电话（0691-2129315值班电话）", "联系村文书X（0835-6287013村委会）".

The bracket opens right before the number and closes right after a word saying whose line it
is: a desk's label (值班电话, 办公电话, 值班室, 总机) or a unit's name's last word (村委会, 居委会,
办公室, …局, …所, …站, …中心). That is the number's own label, written after it; it makes the
line the unit's — the held-out convention: units' phones are not marked, even when a person is
named before the bracket (the office's clerk reached at the office). A note naming a person's
own line (住宅, 家, 本人, 手机, 个人) is no such word and keeps it.

Cost: nothing unless a landline is followed by a Han character; one match a landline so placed.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff]{0,8}?(?:值班电话|办公电话|单位电话|值班室|办公室|总机|"
    r"村委会|居委会|委员会|村委|社区|局|所|站|中心|院|公司|办|队|科|股))[）)]"
)
_PERSONAL = re.compile(r"住宅|家|本人|手机|个人|私人")


def noted_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines whose bracketed note after them names a unit."""
    drop: set[int] = set()
    for s, e, kind, _c in cands:
        if kind != "landline" or text[s - 1 : s] not in ("（", "("):
            continue
        nxt = text[e : e + 1]
        if not ("\u4e00" <= nxt <= "\u9fff" or nxt in " \u3000"):
            continue
        m = _NOTE.match(text, e)
        if m is not None and not _PERSONAL.search(m.group()):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "landline" and c[0] in drop)]
