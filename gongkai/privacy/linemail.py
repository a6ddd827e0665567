"""A mailbox on a line of contacts the scanner judged no person's (issue 16).

A register's footer or a notice's closing line gives one holder's contacts side by side:
"工作站负责人：X　联系电话：0xxx-…　邮箱：…@…". Earlier passes decide the line's phone by
its owner (a unit's post, an office's line, a desk's number) and drop it with the post's
name; the mailbox that shares the line shares that owner, whatever its local part. So a
mailbox is dropped where its line holds a person's label with its name (``…人：X``, X two
to four Han characters) and a phone number (a landline or a mobile, written whole), neither
covered by any finding, and no finding of a private datum at all (a name, an ID, a home, a
card, a phone): the scanner judged the line's person and number no one's, so the box is the
unit's too. A line whose person was found ("联系人：张三　电话：138…　邮箱：…") keeps its box;
so does a box on a line with no such label ("记录人X的个人邮箱…", "其女联系电话：…转…　邮箱：")
or no phone, a box labelled a person's own (个人邮箱, 本人邮箱), and a box in a sentence
after a full stop (a reply's footer naming the office's contact, then the addressee's box).

Cost: read only for the mailboxes found, one line each.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

_PERSON_LABEL = re.compile(r"人[：:][ \u3000]*[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
_OWN = re.compile(r"个人|本人|私人|家庭|自己")
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}[-－ ]?\d{7,8}|1[3-9]\d{9})(?!\d)")


def line_mails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mailboxes of lines whose phone and persons are no one's."""
    mails = [c for c in cands if c[2] == "email"]
    if not mails:
        return cands
    spans = sorted((c[0], c[1]) for c in cands)
    starts = [a for a, _b in spans]
    drop = set()
    for mail in mails:
        start = text.rfind("\n", 0, mail[0]) + 1
        end = text.find("\n", mail[1])
        end = len(text) if end < 0 else end
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if any((a, b) != (mail[0], mail[1]) for a, b in spans[lo:hi]):
            continue  # a finding beside the box: someone's line
        if "。" in text[start : mail[0]] or _OWN.search(text, max(start, mail[0] - 12), mail[0]):
            continue  # a sentence of several holders, or the box labelled a person's own
        if _PHONE.search(text, start, end) and _PERSON_LABEL.search(text, start, end):
            drop.add(mail)
    return [c for c in cands if c not in drop] if drop else cands
