"""How sure a secrecy marking or the 不予公开 stamp is, by what stands around the word.

A level after 密级, a starred level (机密★1年), the stamp after 公开属性, a bracketed word, or
a word alone on a short marking line; 国家秘密 and 商业秘密 in a sentence are no marking.
(Moved out of ``scanner`` to keep it under the 600-line limit.)
"""

from __future__ import annotations

import re

from .patterns import MARKING_LEFTOVER, NOT_SECRET_BEFORE

_LEVEL_BEFORE = re.compile(r"密级\s*[:：]?\s*$")
_ATTRIBUTE_BEFORE = re.compile(r"公开(?:属性|方式|类型|选项)\s*[:：]?\s*$")


def secrecy_confidence(text: str, start: int, end: int, word: str) -> float:
    if "★" in word or "☆" in word:
        return 0.99
    if word == "此件不公开":
        return 0.95
    before = text[start - 8 if start > 8 else 0 : start]
    if word in ("秘密", "机密", "绝密") and before.endswith(NOT_SECRET_BEFORE):
        return 0.0
    if _LEVEL_BEFORE.search(before):
        return 0.99
    if word == "不予公开" and _ATTRIBUTE_BEFORE.search(before):
        return 0.95
    prev = text[start - 1] if start else ""
    tail = text[end : end + 3]
    if (
        prev
        and prev in "【[［（(〔「『<《"
        and tail[:1] in ("】", "]", "］", "）", ")", "〕", "」", "』", ">", "》")
    ):
        return 0.95
    # only a short line can be a marking line: look no further than 41 characters
    line_start = text.rfind("\n", start - 41 if start > 41 else 0, start) + 1
    if line_start == 0 and start > 41:
        return 0.0
    line_end = text.find("\n", end, end + 41)
    if line_end < 0:
        if len(text) - end > 41:
            return 0.0
        line_end = len(text)
    line = text[line_start:line_end]
    if len(line) <= 40 and not MARKING_LEFTOVER.sub("", line):
        return 0.9
    return 0.0
