"""Whose landline it is, decided once all other findings are settled (issue 16, after
the held-out sets D–G: a unit's landline in a layout no earlier rule had met).

The scanner's earlier passes give a landline to a unit when a unit's word, room or
column stands near it; a landline they leave is found. This pass asks the owner the
other way round: a landline whose OWN shape says it is a unit's or an official's in
office is dropped, unless its record or line gives positive evidence of a private owner.

A unit's or an office's line, read from its shape:

- **its label's head**: ``X电话 / X热线 / X专线 / X座机`` where X ends in a word of a
  service, a function or a unit (咨询, 复查, 对账, 投诉, 值班, 受理, 库点, 窗口, 中心,
  局, 所 …) — what the line is FOR or WHOSE desk it is, not whom it reaches at home
  (联系电话, 家庭电话, 住宅电话, 本人电话, 监护人电话 are no such head); the same for
  the header of the number's table column;
- **a call offered**: 拨打 / 致电 / 请拨 / 垂询 right before the number;
- **an official in office before it**: a handler's label (承办人, 经办人, 办案人 …) or
  a post (法官助理, 书记员, 民警, 科员, 专干 …) earlier on the line;
- **a table's footer**: a clerical post of the table's making (制表人, 审核人, 填报人 …)
  earlier on the line.

A unit's line by its table (``_unit_table``, privfix16gb), whatever persons its row holds:
its column's header names a unit's line and no column of that head's own names another
owner, or its row's place or company cell is a unit's (``rowplaces``).

Positive evidence of a private owner keeps the number: a record of a person
(``phoneowner.person_landline``), a holder's or a home's label or column
(``holders_phone``, ``callerphones.caller_column``), or a private person's name,
resident ID, mobile or bank card found earlier on the number's line.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import pertext
from .alternation import led
from .callerphones import caller_column
from .legalpersons import clear_after, marker_end, near_marker
from .ownercells import owner_cell, premises_label, unit_owner_cell
from .patterns import PHONE_OF_PERSON
from .phoneowner import holders_phone, home_noted, person_landline
from .rowplaces import unit_place_row
from .unitcolumns import header_cell, header_line
from .unitshort import SCHOOL_SHORT
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the label right before the number: up to four Han characters before its phone word
# (a quoted key of an export: '"招生办电话": "')
_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,4})(?:联系|办公|值班)?(?:电话|热线|专线|座机)(?:号码)?[\"”']?[：:=]?[ \u3000\t]*[\"“']?$"
)
# the last character of a head naming a service, a function or a unit's desk
_UNIT_HEAD = frozenset(
    "询督诉报查账班务理点名约诊局所站队处科股院委会办厅部心司行台口线购警助救修售映馈"
    "络位作导复核批案度控卫管业场馆园校厂店组团联保税费检室窗领守持服营"
)
# heads ending in such a character that name a person's home or role
_PRIVATE_HEADS = frozenset(("住处", "住所", "居所", "寝室", "卧室", "宿舍", "来访", "回访"))
# a call offered: "或拨打0773-…", "请致电：…" (instead of a visit, or in a sentence naming a
# unit; "她说请拨打…" names none)
_CALL = re.compile(r"(?:拨打|致电|请拨|垂询|详询)(?:电话)?[：:]?[ \u3000]*$")
_INSTEAD = re.compile(r"(?:或|或者|也可|亦可|可直接)(?:拨打|致电)")
# a unit's head or desk named by its post (privfix16sc): the head of a station, an office, a
# school, a clinic or a library (站长, 所长, 校长, 院长, 馆长, 园长, 主任), an examination's
# staff (监考员, 主考, 巡考, 考务人员), the one on duty (值班员, 值班人员); a parent (家长),
# a household's head (户长) or a group's leader (组长) is none
_UNIT_STAFF = r"(?:[站所校院馆园]长|主任|馆员|监考员|主考|巡考|考务人员|值班员|值班人员)"
# such a post, its holder's name, then a phone label ("青峪二小 校长 某某 电话…")
_STAFF_LABELLED = re.compile(
    rf"{_UNIT_STAFF}(?:[ \u3000]*[\u4e00-\u9fff·]{{2,4}})?[ \u3000：:]*"
    r"(?:[，,、]?[ \u3000]*(?:联系|办公)?(?:电话|座机)[：:]?[ \u3000]*)?$"
)
_STAFF_SIGNS = frozenset("长任员考")  # (a cheap look before the search)
# an official in office, or a clerk of the table's making, earlier on the line
_OFFICE = led(
    r"(?:承办|经办|办案|主办|协办|制表|填表|填报|审核|复核|统计|核对|校对|录入|审批)人[：:]"
    # the office's acts on a case (送达人, 调查人, 询问人, 记录人 …), not the party's (被询问人)
    r"|(?<!被)(?:送达|调查|询问|记录|检查|受理|核查)人[：:]"
    r"|(?:制表|填表|制单)[：:]"  # (a table's maker without 人: "制表：X　审核：Y　电话：…")
    r"|(?:助理|法官|审判员|书记员|执行员|检察官|民警|警官|辅警|科员|干事|专干|工作人员|"
    r"联络员|网格员|协管员|信息员)(?:[：:]?[ \u3000]*[\u4e00-\u9fff·]{2,4})?[ \u3000，,、]*"
    r"(?:联系|办公)?(?:电话|座机|方式)"
)
# a post in office right before the number, its holder's name maybe between ("社区民警范警官
# 0816-…", "值守民警 0771-…")
_POST_BEFORE = re.compile(
    r"(?:民警|警官|辅警|法官|书记员|审判员|执行员|检察官|科员|干事|专干|工作人员|联络员|网格员|"
    r"协管员|信息员)[ \u3000]*[\u4e00-\u9fff·]{0,4}[ \u3000：:]*$"
)
_PERSONAL = frozenset(("name", "id_card", "mobile", "bank_card"))
_NUMBERS = frozenset(("id_card", "mobile", "bank_card"))
_UNIT_END = (
    r"(?:公司|集团|厂|店|经营部|门市部|超市|所|局|站|队|院|中心|委员会|居委会|村委会|社区|合作社|"
    r"学校|中学|小学|幼儿园|卫生院|银行|支行|协会|商会|农场|酒店|宾馆|馆|室|科|股|处|厅|办|"
    rf"{SCHOOL_SHORT})"
)
# a unit's name right before the number, no label between ("某派出所户籍室　0577-…")
# (a department, 工作部, or a federation, 妇联, named only so before a colon)
_UNIT_BEFORE = re.compile(
    rf"[\n \u3000\t：:；;，,>\"“”][\u4e00-\u9fff（）()]{{0,24}}"
    rf"(?:{_UNIT_END}[）)]?[：:]?|[\u4e00-\u9fff][部联][）)]?[：:])[ \u3000]*$"
)
_UNIT_WORD = re.compile(rf"[\u4e00-\u9fff]{_UNIT_END}")
# a persons' column in the header of the number's table (its rows are persons', whatever
# unit a cell names: a pupil's school, a patient's hospital)
_NAME_COLUMN = re.compile(r"姓名|户主|学生|考生|申请人|患者|学员")
# a cell that is a unit's name, in a row of a table
_UNIT_CELL = re.compile(rf"[\u4e00-\u9fff（）()·]{{2,30}}{_UNIT_END}")
# a unit's name opening a clause as its subject, read by what follows it: a colon, its
# address or phone, or a verb of what it did ("县地名办共收到…（电话…）", "…，某派出所地址
# 为…，电话…"; not "希望尽快处理": 处 then 理 is no unit)
_SUBJECT = re.compile(
    rf"[ \u3000]*(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[）)、.．][ \u3000]*)?"
    rf"[\u4e00-\u9fff]{{2,14}}?{_UNIT_END}"
    r"(?=[：:]|共|已|将|于|对|地址|电话|位于|设在|办公|收到|受理|的(?:地址|电话))"
)
# a unit's name as a label's value, then its phone ("考点：青峪一中，电话…", "报到地点：某司法所，
# 联系电话："): the unit's line; a person's attribute (工作单位, 就读学校, 所在…) is no such label
_LABELLED_UNIT = re.compile(
    rf"(?<![\u4e00-\u9fff])(?P<label>[\u4e00-\u9fff]{{1,6}})[：:][ \u3000]*[\u4e00-\u9fff（）()]{{0,20}}?"
    rf"{_UNIT_END}[，,；;、 \u3000]+(?:联系|办公|值班|咨询)?电话[：:]?[ \u3000]*$"
)
_PERSONS_LABEL = re.compile(r"工作|就读|就职|就诊|所在|毕业|单位|学校|住|家|籍")
# a unit's contact person after a sentence naming the unit ("…设青峪一中等考点，考务联系人
# 某某（0xxx-…）", "报名点：某驾校，联系人 某某，0xxx-…"); not an emergency contact or a
# relative (紧急联系人, 家属联系人)
_CONTACT_BEFORE = re.compile(
    r"(?<![急属])联系人[：:]?[ \u3000]*[\u4e00-\u9fff·]{2,4}[ \u3000，,、]*[（(]?"
    r"(?:(?:联系|办公)?电话[：:]?)?[ \u3000]*$"
)
# a unit's section of a person's form: its head names a unit and its opinion or seal
_SECTION = re.compile(
    r"[|｜│]?[ \u3000]*[\u4e00-\u9fff（）()]{0,20}?(?:政府|委员会|委会|局|办|所|站|中心|街道|办事处|社区|单位|"
    r"部门|科|股|院)[\u4e00-\u9fff]{0,4}?(?:意见|审核|审批|审查|核查|复核|盖章|签章)[ \u3000]*"
    r"(?:[：:\t|｜]|$)",
    re.M,
)
# a unit named after the number as its owner ("您拨打的号码0577-…为我局原社保股电话"), or
# in a bracket right after it as its holder or as the one who filled it in for the person
# ("0816-…（派出所代填）", "（社区电话）", "（村委会）"): a public desk; not a person's own
# workplace (" …（单位）", "（公司）": the person's work line) nor a home's or kin's note
# ("（其父）", "（家）", "（住宅）")
_OWNED_AFTER = re.compile(
    r"[ \u3000]*(?:(?:为|是|系)(?:我|本|该|贵)?[\u4e00-\u9fff]{0,14}?"
    r"(?:局|办|所|站|中心|股|科|室|院|委|队|处|厅|公司|单位|部门)[\u4e00-\u9fff]{0,6}?"
    r"(?:电话|热线|号码|座机|专线|总机)"
    r"|[（(](?![^（()）\n]{0,10}?(?:其|家|宅|住|亲|父|母|妻|夫|儿|女))[\u4e00-\u9fff]{0,10}?"
    r"(?:派出所|警务室|社区|居委会|村委会|办事处|物业|中心)"
    r"(?:代填|代录|代报|代登|代留|电话|座机|总机|号码)?[）)])"
)
# a bare contact label opening its sentence ("联系电话：…，…") right after a sentence that
# gives a place at a unit ("缴费地点：…县财政局三楼资产管理股。")
_BARE = re.compile(
    r"[ \u3000]*(?:联系|咨询|办公|服务)?(?:电话|方式)[：:]?[ \u3000]*"
    r"(?:[\d（）() -]{7,16}[，,、/][ \u3000]*)*$"
)
_PLACE = re.compile(
    rf"[ \u3000]*(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[）)、.．][ \u3000]*)?(?:办理|缴费|办公|受理|领取|报名|咨询|服务|报到|递交)(?:地点|地址)[：:]"
    rf"[^。；;\n]{{0,40}}[\u4e00-\u9fff]{_UNIT_END}[。；;][ \u3000]*"
)
# a sentence sending the reader to a unit, closed before the bare label ("如有异议，请与各乡镇
# （街道）服务站或县某中心某股联系。联系电话：…"): the unit's line, as with a comma (_TURN_TO)
_TURNED = re.compile(
    r"(?:可|请|可以|也可|亦可|或|应|须|需|即可|欢迎)[\u4e00-\u9fff]{0,2}?(?:向|与|同|到|至|往|找|咨询|联系)"
    rf"[\u4e00-\u9fff（）()、]{{2,60}}?{_UNIT_END}"
    r"(?:联系|反映|咨询|申请|了解|办理|查询|举报|投诉|核实|确认|申报|问询)?[。；;][ \u3000]*$"
)
# a unit addressed, then a bracket of its particulars holding the number ("…向某市消防救援
# 支队提出书面复核申请（地址：…，电话…）": where to turn, the unit's address and line)
_ADDRESSED = re.compile(
    rf"(?:向|到|至|往)[\u4e00-\u9fff]{{2,24}}?{_UNIT_END}[^（(，,。；;\n]{{0,16}}[（(]"
    r"(?:(?:联系|办公|通讯)?地址[：:][^）)。；;\n]{0,60}|(?:联系|咨询|办公)?(?:电话)?[：:]?[ \u3000]*)$"
)  # (or the bracket holding only the number: "…向某局申请复核（0513-…）")
# a unit the reader is told to turn to, then the clause of its line ("可向县某局某股反映，电话：
# …", "请与某委员会某科联系，联系电话：…", "具体可咨询某局某科，电话：…"): an offer (可, 请,
# 也可 …) to reach the unit, the number the next clause's bare contact label gives; what the
# reader did ("我已向某局反映，我的电话") is no offer, and a person named after the unit is
# whom the number reaches
_TURN_TO = re.compile(
    r"(?:可|请|可以|也可|亦可|或|应|须|需|即可|欢迎)[\u4e00-\u9fff]{0,2}?"
    r"(?:向|与|同|到|至|往|找|咨询|联系|致电|询问)"
    rf"[\u4e00-\u9fff（）()]{{2,30}}?{_UNIT_END}"
    r"(?:联系|反映|咨询|申请|提出|了解|办理|查询|举报|投诉|报告|核实|确认|申报|问询)?"
    r"[，,][ \u3000]*(?:联系|咨询|办公|服务|监督|举报|投诉)?(?:电话|方式|热线)(?:号码)?[：:]?[ \u3000]*$"
)
# a bracket naming a unit right before the line's phone label ("计票人：X（某社区居委会）
# 联系电话：…", "联系人：X（某镇政府）　电话"): the holder's office, its line (privfix16gb; a
# private person's name found before it on the line still keeps the number)
_BRACKET_UNIT = re.compile(
    rf"[（(][^（()）\n]{{0,24}}?{_UNIT_END}[）)][ \u3000\t]*[，,；;]?[ \u3000\t]*"
    r"(?:联系|办公)?(?:电话|座机)[：:]?[ \u3000\t]*$"
)
# a line of contacts under bare labels closed by a unit's name in brackets ("联系电话：…，
# 地址：某镇某路66号（某税务所）"): the bracket names whose contacts the line gives
_LINE_OPENS = re.compile(r"[ \u3000\t\"“]*(?:联系|咨询|办公|服务)?(?:电话|方式)[：:]?[ \u3000]*$")
_CLOSED_BY_UNIT = re.compile(
    r"[，,；;][ \u3000]*(?:联系|办公|通讯)?地址[：:][^（()）。；;\n\"]{2,40}"
    rf"[（(][\u4e00-\u9fff]{{2,20}}?{_UNIT_END}[）)][。；;]?[\"”]?[ \u3000]*(?=[\n,\t|]|$)"
)
_CLAUSE_ENDS = "。！？；\n"
_TAG = re.compile(r"<[^>]*>")
_GAP = led(r"\t|\||\",\"|</t[dh]>| {2,}|\u3000+")


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted ``positions`` hold one in ``[lo, hi)``."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def _unit_head(label: str) -> bool:
    last = label[-1]
    return last in _UNIT_HEAD and label[-2:] not in _PRIVATE_HEADS


def unit_shaped(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a unit's or an office's by its shape (above)."""
    before = text[start - 20 if start > 20 else 0 : start]
    label = _LABEL.search(before)
    if label and _unit_head(label.group(1)):
        return True
    if _POST_BEFORE.search(before) or (
        not _STAFF_SIGNS.isdisjoint(before) and _STAFF_LABELLED.search(before)
    ):
        return True
    if "：" in before or ":" in before:
        labelled = _LABELLED_UNIT.search(text, start - 40 if start > 40 else 0, start)
        if labelled and not _PERSONS_LABEL.search(labelled.group("label")):
            return True
    if "联系人" in text[start - 16 if start > 16 else 0 : start]:
        contact = _CONTACT_BEFORE.search(text, start - 16 if start > 16 else 0, start)
        if contact and _UNIT_WORD.search(text, _sentence_start(text, start), contact.start()):
            return True
    call = _CALL.search(before)
    if call:
        begin = _sentence_start(text, start)
        if _INSTEAD.search(text, begin, start) or _UNIT_WORD.search(text, begin, start):
            return True
    line_start = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1 or (
        start - 200 if start > 200 else 0
    )
    lo = start - 30 if start - 30 > line_start else line_start
    segment = ("\n" if lo == line_start else "") + text[lo:start]
    if _UNIT_BEFORE.search(segment) and "住" not in segment:
        return True  # (on its own line: a one-cell-per-line record's work unit is above)
    if _OFFICE.search(text, line_start, start):
        return True
    near = text[start - 60 if start - 60 > line_start else line_start : start]
    if ("）" in near or ")" in near) and _BRACKET_UNIT.search(near):
        return True
    own = text[line_start:start]
    if "话" in own or "机" in own:
        return False  # (its own label on its line says nothing of a unit: no column read)
    return unit_column_head(text, start)


