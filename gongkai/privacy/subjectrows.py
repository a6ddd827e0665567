"""A table row about an institution: its phone is the institution's (issue 16).

In a register of licences, permits or inspections each row is about its holder, named
under a header such as 经营者名称, 单位名称 or 企业名称; the row may also name a person
(负责人, 法定代表人) and most rows of individual businesses give a mobile. When the
holder is an institution (a school, a hospital, a company, an office), the landline of
its row is the institution's, not the person's. A person's employer under 参保单位,
工作单位 or 所在单位 — or under 单位名称 after the person's own columns (姓名 | … | 单位名称) —
is no row's subject: those rows stay the persons', and so does a row with a person's sex
in a cell of its own (单位名称 | 姓名 | 性别 | …: the unit is the worker's employer).
"""

from __future__ import annotations

import re

# the header cell of the row's subject: the holder's name, not an attribute of a person
_SUBJECT_HEADER = re.compile(
    r"(?:经营者|单位|企业|机构|主体|市场主体|申请单位|被检查单位|许可单位|学校|医疗机构)名称"
)
_INSTITUTION = re.compile(
    r"(?:学校|中学|小学|幼儿园|学院|大学|医院|卫生院|中心|局|有限公司|股份公司|集团|委员会|协会|"
    r"银行|支行|研究所|馆)(?:[（(][^（()）]{1,12}[）)])?$"
)
_PERSON_HEAD = re.compile(r"姓名|申请人|户主|负责人|法定代表人|联系人|人员")
_SEPS = ("\t", "|", "｜")


def institution_row(text: str, start: int) -> bool:
    """Whether ``start`` stands in a delimited row whose subject cell is an institution."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False  # no line of a table: prose run on
    line_end = text.find("\n", start, start + 400)
    line = text[line_start : line_end if line_end >= 0 else start + 400]
    sep = next((s for s in _SEPS if s in line and line.count(s) >= 2), None)
    if sep is None:
        return False
    cells = line.split(sep)
    # the header: the nearest line above naming a 名称, of the same width as the row
    at = text.rfind("名称", start - 6000 if start > 6000 else 0, line_start)
    if at < 0:
        return False
    above = text.rfind("\n", at - 600 if at > 600 else 0, at) + 1
    end = text.find("\n", at, line_start)
    header = text[above : end if end >= 0 else line_start].split(sep)
    if len(header) != len(cells):
        return False
    for i, head in enumerate(header):
        if _SUBJECT_HEADER.fullmatch(head.strip(' \u3000"*')):
            if any(_PERSON_HEAD.search(h) for h in header[:i]):
                return False  # 姓名 | … | 单位名称: the person's employer, not the subject
            if "男" in line or "女" in line:
                if any(c.strip(' \u3000"') in ("男", "女") for c in cells):
                    return (
                        False  # a sex's cell: a person's record (a worker's), the unit his employer
                    )
            return bool(_INSTITUTION.search(cells[i].strip(' \u3000"')))
    return False
