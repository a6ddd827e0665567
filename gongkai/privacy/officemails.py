"""Whose mailbox it is when it closes a sentence of an office's lines (issue 16, JJ).

A notice gives the reader the office's contacts in one sentence: "报名电话：0xxx-…，0xxx …转
201；电子邮箱：…@126.com". The scanner has already judged the sentence's landlines: a switchboard
with its extension, a line under a unit's label, none kept as anyone's; a mobile the
scanner dropped as a desk's (值班手机, privfix20b) counts as such a line. A mailbox in the same
sentence, with nothing private found in it (no name, mobile, ID, card, home or kept landline)
no person's label before the mailbox (申请人邮箱, 本人邮箱), the mailbox's label right after
the lines, and no word of the reader (你, 您, 本人: a letter's sentence of the addressee's own
contacts), is reached the same way: the office's. An office's site under its own label (受理地址：…, 办公地点：…)
right before the mailbox stands for the lines the same way. A sentence holding a person's kept
datum, or neither a landline nor such a site, keeps its mailbox for the other readers.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

# a landline's shape (area code, then seven or eight digits; an extension may follow)
_LANDLINE = re.compile(r"(?<![\dA-Za-z])[（(]?0\d{2,3}[）)]?[- \u3000]?\d{7,8}(?!\d)")
# a mobile's shape: one the scanner dropped is a desk's line like a landline
_MOBILE = re.compile(r"(?<![\dA-Za-z])1[3-9]\d{9}(?!\d)")
# a sentence told to or of its reader (a letter's 你, 您, 本人): the contacts may be theirs
_READER = re.compile(r"你|您|本人")
# an office's site by its label: where it receives or works (not a person's 地址 or 住址)
_SITE = re.compile(r"(?:办公|受理|办理|服务|咨询|接待|来访)地[点址][：:]")
# a person's label before the mailbox: a role (…人), the person's own (本人, 个人, 家庭)
_PERSON_LABEL = re.compile(r"人|本人|个人|家庭|私人|学生|家长")
_PRIVATE = frozenset(("name", "mobile", "id_card", "bank_card", "address", "landline"))


# the last end of a window and the run up to the first (``max`` of each end's ``rfind``,
# ``min`` of its ``find``, the text's end at most): one C walk each
_LAST_END = re.compile(r"(?s).*[。\n！？!?]")
_NO_END = re.compile(r"[^。\n！？!?]*")


def _sentence(text: str, at: int, end: int) -> tuple[int, int]:
    last = _LAST_END.match(text, at - 300 if at > 300 else 0, at)
    return (last.end() if last else 0), _NO_END.match(text, end, end + 300).end()


def office_mails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mailboxes closing a sentence of an office's lines (above)."""
    mails = [c for c in cands if c[2] == "email"]
    if not mails:
        return cands
    starts: list[int] | None = None
    mobiles: set[int] | None = None
    drop: set[int] = set()
    for c in mails:
        lo, hi = _sentence(text, c[0], c[1])
        before = [m.end() for m in _LANDLINE.finditer(text, lo, c[0])]
        if "1" in text[lo : c[0]]:  # a desk's mobile the scanner dropped ("值班手机189…")
            if mobiles is None:
                mobiles = {d[0] for d in cands if d[2] == "mobile"}
            ends = [m.end() for m in _MOBILE.finditer(text, lo, c[0]) if m.start() not in mobiles]
            before = sorted(before + ends)
        if not before or c[0] - before[-1] > 16:
            # or an office's own site (受理地址：…, 办公地点：…) right before the mailbox
            site = _SITE.search(text, max(lo, c[0] - 64), c[0]) if "地" in text[lo : c[0]] else None
            if site is None:
                continue  # no office's line or site right before the mailbox in its sentence
            # (the mailbox's own label starts after the site's last gap: 人民路 is no 人)
            gap = max(text.rfind(ch, site.end(), c[0]) for ch in " \u3000\t")
            before = [max(site.end(), gap + 1)]
        if _READER.search(text, lo, hi):
            continue
        label_lo = max(before[-1], *(text.rfind(ch, lo, c[0]) + 1 for ch in "；;，,、"))
        if _PERSON_LABEL.search(text, label_lo, c[0]):
            continue
        if starts is None:
            starts = sorted(d[0] for d in cands if d[2] in _PRIVATE)
        k = bisect_left(starts, lo)
        if k < len(starts) and starts[k] < hi:
            continue  # a private datum in the sentence
        drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "email" and c[0] in drop)]