def unit_column_head(text: str, start: int) -> bool:
    """Whether the header of the number's table column names a unit's or a desk's line
    (武装部电话, 单位电话, 办公电话, 咨询电话): the column is the unit's in every row, a
    person's row too (issue 16, privfix16gb)."""
    return _unit_head_cell(header_cell(text, start))


# a header joining the column's person to their office's line ("乡镇分管领导及办公电话",
# "负责人/办公电话"): the line's own label is the part after the joiner (privfix22c)
_JOINERS = frozenset("及和与、/／ \u3000")


def _unit_head_cell(cell: str | None) -> bool:
    if not cell:
        return False
    cell = cell.strip(" \u3000")
    k = cell.rfind("办公")  # (the only head read after a joiner: an office's line)
    if k > 0 and cell[k - 1] in _JOINERS:
        cell = cell[k:]
    head = _LABEL.search(cell + "：")
    return bool(head and (_unit_head(head.group(1)) or head.group(1) == "办公"))


def _unit_row(text: str, start: int, personal: list[int]) -> bool:
    """Whether the number stands in a table's row that holds a unit's name as a cell and
    no private person's name or number (the row of a unit among persons' rows)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1 or (
        start - 400 if start > 400 else 0
    )
    line_end = text.find("\n", start)
    line_end = line_end if line_end >= 0 else len(text)
    if _any_in(personal, line_start, line_end):
        return False
    line = text[line_start:line_end]
    if not _GAP.search(line):
        return False
    cells = _GAP.split(_TAG.sub("\t", line) if "<" in line else line)
    if not any(_UNIT_CELL.fullmatch(c.strip(' \u3000"')) for c in cells):
        return False
    found = header_line(text, start)  # a persons' roster: 姓名 | 学校 | 联系电话
    if found is None:  # (an HTML table on one line: its header cells on the row's line)
        return "<th" not in line or not _NAME_COLUMN.search(line)
    return not _NAME_COLUMN.search(found[1])


def _unit_section(text: str, start: int, personal: list[int]) -> bool:
    """Whether the number stands in a unit's section of a person's form: its line, or one
    of the two lines above it in the same block, opens with a unit's opinion or seal
    ("乡镇人民政府审核意见\t…\t联系电话\t…", "村委会意见：…\n联系电话：…"), and neither
    a private person's name or number nor a person's word stands between."""
    lo = start
    for _ in range(3):
        lo = text.rfind("\n", start - 240 if start > 240 else 0, lo) + 1
        if lo == 0 and start > 240:
            return False
        if _SECTION.match(text, lo):
            return not _any_in(personal, lo, start) and not PHONE_OF_PERSON.search(text, lo, start)
        if lo < 2 or text[lo - 2] == "\n":
            return False  # (a blank line ends the block)
        lo -= 1
    return False


def _sentence_start(text: str, start: int) -> int:
    # (asked again for the same number by each rule: kept per text, ``pertext``)
    starts = pertext.table(_sentence_start, text)
    known = starts.get(start)
    if known is not None:
        return known
    lo = start - 200 if start > 200 else 0
    rfind = text.rfind  # (the signs of ``_CLAUSE_ENDS``, no generator)
    ends = (
        rfind("。", lo, start),
        rfind("！", lo, start),
        rfind("？", lo, start),
        rfind("；", lo, start),
        rfind("\n", lo, start),
    )
    starts[start] = found = max(ends) + 1 or lo
    return found


def _unit_subject(text: str, start: int, private: list[int]) -> bool:
    """Whether a clause of the number's sentence opens with a unit's name (its subject)
    and the sentence holds no private person's name, number or home address."""
    begin = _sentence_start(text, start)
    if _any_in(private, begin, start):
        return False
    if _SUBJECT.match(text, begin):
        return True
    k = begin
    while True:
        k = text.find("，", k, start)
        if k < 0:
            return False
        k += 1
        if _SUBJECT.match(text, k):
            return True


