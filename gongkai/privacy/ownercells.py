"""Whose landline a table's row or a bracket says it is (issue 16, after docs103–docs105):
the entity the number's own column, label or bracket attaches it to, not the nearest
person's name (``landlineowner`` asks it first).

- **a column's owner cell**: the number's column header is ``X电话`` (``X座机``, ``X号码``,
  ``X联系方式`` …) and the table has a column of X itself (``X``, ``X/单位``, ``X（单位）``,
  ``X姓名``, ``X名称``, ``X人``): that column's cell in the number's row names its owner —
  a landlord's column holding a person in one row and a company or a school in another,
  a caller's column holding "某医院值班护士". A header ``X负责人`` is no column of X
  itself (服务对象 / 服务对象负责人 / 服务对象电话: the served unit's phone);
- **a name column right before it**: with no such column, the cell right before the
  number when its header names a unit's name (名称, 单位名称, 旅馆名称 …; not 工作单位: a person's roster): a
  hotel's name cell spanning the rows of its guests, its front desk's phone beside it.

The owner cell is a unit's when it is a unit's name (``_UNIT_CELL``), maybe followed by a
post of its staff (某医院值班护士: the hospital's line); the row's other persons' names
and numbers then are not its owner's.

A label naming a unit's premises (``店内电话``, ``厂里座机``, ``馆内电话``: a unit's
character, then 内/里) is the unit's line, though a person the bracket describes stands
before it (证人某某（烧烤店店主，店内电话…）) — unless a private number of a person
stands before it in its sentence: the premises' line listed among a writer's own contacts
("我的电话138…，店里座机…" is the shopkeeper's way to be reached; ``landlineowner``).
"""

from __future__ import annotations

import re

from .unitcolumns import header_line
from .unitshort import SCHOOL_SHORT

# the number's column header: what it is X's phone of ("出租人电话", "服务对象联系电话")
_OF = re.compile(
    r"(.{1,8}?)(?:的)?(?:联系|固定|办公)?(?:电话|座机|固话|联系方式)(?:号码)?|(.{1,8}?)号码"
)
# what may follow X in the header of X's own column
_OWN_REST = re.compile(r"(?:[/／（(、或].*|姓名|名称|单位|人|名)?")
# a header of a unit's name column, right before the number
_NAME_HEADER = re.compile(r"[\u4e00-\u9fff]{0,6}名称")
_UNIT_END = (
    r"(?:公司|集团|厂|店|经营部|门市部|超市|所|局|站|队|院|中心|委员会|居委会|村委会|社区|合作社|"
    r"学校|中学|小学|幼儿园|卫生院|诊所|银行|支行|协会|商会|农场|酒店|宾馆|旅馆|旅社|客栈|民宿|"
    r"饭店|餐馆|酒楼|馆|室|科|股|处|厅|办|"
    rf"{SCHOOL_SHORT})"
)
# a unit's name in a cell, maybe followed by a post of its staff on duty
_UNIT_CELL = re.compile(
    rf"[\u4e00-\u9fff（）()·“”\"]{{1,30}}{_UNIT_END}"
    r"(?:(?:值班|值守|当班)?(?:护士|医生|人员|工作人员|保安|门卫|前台|职工|员工))?"
)
# an owner cell naming no one but a unit's desk on duty ("值班人员", "值班护士", "前台"): the
# number reached a unit's desk, no person's (a caller's column of an emergency log)
_DESK_CELL = re.compile(
    r"(?:值班|值守|当班)(?:人员|员|护士|医生|民警)|(?:单位)?工作人员|前台|门卫|总机"
)
UNIT_CELL = _UNIT_CELL  # (``unitsites``: a unit's name in an address's row)
# the last signs of such a cell (a cheap test before the header is read)
_ENDS = tuple("司团厂店部市所局站队院心会区社校学园行馆栈宿室科股处厅办场楼士生员卫台工")
# a school's short name at a cell's end (青峪一中, 城关二小; not 初中, 高中: a schooling's level)
_SHORT_END = re.compile(rf"{SCHOOL_SHORT}$")
# a label naming a unit's premises right before the number ("店内电话：", "厂里座机")
_PREMISES = re.compile(
    r"(?:[店厂馆所院站社场栈铺]|公司|单位)[内里]"
    r"的?(?:电话|座机|固话)(?:号码)?[：:为是]?[ \u3000]*$"
)


