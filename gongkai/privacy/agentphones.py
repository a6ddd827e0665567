"""Whose landline it is when a table's column gives the phone of the row's unit's agent, and
when a bare phone line closes an office's table footer (issue 16, docs144–149).

**The agent's column.** A persons' table (athletes, pupils, entrants) often names beside each
person the unit they come for and that unit's person — its coach, team leader, teacher in
charge, contact — with that person's phone (教练员联系方式, 领队电话, 指导教师电话, 带队老师
手机, 联系人电话). The column's header says the phone is not the row's person's; whose it is
depends on the row's unit. A landline in such a column, in a row whose unit cell names a
public unit (a school, a sports school, an office, a centre, a town's or an office's team,
a community), is the unit's desk reached through its agent: no private person's. A private
club's or a shop's coach is a private person and the row's unit cell names no public unit
(俱乐部, 会所, 工作室): the landline stays, and a mobile in the column always stays (the
agent's own). A column naming the row's own kin or contacts (紧急联系人, 家长, 监护人) is
no agent's.

**An office's table footer.** A table ends with the office that made it ("鉴定站：某某所
填表人：X 审核人：Y") and, on the next line, a bare phone label ("联系电话：0xxx-…"): the
phone continues the footer and is the office's. The footer must name the office beyond one
clerk (a unit's name, or two clerical posts), so that an applicant's own form
("填表人：张三\\n联系电话：…", the filler the applicant) keeps its number.
"""

from __future__ import annotations

import re

from .kindindex import kind_positions, without
from .unitcolumns import header_line

Candidate = tuple[int, int, str, float]

Candidate = tuple[int, int, str, float]

# a unit's agent named in a column's header, then the phone word (教练员联系方式, 领队电话,
# 指导教师电话, 带队老师手机, 联系人电话); not the row's own kin or emergency contact
_AGENT_HEADER = re.compile(
    r"(?<![急属长护])(?:主?教练员?|领队|带队(?:教师|老师|人)?|指导(?:教师|老师|教练|员)|辅导员|"
    r"班主任|(?:负责|责任|对接|联络)(?:老师|教师|人)|联系人)(?:[（(][^）)]{0,8}[）)])?"
    r"(?:及其?|的)?(?:联系)?(?:电话|方式|座机|固话)"
)
# a cell naming a public unit: a school, an office, a centre, a town's or an office's team
_PUBLIC_UNIT = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}?(?:学校|中学|小学|幼儿园|体校|学院|大学|[中小]学校区|"
    r"局|中心|站|所|院|委员会|委会|社区|政府|办事处|街道|代表队|机关)"
)
# a business's or club's word: a private unit whatever it ends with
_PRIVATE_UNIT = re.compile(r"俱乐部|会所|工作室|培训|公司|有限|店|馆|个体|私立|民办")
_SEPARATE = re.compile(r'\t|\||│|","|,|</t[dh]>')
_TAG = re.compile(r"<[^>]*>")
# a line holding only a phone label (and the number after it)
_BARE_LABEL = re.compile(r"[ \u3000]*(?:联系|咨询|办公|值班)?(?:电话|方式|座机)[：:][ \u3000]*$")
# a clerical post of the table's making or checking, as a label ("填表人：", "制表：", "审核人：")
_FOOTER_POST = re.compile(
    r"(?:制表|填表|填报|制单|审核|复核|审批|统计|核对|校对|录入|经办|承办)人?[：:]"
)
_UNIT_VALUE = re.compile(
    r"[：:][ \u3000]*[\u4e00-\u9fff（）()]{2,30}?(?:局|中心|站|所|院|委员会|政府|办事处|学校|"
    r"办公室|科|股|处)(?=[ \u3000\t,，;；|]|$)"
)


def _public_row(text: str, start: int, *, before: bool = False) -> bool:
    """Whether the row of ``start`` holds a cell naming a public unit (and none a club's);
    ``before``: only the cells before the number's (a unit, then its contact's phone)."""
    line_start = text.rfind("\n", start - 600 if start > 600 else 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : start if before else line_end if line_end >= 0 else len(text)]
    cells = [c.strip(' \u3000"') for c in _SEPARATE.split(_TAG.sub("\t", line))]
    return any(
        _PUBLIC_UNIT.fullmatch(c) and not _PRIVATE_UNIT.search(c) for c in cells if len(c) <= 32
    )


def _agent_column(text: str, start: int) -> str | None:
    """The agent's header over the number at ``start`` (None: no agent's column)."""
    found = header_line(text, start)
    if found is None:
        return None
    cell = found[0].strip(' \u3000"')
    m = _AGENT_HEADER.search(cell) if cell else None
    return m.group() if m else None


def _footer_phone(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands on a bare phone line after an office's table
    footer (module docstring)."""
    line_start = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    if line_start < 2 or not _BARE_LABEL.fullmatch(text, line_start, start):
        return False
    prev_start = text.rfind("\n", line_start - 400 if line_start > 400 else 0, line_start - 1) + 1
    prev = text[prev_start : line_start - 1]
    posts = _FOOTER_POST.findall(prev)
    return bool(posts) and (len(posts) >= 2 or _UNIT_VALUE.search(prev) is not None)


def agent_landline(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a public unit's agent's column's or an office's
    table footer's (module docstring)."""
    agent = _agent_column(text, start)
    # a bare 联系人 is the unit's only where the unit stands before it: a 联系人 column left of
    # the row's provider (联系人 | 联系人电话 | 承接机构) is the row's person's own contact
    # (privfix22d, docs282); a coach or a team leader is an agent wherever the unit stands
    bare = agent is not None and agent.startswith("联系人")
    return bool(agent and _public_row(text, start, before=bare)) or _footer_phone(text, start)


def agent_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of a public unit's agent's column or an office's
    footer line (``agent_landline``)."""
    kinds = [c[2] for c in cands]
    return without(
        cands, {k for k in kind_positions(kinds, "landline") if agent_landline(text, cands[k][0])}
    )
