"""Names listed after an agricultural insurer's claim posts: in that role (privfix25b).

An insurance roster's foot, a claim's record or a reply names who surveyed and who
helped: ``查勘员X、Y``, ``查勘定损人员：某公司查勘员X；乡镇协保员Y（某镇）、Z（某镇）``,
``协保员：X（某村）``. The insurer's 查勘员 and 定损员 survey a claim in that role (the
sitting of privfix18b), and a township's or village's 协保员 named as the one who
helped with the listing or the survey acts in it alike (batch 295's writer, where the
README is silent). Each name of the list right after the post's word — after a colon,
a unit's name (某支公司), a place with a space or a colon (某村 X), names before it with
their bracketed notes and a 、 or a comma — is in that role and not a private person's.

A name is kept when its own particulars follow it on the list (a mobile, an ID: a
roster of the posts' pay gives them, as a private person's), when the list is not right
after the word (``经向协保员和您的妻子X核实``), and in a table's column (no label before
it on its line).
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_CUES = ("查勘", "定损", "协保员")
_POST = re.compile(r"(?:查勘|定损|查勘定损|核损)(?:员|人员)|协保员")
_H = r"[\u4e00-\u9fff·]"
# what may stand between the post's word and a name of its list
_GAP = re.compile(
    rf"[：:]?[ \u3000]*(?:{_H}{{2,20}}?(?:公司|支公司|营销服务部|中心|站)[ \u3000]*)?"
    rf"(?:(?:{_H}{{1,12}}[：: \u3000]+)?{_H}{{2,10}}(?:[（(][^（）()\n]{{0,30}}[）)])?"
    rf"[、，,][ \u3000]*)*(?:{_H}{{1,12}}[：: \u3000]+)?"
)
# a person's own particulars after a name of the list, before the list's end
_OWN = re.compile(r"1[3-9]\d{9}(?!\d)|\d{17}[\dXx]|身份证")
_END = re.compile(r"[；;。\n]")


def claim_staff(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names listed after an insurer's claim post (module doc)."""
    if not any(has_word(text, cue) for cue in _CUES):
        return cands
    drop = set()
    for start, end, kind, _conf in cands:
        if kind != "name":
            continue
        lo = max(0, start - 80, text.rfind("\n", 0, start) + 1)
        window = text[lo:start]
        if "员" not in window:
            continue
        posts = list(_POST.finditer(window))
        if not posts:
            continue
        post = posts[-1]
        if not _GAP.fullmatch(window, post.end()):
            continue
        stop = _END.search(text, end)
        tail = text[end : stop.start() if stop else len(text)]
        following = re.search(r"[、，,]", tail)
        own = tail[: following.start()] if following else tail
        if _OWN.search(own):
            continue
        drop.add((start, end))
    if not drop:
        return cands
    # (a piece of a dropped name found on its own too: 斯曼 of 阿迪力·吾斯曼)
    return [
        c for c in cands if not (c[2] == "name" and any(s <= c[0] and c[1] <= e for s, e in drop))
    ]
