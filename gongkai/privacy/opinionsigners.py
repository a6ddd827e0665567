"""The signer of an office's opinion on a form (issue 16, privfix27c, docs305).

An application form printed from a system carries its reviewers' opinions, each on a line
of its own with the reviewer's signature: "班主任意见：情况属实，同意。签字：X", "学校认定小组
意见：同意。组长：Y", "村委会意见：…　签名：Z", "初审意见：…（签章）W". The class teacher, the
group's head and the committee's clerk sign there in their office (README: officials acting
in office, as a 评定医师 or an 初审人), so a name right after 签字/签名/签章 on a line whose
label is an office's opinion (the label ending in 意见 after a post's or a body's word) is
dropped.

Not so: the opinion of the person concerned or their family ("申请人意见", "家长意见",
"监护人意见", "学生本人意见": a private signature), a 签字 label on another line, a name
standing elsewhere on the opinion's line (its prose).

Cost: nothing unless 意见 and a signature's word stand in the text (two ``in``); then a
look at the start of each name's line.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the line's label: an office's post or body, then 意见
_OFFICE_OPINION = re.compile(
    r"[^\n：:]{0,12}?(?:班主任|辅导员|校长|组长|小组|学校|学院|院系|年级|委员会|村委会|居委会|"
    r"村民委员会|乡镇|街道|部门|单位|主管|初审|复审|复核|审核|审批|评议|认定)意见[：:]"
)
_PRIVATE_OPINION = re.compile(r"申请人|家长|监护人|本人|学生意见|当事人")
_SIGN = re.compile(r"(?:签字|签名|签章|签字人)[：:]?[ \u3000]*$")


def opinion_signers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names signing an office's opinion on its line (docstring)."""
    if not (has_word(text, "签字") or has_word(text, "签名") or has_word(text, "签章")):
        return cands  # (the cue index first: a miss walks no text, privspeed27b)
    if "意见" not in text:
        return cands
    out = []
    for c in cands:
        if c[2] == "name":
            line = text.rfind("\n", 0, c[0]) + 1
            head = text[line : c[0]]
            if _SIGN.search(head):
                m = _OFFICE_OPINION.match(text, line)
                if m and not _PRIVATE_OPINION.search(m.group()):
                    continue
        out.append(c)
    return out
