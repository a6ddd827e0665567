"""A role's name whose own ID number follows in the same record (issue 16).

负责人, 联系人 and 经办人 are often officials acting in office, so their values alone are
no findings. But no office prints an official's identity number: where the record goes on
with that role's ID (负责人：某某 / 负责人身份证：430…, or the ID on the very next line under
a bare 身份证号 label), the role is a private person — a workshop's keeper, a licence
holder, an applicant's agent — and the value is a name.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordsurnames import field_name

Candidate = tuple[int, int, str, float]

# the label of the ID: a role ending in 人 (or 经营者, 业主) before the ID's name, or none
_ID_LABEL = re.compile(
    r"(?:([\u4e00-\u9fff]{1,4}人|经营者|业主|[\u4e00-\u9fff]{0,4}(?:药师|医师|兽医))(?:的)?)?"
    r"(?:公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码)[ \u3000]*[：:][ \u3000]*$"
)
_VALUE = r"[ \u3000]*[：:][ \u3000]*([\u4e00-\u9fff·]{2,6})[ \u3000]*(?:[\n；;，,|\t]|$)"
_ROLE_LINE = re.compile(
    r"(?:^|(?<=[\n；;，,|\t]))([\u4e00-\u9fff]{1,4}人|经营者|业主|[\u4e00-\u9fff]{0,4}(?:药师|医师|兽医))"
    + _VALUE
)


def _name(value: str) -> str:
    if value[:2] in v.COMPOUND_SURNAMES and len(value) <= 4:
        return value if v.plausible_name(value) else ""
    if len(value) == 3 and field_name(value):
        return value  # the role's own ID follows: a name whatever its surname (字建华, 茶文斌)
    return value if len(value) <= 3 and v.plausible_name(value) else ""


def holder_names(text: str, anchors: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, _end, kind, _conf in anchors:
        if kind != "id_card":
            continue
        lo = start - 16 if start > 16 else 0
        label = _ID_LABEL.search(text, lo, start)
        if not label:
            continue
        role = label.group(1)
        head = label.start()
        if role:  # "负责人：某某 …… 负责人身份证：": the role's value within the record
            window = text[head - 80 if head > 80 else 0 : head]
            base = head - len(window)
            cut = window.rfind("\n\n")  # (not past a blank line: another record)
            for m in reversed(list(_ROLE_LINE.finditer(window, cut + 1 if cut >= 0 else 0))):
                if m.group(1).endswith(role) or role.endswith(m.group(1)):
                    name = _name(m.group(2))
                    if name:
                        out.append((base + m.start(2), base + m.start(2) + len(name), "name", 0.85))
                    break
        elif text[head - 1 : head] == "\n":  # "负责人：某某\n身份证号：…": the line right above
            above = text.rfind("\n", head - 40 if head > 40 else 0, head - 1) + 1
            m = _ROLE_LINE.match(text[above : head - 1] + "\n")
            if m:
                name = _name(m.group(2))
                if name:
                    out.append((above + m.start(2), above + m.start(2) + len(name), "name", 0.85))
    return out


_NEXT_ID = re.compile(
    r"[ \u3000]*([\u4e00-\u9fff]{0,4}人|经营者|业主)?(?:的)?"
    r"(?:公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码)[ \u3000]*[：:][ \u3000]*"
    r"\d{17}[\dXx]"
)


def own_id_follows(text: str, line_end: int, role: str) -> bool:
    """Whether the line after ``line_end`` gives the ID of ``role`` (or an unlabelled ID):
    the role's value above is then a private person, not a clerk acting in office."""
    if line_end < 0:
        return False
    m = _NEXT_ID.match(text, line_end + 1)
    if not m:
        return False
    owner = m.group(1)
    return not owner or owner.endswith(role) or role.endswith(owner)
