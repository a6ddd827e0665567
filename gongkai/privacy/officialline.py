"""An official's title before a phone in its clause: the office's line (issue 16).

"村委会主任：多吉，电话：139…", "局长X联系方式…": he acts in office and the number is the
office's. A mobile after the device's own word (组长X，手机…) is the official's own, as the
held-out convention has it since privfix16ia, unless labelled a work phone (科长工作手机)
(privfix19a, docs258). The word 户主 (a householder) before a surname 任 is no 主任: "9号户主任
某联系电话…" names household 9's head and his own number (privfix25d).
"""

from __future__ import annotations

import re

_OFFICIAL_BEFORE = re.compile(
    r"(?:书记|支书|主任|组长|局长|所长|站长|科长|股长|村长|队长|镇长|乡长|县长|主席)"
    r"[:：]?[ \u3000]*[\u4e00-\u9fff]{0,4}[，,、 \u3000]*(?:联系)?(?:电话|手机|方式)[:：]?[ \u3000]*$"
)
_AT_WORK = re.compile(r"工作|办公|公务")


def official_line(text: str, start: int, kind: str) -> bool:
    """Whether an official's title before ``start`` (no sign ending a clause between)
    makes the number the office's."""
    official = _OFFICIAL_BEFORE.search(text, (start - 18 if start > 18 else 0), start)
    if official is None:
        return False
    if text[official.start() - 1 : official.start()] == "户" and official.group()[:2] == "主任":
        return False  # 户主 + a name of the surname 任: the householder's own number
    label = official.group()
    return kind != "mobile" or "手机" not in label or _AT_WORK.search(label) is not None