UNIT_ENDS = _ENDS  # (``unitsites``: the cheap look at a row)
_SEPARATORS = ("\t", "│", "|", ",")  # (as ``unitcolumns``: a row's cells)

# the row's subject (after docs106–108): a column naming the unit or household a row is
# about ("养殖场（户）名称", "户名/单位名称", "养殖主体", "产权单位或产权人"), standing before
# the persons' columns (负责人, 户主); a header of a place or of a person's employer is
# none (乡镇, 村（社区）, 设置地点, 用人单位, 工作单位)
_SUBJECT_HEAD = re.compile(
    r"[\u4e00-\u9fff（）()]{0,10}?(?:名称|户名|主体)(?:[/／或、（(].*)?"
    r"|单位|[\u4e00-\u9fff]{0,4}单位(?:或|[/／、])[\u4e00-\u9fff]{0,4}"
)
_PLACE_HEAD = re.compile(
    r"乡|镇|村|社区|街道|地点|地址|住址|区域|所在|所属|工作|就读|就职|就业|用人|推荐|派出|填报"
)
_PERSON_HEAD = re.compile(
    r"姓名|户主|负责人|法人|代表人|联系人|经营者|业主|店主|摊主|本人|家长|人$"
)
# the unit's own representative between its name and its line (负责人, 联系人, 法定代表人,
# 户主 of a household farm); any other person's column (姓名, 入住老人, 紧急联系人) between
# them takes the row's later cells from the subject
_REPRESENTATIVE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:负责人|联系人|法定代表人|法人(?:代表)?|户主)(?:[/／或、（(].*)?"
)
_OTHER_PERSON = re.compile(r"紧急|家属|亲属|监护|代理|老人|成员")
# a keeper of an individual business: his shop's line is his (a tobacco retailer's roster)
_KEEPER_HEAD = re.compile(r"经营者|经营人|业主|店主|摊主")
# what a generic contact header names as X ("联系电话", "固定电话", "电话"): no holder
_GENERIC = frozenset(("联系", "固定", "办公", "单位", "座机"))
# a unit of its own standing as a row's subject, not a keeper's shop (店, 商行, 超市 …)
_SHOP_END = re.compile(r"(?:店|商行|商店|超市|部|馆|楼|社|栈|宿|室|铺|摊)$")
_OWN_SOCIETY = re.compile(r"合作社$|联社$|旅行社$")


def row_cells(line: str, sep: str) -> list[str]:
    """The cells of a delimited line, without their spaces and quotes."""
    return [c.strip(" \u3000\"'") for c in line.split(sep)]


def owner_cell(text: str, start: int, found=None) -> str | None:
    """The cell of the number's row that its column attaches it to (above), or None;
    ``found``: the number's ``header_line`` when the caller read it."""
    found = found or header_line(text, start)
    if found is None:
        return None
    head, header, sep, index = found
    row = row_cells(number_line(text, start), sep)
    return _owner_of(head, row_cells(header, sep), index, row)


def number_line(text: str, start: int, reach: int = 400) -> str:
    """The number's line, at most ``reach`` signs either side (a row, not a paragraph)."""
    line_end = text.find("\n", start, start + reach)
    begin = text.rfind("\n", start - reach if start > reach else 0, start) + 1
    return text[begin : line_end if line_end >= 0 else min(len(text), start + reach)]


def _owner_of(head: str, heads: list[str], index: int, row: list[str]) -> str | None:
    of = _OF.fullmatch(head)
    x = of and (of.group(1) or of.group(2))
    if x:
        for k, other in enumerate(heads):
            if k != index and other.startswith(x) and _OWN_REST.fullmatch(other, len(x)):
                return row[k] if k < len(row) else None
    if index >= 1 and index - 1 < len(heads) and _NAME_HEADER.fullmatch(heads[index - 1]):
        return row[index - 1]
    return None


