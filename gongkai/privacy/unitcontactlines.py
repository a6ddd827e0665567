"""A unit's contact and the line given with him, in a person's record (issue 16,
privfix19h).

A record's note cell may name, beside the person of the row, an organisation and its
own contact: "该车挂靠某县通达货运有限公司，公司联系人X，电话0315-…". The landline after
such a contact (联系人 qualified by the unit's word: 公司, 单位, 企业, 机构, 学校 …, or
right after the unit's name) is the unit's, not the row's person's: it is left out.
A contact of no unit ("紧急联系人X，电话…", "家属联系人") keeps his line.

Speed: nothing is read unless the text holds 联系人 (looked for by 联: a miss costs a
memchr walk, not a substring search of the whole text) and a landline was found.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the unit's contact, his name, and the phone's label right before the number
_UNIT_CONTACT = re.compile(
    r"(?:公司|单位|企业|机构|学校|酒店|商行|中心|集团|厂|店|社|站|所)(?:方面)?"
    r"(?:的)?(?:业务|工作|对接)?联系人[：:]?[ \u3000]*[\u4e00-\u9fff·]{2,5}"
    r"[，,、 \u3000]*(?:联系)?(?:电话|座机|固话)[：: \u3000]*$"
)


def unit_contact_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines given with a unit's contact (module docstring)."""
    if not has_word(text, "联系人"):
        return cands
    drop = [
        i
        for i, c in enumerate(cands)
        if c[2] == "landline" and _UNIT_CONTACT.search(text, max(0, c[0] - 30), c[0])
    ]
    if not drop:
        return cands
    gone = set(drop)
    return [c for i, c in enumerate(cands) if i not in gone]
