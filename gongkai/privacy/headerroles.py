"""Who a column's header says its cells are: the office's staff, or persons of a kind.

A header is a role, and a role says whose the names under it are, whatever the table's
form (HTML, DOCX or XLSX text, pipe, aligned, one cell a line, an export's fields):

- **The office's staff.** A header naming an act of the office on the record and the one
  who did it — 复查人, 检查人员, 入户核查人, 处理人姓名, 回访人, 接待干部, 巡查民警 —
  heads the caseworkers who acted in office: their names are not private persons'
  (``staff_header``). The act is the office's (查, 核, 审, 办, 处理, 接待, 回访, 登记 …);
  a party's word (投诉人, 申请人, 来访人, 被调查人) is not an act of the office.
- **Persons of a kind.** A header naming a kind of private person with a qualifier before
  it — 投诉农民工, 欠薪职工, 受访村民, 接待代表, 居民代表, 施工项目经理 — heads persons
  where the cells look like names (``kind_header``; the table's reader still asks each
  cell to be name-shaped). A unit's word in the header (单位代表, 企业员工数) or a count
  or a description (人数, 电话, 意见) is no column of names, nor is a bare 代表 (a company's
  or a taxpayer's representative beside it).
"""

from __future__ import annotations

import re

from .accountkinds import scheme_card_label
from .headerqualifiers import _NOT_PERSONS

# acts of an office on a record, done by its staff
ACTS = (
    "复查|检查|核查|排查|巡查|督查|抽查|调查|勘查|踏勘|核验|查验|验收|"
    # an insurer's or an office's survey of a loss (查勘人员, 勘察人, 定损员)
    "查勘|勘察|勘验|定损|核损|"
    "处理|处置|办理|受理|承办|经办|经手|接待|接听|接警|走访|回访|入户|上门|"
    # settling a dispute on the office's behalf (调处责任人, 化解责任人, 调解人员)
    "调处|调解|化解|"
    "录入|填报|填表|制表|记录|审核|审批|审查|复核|核实|核对|核定|核算|答复|回复|"
    "签发|跟进|派单|转办|交办|督办|保管|记账|报账|送达|测量|评估|导出|"
    # the office's own duties: enforcing, handling cases, taking calls, dispatching,
    # paying out (执法人员, 办案民警, 接警员, 调度员, 话务员, 接线员, 发放人)
    "执法|办案|调度|话务|接线|发放|"
    # taking a report at the office's desk and compiling the office's return (接报人, 汇总人)
    "接报|汇总"
)
# who did it: 人, 人员, 干部, 民警, 工作人员 … (姓名 after it: "处理人姓名")
_DOER = r"(?:人|人员|干部|民警|工作人员|责任人|专干|网格员)"
# a post of an office's desk named by its act and 员: 接警员, 调度员, 话务员, 接线员, 录入员,
# 受理员, 审核员, 执法员, an insurer's 查勘员 and 定损员 (not 调查员 or 检查员, whom a survey
# or a campaign may hire from the public, nor a member's word: 成员, 队员, 会员)
# the unit's own people named by the unit: 学校陪餐人员, 院方代表, 社区工作人员 (a header)
UNIT_STAFF = (
    r"(?:学校|校方|院方|园方|医院|单位|机关|社区|村委会?|居委会)[\u4e00-\u9fff]{0,4}?"
    r"(?:人员|干部|代表|教师|老师)"
)
# a team the office sends to act on the record, named by the act (检查组, 核查组, 督查小组,
# 验收组, 考核组): its members act in office; a panel that judges or elects (评审组, 评标委员会,
# 合议组, 筹备组) or a team of helpers (帮教小组) is no such team (``kind_header``'s members)
GROUP_STAFF = (
    "(?:检查|核查|排查|巡查|督查|督导|抽查|调查|勘查|复查|核验|查验|验收|考核|执法|暗访)"
    "(?:小组|工作组|组)(?:成员|人员)(?:姓名)?"
)
DESK_POSTS = (
    "(?:接警|接处警|调度|话务|接线|接听|录入|受理|审核|复核|审批|执法|办案|送达|承办|经办|"
    "查勘|定损|核损)员"
)
_STAFF = re.compile(
    rf"^[\u4e00-\u9fff]{{0,4}}?(?<![被受])(?:(?:{ACTS}){_DOER}|{DESK_POSTS})(?:姓名|签名|签字)?$"
    # a registrar (登记人: not 登记人姓名, the registrant's own name in a register of
    # donors or applicants); a cadre who looks after a household acts in office too
    r"|^登记人$"
    r"|^(?:帮扶|结对帮扶|结对|包保|包户|包村|驻村|挂钩|联户)(?:责任人|干部|人)(?:姓名)?$"
    # the unit's own people named by the unit (学校陪餐人员, 院方代表, 社区工作人员)
    rf"|^{UNIT_STAFF}(?:姓名)?$"
    # the members of a team named by the office's act (检查组成员, 督查组人员, 验收小组成员)
    rf"|^[\u4e00-\u9fff]{{0,4}}?{GROUP_STAFF}$"
)
# the same acts found in a header anywhere (an export's field read as its header)
STAFF_WORDS = rf"(?<![被受])(?:(?:{ACTS}){_DOER}|{DESK_POSTS}|{GROUP_STAFF})"


def staff_header(header: str) -> bool:
    """``header`` heads the office's staff who acted on the record (复查人, 处理人员), read
    by its head and its bracketed qualifier (``staff_post``)."""
    return (
        _STAFF.match(header) is not None or ("（" in header or "(" in header) and staff_post(header)
    )