def _merged_heads(text: str, header: str, sep: str, start: int) -> list[str]:
    """The header's cells, a second header row's cells over them where it has one (a
    column group "养殖主体" over "户名/单位名称 | 类型 | 负责人")."""
    heads = row_cells(header, sep)
    at = text.rfind(header, start - 6000 if start > 6000 else 0, start)
    if at < 0:
        return heads
    lo = at + len(header) + 1
    hi = text.find("\n", lo, start)
    if hi < 0:
        return heads
    lower = row_cells(text[lo:hi], sep)
    if len(lower) < 2 or any(c and c[0].isdigit() for c in lower):
        return heads  # (a row of data, not a header's second row)
    return [lower[k] if k < len(lower) and lower[k] else h for k, h in enumerate(heads)]


def subject_cell(text: str, start: int, persons: frozenset[str] = frozenset()) -> str | None:
    """The row's subject cell when the number's column is a generic contact column
    (联系电话, 固定电话, 电话; not 家庭电话, 负责人电话) and a column naming the row's unit
    or household stands before the persons' columns, in a table of no shop keepers.
    ``persons``: the private persons' names found in the text; a cell between the subject
    and the number holding one, under a header that names no representative of the unit
    (签约居民, 服务对象 …, whatever its word), is a person's column of its own."""
    found = header_line(text, start)
    if found is None:
        return None
    head, header, sep, index = found
    of = _OF.fullmatch(head)
    if of is not None and (of.group(1) or of.group(2)) not in _GENERIC:
        return None  # (a holder's or a home's line: 家庭电话, 户主电话)
    if of is None and not head.endswith(("电话", "座机", "固话", "联系方式")):
        return None
    if _KEEPER_HEAD.search(header):
        return None
    heads = _merged_heads(text, header, sep, start)
    for k, h in enumerate(heads[:index]):
        if _SUBJECT_HEAD.fullmatch(h) and not _PLACE_HEAD.search(h):
            if any(_KEEPER_HEAD.search(g) for g in heads) or any(
                _PERSON_HEAD.search(g)
                and (not _REPRESENTATIVE.fullmatch(g) or _OTHER_PERSON.search(g))
                for g in heads[k + 1 : index]
            ):
                return None  # a person of the row's own between: the number is theirs
            row = row_cells(number_line(text, start), sep)
            if persons and any(
                j < len(row) and row[j] in persons and not _REPRESENTATIVE.fullmatch(heads[j])
                for j in range(k + 1, index)
            ):
                return None  # a private person's cell between: the row's later cells are theirs
            return row[k] if k < len(row) else None
        if _PERSON_HEAD.search(h):
            return None  # a person's row first: the person is its subject
    return None


def unit_owner_cell(text: str, start: int, persons: frozenset[str] = frozenset()) -> bool:
    """Whether the number's column gives it to a cell that is a unit's name (above);
    ``persons`` as ``subject_cell``'s."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False  # (a line of prose)
    before = text[line_start:start]
    sep = next((s for s in _SEPARATORS if s in before), None)
    if sep is None or not any(
        c.endswith(_ENDS) or (c.endswith(("中", "小")) and _SHORT_END.search(c))
        for c in row_cells(number_line(text, start), sep)
    ):
        return False  # (the cheap tests first: a table's row holding a unit's cell)
    cell = owner_cell(text, start)
    if cell and (_UNIT_CELL.fullmatch(cell) or _DESK_CELL.fullmatch(cell)):
        return True
    cell = subject_cell(text, start, persons)  # the row's subject: a unit's, not a keeper's shop
    return bool(
        cell
        and _UNIT_CELL.fullmatch(cell)
        and (not _SHOP_END.search(cell) or _OWN_SOCIETY.search(cell))
    )


def premises_label(text: str, start: int) -> bool:
    """Whether the number's own label names a unit's premises (店内电话, 厂里座机)."""
    return _PREMISES.search(text, start - 12 if start > 12 else 0, start) is not None
