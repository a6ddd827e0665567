"""A street and house number under a door plate's label in a person's record (privfix19e,
docs263: applications to correct a door plate).

A street number alone may be an office's, so ``streetaddress.house`` takes it only after
a residence label. A record of a household's door plate gives the home's number under
labels of its own: 门牌, 原门牌（有误）, 新门牌号, 变更后门牌地址 — and the corrected value
on the next line, under 申请更正为 / 变更为 after a door's or a home's label. These are the
household's address when the record is a person's (a resident ID, a mobile, or a key of
the applicant or the name in the lines above, up to a blank line).
"""

from __future__ import annotations

import re

from .changedheads import CHANGED

_DOOR = rf"(?:原|新|现|申请|登记|原登记|{CHANGED})?门牌(?:号码?|地址)?"
_NOTE = r"(?:[（(][^）)\n]{0,8}[）)])?"
_DOOR_LABEL = re.compile(rf"[ \u3000\t]*{_DOOR}{_NOTE}[ \u3000]*[:：][ \u3000]*")
# the corrected value, under a label that only says it replaces the line before
_CORRECTED = re.compile(
    r"[ \u3000\t]*(?:申请|拟|请求|要求)?(?:更正|变更|更改|改)为[ \u3000]*[:：][ \u3000]*"
)
_HOME_LABEL = re.compile(
    rf"[ \u3000\t]*(?:{_DOOR}|[\u4e00-\u9fff]{{0,4}}(?:住址|地址)){_NOTE}[ \u3000]*[:：]"
)
_PERSON = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?![\dA-Za-z])|(?:^|\n)[ \u3000]*(?:申请人|姓名|户主)[:：]"
)
_UNIT = re.compile(r"(?:^|\n)[ \u3000]*[\u4e00-\u9fff]{0,4}(?:单位|名称|法定代表人)[:：]")


def door_record(text: str, start: int) -> bool:
    """Whether the address at ``start`` stands under a door plate's label (or its
    correction's) in a person's record."""
    near = text[start - 12 if start > 12 else 0 : start]
    if "门牌" not in near and "为" not in near:
        return False  # (the cheap look first: no such label right before)
    line_start = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    if not _DOOR_LABEL.fullmatch(text, line_start, start):
        if not line_start or not _CORRECTED.fullmatch(text, line_start, start):
            return False
        above = text.rfind("\n", line_start - 120 if line_start > 120 else 0, line_start - 1) + 1
        if not _HOME_LABEL.match(text, above, line_start):
            return False  # a correction of what? not of a door's or a home's line
    lo = start - 600 if start > 600 else 0
    blank = text.rfind("\n\n", lo, start)
    block = text[blank + 1 if blank >= 0 else lo : start]
    return bool(_PERSON.search(block)) and not _UNIT.search(block)