# a bracketed qualifier after a header's head: "执法人员（执法证号）", "民警（警号）"
_QUALIFIED = re.compile(r"^([\u4e00-\u9fff]{1,8})[（(]([^（()）\n]{1,12})[）)]$")
# a qualifier that only an official's column carries: the number of a warrant or a
# service card (执法证号, 执法证件号, 检查证号, 警号, 工号, 工作证号; not a signature,
# which any party gives)
_OFFICIAL_NUMBER = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:执法|检查|监督|工作|警官)证(?:件)?(?:号码?|编号)?|警号|工号|"
    r"执法编号)$"
)
# the persons' head such a qualifier stands after (人员, 民警, 干部, 工作人员, …员)
_PERSON_HEAD = re.compile(r"(?:人|人员|干部|民警|警官|警员|员|专干)$")


def staff_post(header: str) -> bool:
    """A header of the office's staff read by its head and its bracketed qualifier: the
    head is a staff post (an act of the office and its doer: 执法人员, 接警员), whatever
    the qualifier says, or a person's head (人员, 民警, 工作人员) whose qualifier is an
    official's warrant or service number ("检查人员（执法证号）", "民警（警号）").
    A member's word (成员, 队员, 会员) is no post, nor a licence holder's number."""
    m = _QUALIFIED.match(header)
    if m is None:
        return _STAFF.match(header) is not None
    head, note = m.group(1), m.group(2)
    if _STAFF.match(head):
        return not _PARTY_NOTE.search(note)
    return _OFFICIAL_NUMBER.match(note) is not None and _PERSON_HEAD.search(head) is not None


# a qualifier that names a party beside the staff ("签收人（与受送达人关系）")
_PARTY_NOTE = re.compile(r"当事人|受送达人|申请人|关系|代理|家属|亲属")


# kinds of private persons a header may name, the qualifier before them telling which
_KINDS = re.compile(
    r"^(?P<lead>[\u4e00-\u9fff]{0,4}?)"
    r"(?:农民工|务工人员|工人|职工|员工|村民|居民|群众|市民|业主|住户|农户|用户|代表|项目经理|"
    r"老人|病人|患者|考生|学员|选手|队员|家属|人才|毕业生)$"  # (引进人才: a recruited talent)
)
# the members of a body, however long the body's name (评标委员会成员, 评审小组成员,
# 调解委员会成员): persons, one a cell, where the cells look like names
_MEMBERS = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{2,8}?)(?:委员会|小组|专家组|工作组|组)成员$")
_NOT_KIND_LEAD = re.compile(r"法定|法人|单位|企业|公司|机构|部门|机关|集体|组织")


def kind_header(header: str) -> bool:
    """``header`` heads persons of a kind (投诉农民工, 接待代表): names where cells look so."""
    m = _KINDS.match(header) or _MEMBERS.match(header)
    if m is None or _NOT_PERSONS.search(header):
        return False
    lead = m.group("lead")
    if not lead and header == "代表":
        return False  # a bare 代表 beside a company or a taxpayer: its representative
    return not _NOT_KIND_LEAD.search(lead)


def scheme_card_header(header: str) -> bool:
    """Whether a column's header names a card that is no bank's (燃气卡号, 校园卡号,
    公交一卡通卡号): its cells are that scheme's numbers, no column of bank cards."""
    return scheme_card_label(header)


# the persons a register is about, named by their state of life or health (a newborn, a
# sick child, a pregnant woman, a patient): the record's subjects, whatever qualifies them
# ("新生儿", "筛查新生儿", "患儿", "高危孕产妇", "住院病人"); a question (是否早产儿) or a
# count (新生儿数) is no column of persons
_SUBJECT_KIND = re.compile(
    r"^(?!是否|有无)[\u4e00-\u9fff]{0,4}?"
    r"(?:新生儿|婴儿|婴幼儿|早产儿|患儿|病儿|孕妇|产妇|孕产妇|病人|伤者|伤员|病员"
    # the hurt or the dead of an injury or accident register (受伤人员, 伤亡人员, 遇难者)
    r"|受伤(?:人员|者)|伤亡人员|遇难(?:人员|者)|死者)$"
)


def subject_kind(header: str) -> bool:
    """``header`` names the private persons a register is about by their state of life or
    health (新生儿, 患儿, 孕产妇): a column of their names."""
    return _SUBJECT_KIND.match(header) is not None


# the head of a contract's party that may be a unit (流入方负责人, 受让方法定代表人, 乙方法人代表):
# the unit's representative in a unit's row, an empty cell in a person's (read row by row
# as 法定代表人 is, ``tables.BUSINESS_HEADERS``); a unit's own head (单位负责人, 企业负责人)
# is a column of its own in a register of units' contacts, read by its cells
_PARTY_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}方(?:负责人|法定代表人|法人代表|法人)$")


def party_head(header: str) -> bool:
    """``header`` heads the representative of a party that may be a unit (流入方负责人)."""
    return _PARTY_HEAD.match(header) is not None


_OWN_ID = ("身份证", "公民身份", "证件号")


def own_id_column(head: str, header: list[str]) -> bool:
    """A staff's header (经办人) whose own ID heads another column of its row (经办人身份证号):
    no office prints its clerk's ID, so the column holds a private person acting for a party
    (a buyer's agent), as ``holderids`` reads a label's role with its own ID after it."""
    role = head[:-2] if head.endswith("姓名") else head
    return bool(role) and any(
        other.startswith(role) and other[len(role) :].startswith(_OWN_ID) for other in header
    )
