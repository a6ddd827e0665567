"""A mailbox under a key of a JSON record of a person (issue 16, docs81).

A system's export gives each applicant as one object: "学生姓名", "学生证件号", the
parents, then "务工单位" (the employer) and "联系邮箱". The employer's company name on the
lines before the mailbox is no sign that the mailbox is the company's: the mailbox's key
stands in the person's own object. So a mailbox that is the value of a mail key (邮箱,
信箱, 邮件, email) is the person's when its enclosing object holds, at its own level, a
person's name key (…姓名) or a resident identity number, and no key naming a unit
(单位名称, 企业名称, 机构名称, 名称) — a unit's object with its contact nested stays the
unit's.
"""

from __future__ import annotations

import re

_MAIL_KEY = re.compile(r'"[^"\n]{0,12}(?:邮箱|信箱|邮件|[Ee]-?mail)[^"\n]{0,6}"[ \t]*:[ \t]*"$')
_NAME_KEY = re.compile(r'"[^"\n]{0,8}姓名"[ \t]*:')
_ID_VALUE = re.compile(r'"(?:\d{17}[\dXx])"')
_UNIT_KEY = re.compile(r'"(?:[^"\n]{0,4}(?:单位|企业|机构|公司))?名称"[ \t]*:')
_SPAN = 4000  # how far back the object's opening brace is looked for


def _own_level(text: str, start: int) -> str | None:
    """The text of the enclosing object before ``start``, its nested objects left out."""
    depth, i, lo = 0, start - 1, max(0, start - _SPAN)
    parts: list[str] = []
    end = start
    while i >= lo:
        ch = text[i]
        if ch == "}":
            if depth == 0:
                parts.append(text[i + 1 : end])
            depth += 1
        elif ch == "{":
            if depth == 0:
                parts.append(text[i + 1 : end])
                return "".join(reversed(parts))
            depth -= 1
            if depth == 0:
                end = i
        i -= 1
    return None


def json_person_mailbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is the value of a mail key in a person's object."""
    if text[start - 1 : start] != '"' or not _MAIL_KEY.search(
        text, start - 40 if start > 40 else 0, start
    ):
        return False
    own = _own_level(text, start)
    if own is None or _UNIT_KEY.search(own):
        return False
    return bool(_NAME_KEY.search(own) or _ID_VALUE.search(own))