def _unit_addressed(text: str, start: int, private: list[int]) -> bool:
    """Whether the number stands in a bracket of an addressed unit's particulars (above)
    with nothing private in its sentence before it."""
    begin = _sentence_start(text, start)
    turn = _TURN_TO.search(text, begin, start) if "，" in text[begin:start] else None
    if turn is not None and not _any_in(private, turn.start(), start):
        return True
    if (
        "向" not in text[begin:start]
        and "到" not in text[begin:start]
        and "至" not in text[begin:start]
    ):
        return False
    return bool(_ADDRESSED.search(text, begin, start)) and not _any_in(private, begin, start)


def _unit_named(text: str, start: int, end: int, private: list[int]) -> bool:
    """Whether a unit is named after the number as its owner, or its sentence is a bare
    contact label after a sentence giving a place at a unit (above) with nothing private."""
    if _OWNED_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", start - 40 if start > 40 else 0, start) + 1
    if (
        (line_start or start < 40)
        and _LINE_OPENS.fullmatch(text, line_start, start)
        and _CLOSED_BY_UNIT.match(text, end)
    ):
        return True  # "联系电话：…，地址：…（某税务所）": the unit's contact line
    begin = _sentence_start(text, start)
    if begin < 2 or text[begin - 1] not in "。；;" or not _BARE.fullmatch(text, begin, start):
        return False
    lo = _sentence_start(text, begin - 1)
    if _any_in(private, lo, start):
        return False
    return (
        _PLACE.fullmatch(text, lo, begin) is not None or _TURNED.search(text, lo, begin) is not None
    )


