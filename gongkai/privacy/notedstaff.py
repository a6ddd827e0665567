"""A landline given right after a person noted by the office or company they act for
(issue 16, privfix23a): "负责人：X（村委会主任）\\n联系电话：…", "报送人：Y（某物业）\\t联系电话：…",
"请联系县禁毒办Z，电话：…". The person stands there for the unit (README: a unit's contact
with the unit's phone is not marked), so the fixed line after them is the unit's. A person's
own mobile there stays a finding (privfix19c); this is asked for landlines only. A note of
kinship or of a post that is no office (退休干部, 村民, 组长) does not end in an organ's word
and is not read.
"""

from __future__ import annotations

import re

# the bracket's note ends in an organ's or a firm's word (…主任 of a committee, …局, …物业)
_NOTED = re.compile(
    r"[\u4e00-\u9fff·]{2,4}[（(][^（）()\n]{0,24}?"
    r"(?:主任|书记|局|办|所|委员会|村委|居委|公司|物业|中心)[）)]"
    r"[ \t\u3000]*\n?[ \t\u3000]*(?:联系|办公|固定)?(?:电话|方式)[:：]?[ \t\u3000]*\Z"
)
# the reader sent to an office's person: "请联系县禁毒办Z，电话："
_SENT_TO = re.compile(
    r"(?:联系|咨询|致电)[\u4e00-\u9fff]{1,16}?(?:办|局|所|中心|委员会)[\u4e00-\u9fff·]{2,4}"
    r"[，,][ \u3000]*(?:联系)?电话[:：]?[ \u3000]*\Z"
)


def noted_staff_line(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a phone label right after a person noted by
    the unit they act for."""
    window = text[start - 60 if start > 60 else 0 : start]
    if "电话" not in window and "方式" not in window:
        return False  # (the cheap look first)
    if "）" in window or ")" in window:
        if _NOTED.search(window):
            return True
    return ("联系" in window or "致电" in window or "咨询" in window) and bool(
        _SENT_TO.search(window)
    )
