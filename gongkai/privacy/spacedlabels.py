"""Phone labels typed or recognised with spaces between their characters (issue 16, the
phone errors of the held-out batches): "联 系 电 话：…", "监 督 电 话：…", "电  话：…" —
letter-spaced in a form's fields, or spaced by OCR of a notice board's photo. The rules
read a label right before its number ("家庭电话：", "举报电话："), so ``spaced_phone_labels``
writes the label's characters together and the spaces before it: the same length, so
every offset holds ("监 督 电 话：138…" is read as "   监督电话：138…").
"""

from __future__ import annotations

import re

# two to six characters parted by one to three spaces, the last of a phone's label
_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff][ \u3000]{1,3}){1,5}"
    r"(?:话|机|线|式|电))(?=[ \u3000]*[：:])"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]{0,5}(?:电话|手机|座机|固话|热线|宅电|方式)")
# the cheap look first: a spaced label's last character after a space
_HINTS = (" 话", " 机", " 线", " 式", " 电", "\u3000话", "\u3000机")


def spaced_phone_labels(text: str) -> str:
    """``text`` with each letter-spaced phone label written together (same length)."""
    if not any(h in text for h in _HINTS):
        return text
    return _SPACED.sub(_together, text)


def _together(m: re.Match[str]) -> str:
    spaced = m.group(1)
    label = spaced.replace(" ", "").replace("\u3000", "")
    if not _LABEL.fullmatch(label):
        return spaced
    return " " * (len(spaced) - len(label)) + label