def _unit_table(text: str, start: int) -> bool:
    """Whether the number stands, unlabelled on its line, in a table whose column or row
    gives it to a unit: the column's header names a unit's line (``unit_column_head``) and
    the table has no column of that head's own (呼救人 beside 呼救电话: that cell says whose
    the number is, ``ownercells``), or the row's place or company cell is a unit's
    (``rowplaces``)."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False
    own = text[line_start:start]
    if "话" in own or "机" in own:
        return False
    found = header_line(text, start)
    if found is None:
        return False
    if _unit_head_cell(found[0]) and owner_cell(text, start, found) is None:
        return True
    return unit_place_row(text, start, found)


def _gov_line(text: str, start: int, end: int) -> bool:
    """Whether the number's line (an export's contact element, a directory's line) also
    gives a mailbox on a government domain (``…@…gov.cn``): an office's contacts, its line
    the office's (privfix16gb; a private person's name or number before it still keeps it)."""
    line_start = text.rfind("\n", start - 300 if start > 300 else 0, start) + 1
    line_end = text.find("\n", end, end + 300)
    return ".gov.cn" in text[line_start : line_end if line_end >= 0 else end + 300]


def _private_on_line(text: str, start: int, personal: list[int]) -> bool:
    """Whether a private person's name or number stands before the number in its
    sentence (a row of a table: its line)."""
    begin = _sentence_start(text, start)
    return _any_in(personal, begin, start)


def owned_landlines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines a unit's or an office's shape claims and no private
    owner's evidence keeps (above), and without a legal person's landlines and mailboxes
    (``legalpersons``)."""
    if not any(c[2] == "landline" for c in cands):
        return _legal_persons_mail(text, cands)
    personal: list[int] | None = None
    private: list[int] = []
    numbers: list[int] = []
    names: frozenset[str] = frozenset()
    gov = has_word(text, ".gov.cn", 6)  # (by its n: a rare letter in a Chinese text)
    persons: list = []  # (``_legal``'s persons, sorted once: the same in ``out``)
    out = []
    for c in cands:
        if c[2] != "landline":
            out.append(c)
            continue
        if personal is None:
            personal = sorted(p[0] for p in cands if p[2] in _PERSONAL)
            private = sorted(personal + [p[0] for p in cands if p[2] == "address"])
            numbers = sorted(p[0] for p in cands if p[2] in _NUMBERS)
            names = frozenset(text[p[0] : p[1]] for p in cands if p[2] == "name")
        if not home_noted(text, c[1]) and (
            unit_owner_cell(text, c[0], names)  # its column's owner cell is a unit's
            or (premises_label(text, c[0]) and not _private_on_line(text, c[0], numbers))
            or (near_marker(text, c[0]) and _legal(text, c[0], cands, persons))
        ):
            continue  # ("店内电话…", not "我的电话138…，店里座机…")
        row = (
            _unit_row(text, c[0], personal)
            or _unit_subject(text, c[0], private)
            or _unit_section(text, c[0], personal)
            or _unit_named(text, c[0], c[1], private)
            or _unit_addressed(text, c[0], private)
            or _unit_table(text, c[0])
        )
        if (row or unit_shaped(text, c[0]) or (gov and _gov_line(text, c[0], c[1]))) and not (
            (not row and _private_on_line(text, c[0], personal))
            or holders_phone(text, c[0])  # its label or column names its holder
            or home_noted(text, c[1])  # "…（住宅）"
            or caller_column(text, c[0])
            or (not row and person_landline(text, c[0]))
        ):
            continue
        out.append(c)
    return _legal_persons_mail(text, out, persons)


def _legal(text: str, start: int, cands: list[Candidate], persons: list | None = None) -> bool:
    """Whether the contact at ``start`` is a legal person's (``legalpersons``): the
    record's structure first, the persons' findings read only then (sorted once into
    ``persons``, a one-slot list the caller keeps, when given)."""
    after = marker_end(text, start)
    if after < 0:
        return False
    if not persons:
        found = sorted({(c[0], c[1], c[2]) for c in cands if c[2] in _PERSONAL})
        if persons is None:
            return clear_after(text, start, after, found)
        persons.append(found)
    return clear_after(text, start, after, persons[0])


def _legal_persons_mail(
    text: str, cands: list[Candidate], persons: list | None = None
) -> list[Candidate]:
    """``cands`` without the mailboxes a legal person's record gives (``legalpersons``);
    ``persons`` as ``_legal``'s (no landline nor mailbox among them: the same for
    ``owned_landlines``' output)."""
    near = [c[0] for c in cands if c[2] == "email" and near_marker(text, c[0])]
    if not near:
        return cands
    near_set = set(near)
    persons = [] if persons is None else persons
    return [
        c
        for c in cands
        if c[2] != "email" or not (c[0] in near_set and _legal(text, c[0], cands, persons))
    ]
