"""Names that are no private person's, by what stands around them (issue 16, precision).

Run once over the candidates after ``refine``. A name candidate is dropped when

- it is a unit's name written where a person may stand (a guardian's cell holding the
  children's home: 县儿童福利院; 登记人：办公室);
- it follows an organisation's 法定代表人 / 法人代表 label (the organisation on the same
  line before it or on the line above, or its office after the name: "，局长"): public
  registration data, not a private person;
- it is a unit's contact or project manager given with an office number and no mobile
  ("项目经理X，物业服务中心电话023-…", "项目联系人：X、Y" over "电话：0482-…", "联系人：X"
  under the notice's own 电话 lines);
- a label or post word of an official stands before it or before the list it is in
  ("副组长：X、Y", "原县级河长X、Y", "组长(签字)：X", "监督人员：村务监督委员会 X"), or
  a unit's name right before it ("村民委员会X"): acting in office;
- it stands in a table's column of a role (…员) that serves the persons of the rows,
  when the table names the role's unit ("关爱联络员 | 联络员单位") or the same person
  serves three rows or more: staff looking after households act in office.

Two boundaries are also set right: "由X代领" (由 governs the name), and a word for the
person written before a name with · ("儿童卡米拉·艾力", "欠税人彼得罗夫·阿列克谢").
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led
from .listwords import NON_NAME
from .patterns import MOBILE_NUMBER, OFFICE_NUMBER, PHONE_OF_PERSON
from .postafter import post_after, post_cell
from .tables import PERSON_HEADERS

Candidate = tuple[int, int, str, float]

# --- a unit where a person may stand ---------------------------------------------------
_UNIT_WORD = re.compile(
    r"(?:委员会|村委会?|居委会?|办公室|福利院|敬老院|养老院|卫生院|医院|学校|幼儿园|中心|公司|"
    r"政府|银行|协会|联社|合作社|派出所|服务站|事务所|食堂)$"
)
_UNIT_CHAR = frozenset("局院所站馆厂办委社")


def unit_shaped(value: str) -> bool:
    """A unit's name: 县儿童福利院, 办公室, 村民委员会 (not a name with ·)."""
    if "·" in value or len(value) < 3:
        return False
    return bool(_UNIT_WORD.search(value)) or (len(value) >= 5 and value[-1] in _UNIT_CHAR)


# --- an organ's legal representative --------------------------------------------------
_REP_LABEL = re.compile(r"(法定代表人|法人代表)([（(][^（()）\n]{0,6}[）)])?[：:]?[ \u3000]*$")
# a state organ or public body (a company's representative named as a party is left to
# the other rules: a tax-arrears notice or an award names them as persons)
_ORGAN = re.compile(
    r"局|政府|委员会|办事处|法院|检察院|管理处|管理站|中心|医院|学校|福利院|敬老院|养老院|卫生院|保健院"
)
_ORG_NAME_END = re.compile(
    r"(?:公司|集团|合作社|联社|企业|事务所|研究院|厂|局|政府|委员会|中心|医院|学校|银行|协会|"
    r"福利院|敬老院|养老院|卫生院|保健院)$"
)
_SIGNED = re.compile(r"[（(](?:签字|签名|签章)[）)]")
_SEALED = re.compile(r"[（(](?:盖章|公章|印章)[）)]")
_ID_AFTER = re.compile(r"[（(，,][^（()）\n]{0,4}(?:身份证|公民身份|证件号)")


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    """The line around ``start``, at most 600 characters each side (a paragraph's piece)."""
    lo = start - 600 if start > 600 else 0
    ls = text.rfind("\n", lo, start) + 1 or lo
    le = text.find("\n", start, start + 600)
    return ls, le if le >= 0 else min(len(text), start + 600)


def _previous_line(text: str, ls: int) -> str:
    """The nearest non-blank line above the one starting at ``ls`` (up to 300 characters)."""
    end = ls - 1
    while end > 0:
        begin = text.rfind("\n", end - 300 if end > 300 else 0, end) + 1
        line = text[begin:end]
        if line.strip(" \u3000\t"):
            return line
        end = begin - 1
    return ""


def _organisation_rep(text: str, start: int, end: int) -> bool:
    """An organ's head as its 法定代表人 ("被申请人：…局\n法定代表人：X，局长"), a unit's
    signatory under its seal ("建设单位（盖章）：…\n法定代表人（签字）：X"), and a
    representative in brackets after the organisation ("…联社（法定代表人X）")."""
    m = _REP_LABEL.search(text, start - 14 if start > 14 else 0, start)
    if not m or _ID_AFTER.match(text, end):
        return False
    ls, _le = _line_bounds(text, start)
    lead = text[m.start() - 1 : m.start()]
    if lead in "（(" and _ORG_NAME_END.search(text, max(ls, m.start() - 12), m.start() - 1):
        return True
    before = text[start - 120 if start - 120 > ls else ls : m.start()]
    if _KIND_PREFIX.fullmatch(before.strip(" \u3000\t")):
        return True  # 企业法定代表人：X — the label names its legal person (privfix22d)
    if not before.strip(" \u3000"):
        before = _previous_line(text, ls)[-160:]  # the label opens its line: the line above
        if m.group(2) and _SIGNED.match(m.group(2)) and _SEALED.search(before):
            return True
        if not _ORGAN.search(before):
            head = _record_head(text, ls)  # "3. 某县福利院\n  代码：…\n  法定代表人：X"
            return bool(_PUBLIC_HEAD.search(head)) and not _INDIVIDUAL.search(head)
    return bool(_ORGAN.search(before)) and not _INDIVIDUAL.search(before)


# a label's own prefix naming the legal person whose representative it gives (企业法定代表人,
# 用人单位法定代表人): only a legal person has one (an individual business has a 经营者)
_KIND_PREFIX = re.compile(r"(?:聘用|用人|经营|所属)?(?:企业|公司|单位|机构|合作社|社会组织)")


# a record's head naming a state organ or a public body by its kind (not a 中心, which may
# be a private non-enterprise unit whose representative a registration notice names)
_PUBLIC_HEAD = re.compile(
    r"局|政府|委员会|办事处|法院|检察院|医院|学校|福利院|敬老院|卫生院|保健院|派出所|登记处"
)


_HEAD_LABEL = re.compile(r"(?:单位|机构)?负责人[：:][ \u3000]*$")


def _organ_head(text: str, start: int, end: int, ls: int) -> bool:
    """An organ's head in the organ's own numbered record ("1. 某县民政局婚姻登记处" over
    "负责人：X　邮箱：…"): the label opens its line, the record's head line is an organ."""
    m = _HEAD_LABEL.search(text, start - 10 if start - 10 > ls else ls, start)
    if not m or text[ls : m.start()].strip(" \u3000\t") or _ID_AFTER.match(text, end):
        return False
    head = _record_head(text, ls)
    return bool(_PUBLIC_HEAD.search(head)) and not _INDIVIDUAL.search(head)


_ITEM_HEAD = re.compile(
    r"[ \u3000]*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)


def _record_head(text: str, ls: int, most: int = 6) -> str:
    """The numbered line that opens the record the line at ``ls`` goes on ("8. 某中心" over
    indented lines of its particulars, no blank line between), or ""."""
    pos = ls
    for _ in range(most):
        if pos <= 0:
            return ""
        begin = text.rfind("\n", pos - 301 if pos > 301 else 0, pos - 1) + 1
        line = text[begin : pos - 1]
        if not line.strip(" \u3000\t"):
            return ""  # a blank line: the record began below it, unnumbered
        if _ITEM_HEAD.match(line):
            return line[:160]
        pos = begin
    return ""


_INDIVIDUAL = re.compile(r"个体|个人独资|自然人")


# --- a unit's contact given with an office number ------------------------------------
_CONTACT_LABEL = re.compile(
    r"(?<![急用])(?:联系人|联络人|经办人|项目负责人|项目经理)[：:]?[ \u3000]*$"
)
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff·]+")
_BULLET = re.compile(
    r"^[\s\u3000\-—*•·>]*(?:\d{1,2}[.．、)）]|[（(]?[一二三四五六七八九十]{1,2}[、)）])?[\s\u3000]*"
)
_KIN_NOTE = re.compile(
    r"[（(](?:其|系其|[\u4e00-\u9fff]{0,2}之)?(?:父|母|子|女|妻|夫|兄|弟|姐|妹|孙|侄|儿|配偶|亲属|家属|本人)"
)


def _label_before(
    text: str, start: int, label: re.Pattern[str], most: int = 3, lo: int = 0
) -> int | None:
    """Where ``label`` ends before the name at ``start`` or before the list it ends
    ("联系人：X、Y": Y's label too, each earlier piece of two to four characters tried);
    None when no such label."""
    m = label.search(text, start - 16 if start - 16 > lo else lo, start)
    if m:
        return m.start()
    at = start
    while at > lo and text[at - 1] in " \u3000":
        at -= 1
    if most == 0 or text[at - 1 : at] not in ("、", "，", ","):
        return None
    if text[at - 1] == "," and text.count(",", at - 60 if at - 60 > lo else lo, at - 1) >= 2:
        return None  # a CSV row's cells ("…,市长信箱,X"): the cell before is no list's
    for size in (3, 2, 4):
        piece = at - 1 - size
        if piece >= lo and _NAME_PIECE.fullmatch(text, piece, at - 1):
            found = _label_before(text, piece, label, most - 1, lo)
            if found is not None:
                return found
    return None


def _unit_contact(text: str, start: int, end: int) -> bool:
    label = _label_before(text, start, _CONTACT_LABEL)
    if label is None:
        return False
    ls, le = _line_bounds(text, start)
    after = text[end:le]
    cut = min((i for i in (after.find("。"), after.find("；")) if i >= 0), default=len(after))
    clause = after[: min(cut, 60)]
    if _KIN_NOTE.match(clause) or PHONE_OF_PERSON.search(text, ls, start):
        return False
    if re.fullmatch(r"(?:[、，,][\u4e00-\u9fff·]{2,4})*[ \u3000]*", clause):
        # the names end the line: the number on the line below ("电话：0482-…") or, for
        # a contact line under the notice's own lines, on the lines above
        nxt = text[le + 1 : le + 80].split("\n", 1)[0] if le < len(text) else ""
        if OFFICE_NUMBER.search(nxt):
            clause = nxt
        elif not _BULLET.sub("", text[ls:label]).strip():
            clause = _previous_line(text, ls)
            clause += _previous_line(text, ls - len(clause) - 1) if clause else ""
    if MOBILE_NUMBER.search(clause) or PHONE_OF_PERSON.search(clause):
        return False
    return bool(OFFICE_NUMBER.search(clause))


# --- officials by their label, post or unit ------------------------------------------
# a post held in office right before the name or the list it ends ("原县级河长X、Y",
# "组长(签字)：X": a group leader signing the group's opinion)
_POST = led(
    r"(?:(?:[河湖林田路]长|村长|社长|站长|所长|校长|院长|局长|科长|股长|处长|县长|区长|市长|镇长|"
    r"乡长)(?:[（(](?:签字|签名|签章)[）)])?|组长[（(](?:签字|签名|签章)[）)])[：:]?[ \u3000]*$"
)
# 组长 / 副组长 of an official group named before on the line (调查组, 工作组, 领导小组)
_GROUP_POST = re.compile(r"副?组长[：:][ \u3000]*$")
_OFFICIAL_GROUP = re.compile(r"(?:调查|工作|督查|督导|检查|巡查|核查|领导)(?:小)?组|指挥部|专班")
# a label of staff acting in office (the whole label: "监督人员", "村报账员", "执法人员")
_OFFICIAL_LABEL = re.compile(
    r"(?:执法|工作|监督|检查|核查|调查|办案)人员$|(?:监督|报账|记账|执法|协管)员$|(?:包村|驻村|帮扶)干部$"
)
_UNIT_BEFORE = re.compile(
    r"(?:委员会|村委会?|居委会?|政府|办事处|派出所|委|局|所|站|公司)[ \u3000]{0,2}$"
)
_PERSON_WORDS = re.compile(
    r"村民(?!委员会|小组)|居民(?!委员会)|群众|农户|户主|申请|家属|邻居|自然人|先进|优秀|模范|表彰|获奖"
)


# a note saying the person serves in an organ ("（系县人大常委会组成人员，…）"); not one
# who served once or a relative (退休, 原, 家属)
_SERVES_NOTE = re.compile(
    r"[（(](?![^（()）\n]{0,24}(?:退休|离休|退职|原|曾|家属|亲属))(?:系|现任|现为|任)"
    r"[\u4e00-\u9fff]{0,14}?(?:人大|政协|党委|党组|政府|常委会|局|法院|检察院|委员会)"
    r"[\u4e00-\u9fff]{0,6}?(?:组成人员|工作人员|公务员|干部)"
)
# the rest of a list of names and the note in brackets closing it ("、Y（执法人员）")
_LIST_NOTE = re.compile(r"(?:[、，,][\u4e00-\u9fff·]{2,4}){0,6}[（(]([\u4e00-\u9fff]{2,8})[）)]")
# the last sign before a label's sign that cuts the label off (one greedy match)
_LAST_CUT = re.compile("(?s:.*)[，,；;。（(　\t]")
_VALUE = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff]{1,16}?(?:委员会|村委会?|居委会?|政府|办事处|派出所|委|局|所|站|公司)"
    r"[ \u3000]{0,2})?(?:[\u4e00-\u9fff·]{2,4}[、，,][ \u3000]*)*"
)


def _in_office(text: str, start: int, end: int, ls: int) -> bool:
    """(``ls``: the start of the line around ``start``, ``_line_bounds``)"""
    if text[end : end + 1] in ("（", "(") and _SERVES_NOTE.match(text, end):
        return True
    note = _LIST_NOTE.match(text, end)
    if note and _OFFICIAL_LABEL.search(note.group(1)):
        return True  # "X、Y（执法人员）": the note of the list says who they are
    if _label_before(text, start, _POST, lo=ls) is not None:
        return not _KIN_NOTE.match(text, end)
    at = _label_before(text, start, _GROUP_POST, lo=ls)
    if at is not None and _OFFICIAL_GROUP.search(text, at - 40 if at - 40 > ls else ls, at):
        return True  # "调查组成员名单（组长：X，副组长：Y、Z": the group's officials
    lo = start - 40 if start - 40 > ls else ls
    sign = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    if sign < 0:
        return False
    value = text[sign + 1 : start]
    if not _VALUE.fullmatch(value):
        return False  # only a unit and names of a list between the label and the name
    cut = _LAST_CUT.match(
        text, sign - 20 if sign - 20 > ls else ls, sign
    )  # (the last of them, in one call)
    cut = cut.end() - 1 if cut else -1
    label = re.sub(r"[ \u3000]", "", text[max(ls, cut + 1, sign - 16) : sign])
    if _PERSON_WORDS.search(label) or _PERSON_WORDS.search(value):
        return False
    if _OFFICIAL_LABEL.search(label):
        return True
    return bool(_UNIT_BEFORE.search(value)) and not _KIN_NOTE.match(text, end)


# --- a role's column that serves the rows' persons ------------------------------------
_SEPARATORS = ("\t", "|", "｜", ",", "，")
_ROLE = re.compile(
    r"^(?!辅助|协助)[\u4e00-\u9fff]{1,6}(?<![成人学社会队党团动])员$"
)  # (辅助调查员: a resident)
_PRIMARY = re.compile(r"姓名|户主|申请人|对象|老人|儿童|学生|人员$")


def _header_row(
    text: str, ls: int, sep: str, width: int, memo: dict[int, list[str] | None]
) -> list[str] | None:
    """The header row over the row starting at ``ls`` (rows of ``width`` separators up to
    the first without a digit; a blank line and a "|---|" rule read past), remembered by
    row for the other rows of the table."""
    pos = ls
    seen: list[int] = []
    header: list[str] | None = None
    for _ in range(80):
        if pos <= 0:
            break
        if pos in memo:
            header = memo[pos]
            break
        seen.append(pos)
        above = text.rfind("\n", pos - 401 if pos > 401 else 0, pos - 1) + 1
        row = text[above : pos - 1]
        pos = above
        if not row.strip():
            continue
        if row.count(sep) != width:
            break
        if not _DIGIT.search(row) and _CJK.search(row):
            header = [c.strip(" \u3000") for c in row.split(sep)]  # (a "|---|" rule read past)
            break
    for at in seen:
        memo[at] = header
    return header


_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


def _cell_sign(text: str, start: int) -> str:
    """The separator before the cell at ``start`` (the padding of "| 张三 |" read past)."""
    at = start
    while at > 0 and text[at - 1] == " " and start - at < 4:
        at -= 1
    return text[at - 1 : at]


Memo = dict[int, list[str] | None]


def column_header(
    text: str, start: int, memo: Memo, bounds: tuple[int, int]
) -> tuple[list[str], int] | None:
    """The header row of the delimited table the cell at ``start`` stands in, and the
    cell's column (None: no such table; ``bounds``: its line's, ``_line_bounds``)."""
    sep = _cell_sign(text, start)
    if sep not in _SEPARATORS:
        return None
    ls, le = bounds
    width = text.count(sep, ls, le)
    if width < 2 or text.find("。", ls, le) >= 0:
        return None  # a sign in prose, not a table's row
    column = text.count(sep, ls, start)
    header = _header_row(text, ls, sep, width, memo)
    if header is None or column >= len(header):
        return None
    return header, column


def _role_column(
    text: str, start: int, end: int, names: dict[str, int], got: tuple[list[str], int] | None
) -> bool:
    if got is None:
        return False
    header, column = got
    role = header[column]
    if role in PERSON_HEADERS or not _ROLE.match(role):
        return False  # (教练员, 指导教师: a header of persons, though many rows share one)
    if not any(_PRIMARY.search(h) for h in header[:column]):
        return False
    units = [h for h in header[column + 1 : column + 3] if "单位" in h]
    if any(role[-3:] in h or h.startswith(("所在", "所属", "工作")) for h in units):
        return True  # "关爱联络员 | 联络员单位": the role is held for a unit
    if any(_own_phone(role, h) for h in header[column + 1 : column + 3]):
        return False  # "包保网格员 | 网格员手机": a contact listed with their own number
    return names.get(text[start:end], 0) >= 3  # one person serving many households


def _own_phone(role: str, head: str) -> bool:
    """``head`` gives the holder of ``role``'s own mobile (网格员手机 after 包保网格员; a
    电话 may be the desk's line)."""
    return head.startswith((role, role[-3:])) and head.find("手机", 3) >= 0


# --- words of a table's header or of another field; a form's example --------------------
_PERSONAL_HEADER = re.compile(r"姓名|身份证|身份号码|联系电话|住址")
_OTHER_FIELD = re.compile(
    r"(?:方式|类别|类型|状态|结果|意见|内容|事由|原因|班次|岗位|职务|职称|学历|专业|民族|性别|关系)$"
)
# a header that names a person before the other field (代领人及关系, 监护人及联系方式,
# 联系人、关系): its cells hold the person's name and that field
_PERSON_FIRST = re.compile(r"[\u4e00-\u9fff]{0,6}(?:人|者|员|姓名)(?:及其?|和|与|、|/)")
_HEAD_NOTE = re.compile(r"[（(][^（()）]{1,10}[）)]")
_EXAMPLE = re.compile(r"示例|样例|范例|样表|样本")
_MASKED = led(r"\*{3,}|[xX]{3,}|0{4,}")


def _head_part(text: str, start: int, head: str) -> str:
    """The part of a slashed header ("姓名/性别") over the piece of the cell at ``start``
    ("王芳/女": the name under 姓名, the sex under 性别)."""
    head = head.strip(' "').replace("／", "/")
    if "/" not in head:
        return head
    cell = max(text.rfind(sep, start - 40 if start > 40 else 0, start) for sep in "\t|｜,\n") + 1
    parts = head.split("/")
    k = text.count("/", cell, start) + text.count("／", cell, start)
    return parts[k] if k < len(parts) else head


def _header_word(
    text: str, start: int, end: int, got: tuple[list[str], int] | None, bounds: tuple[int, int]
) -> bool:
    """A piece of a table's header line ("序号  姓名  毕业院校及专业 …": no persons in
    it), a cell under a header of another field (申请方式: 信函), or a name in a form's
    example (示例 on its line or the line above, its numbers masked)."""
    if got is not None:
        head = _head_part(text, start, got[0][got[1]])
        # (a note in the person's part aside: 申请人（继承人）及关系)
        if _OTHER_FIELD.search(head) and not _PERSON_FIRST.match(_HEAD_NOTE.sub("", head)):
            return True
    ls, le = bounds
    if (
        le - ls <= 300
        and (text.find("序号", ls, start) >= 0 or text.find("编号", ls, start) >= 0)
        and not _DIGIT.search(text, ls, le)
        and _PERSONAL_HEADER.search(text, ls, le)
        and text.find("：", ls, le) < 0
        and text.find(":", ls, le) < 0
    ):
        return True
    lo, hi = start - 100 if start - 100 > ls else ls, min(le, end + 100)
    return bool(_MASKED.search(text, lo, hi)) and bool(
        _EXAMPLE.search(text, lo, hi) or _EXAMPLE.search(_previous_line(text, ls)[-200:])
    )


# --- boundaries -------------------------------------------------------------------------
_PROXY_AFTER = re.compile(r"代[领缴办签收交]|代为")
_PERSON_WORD = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,3}人|儿童|学生|老人|患者|村民|居民|男子|女子|少年|幼儿|婴儿|孤儿|留守儿童|"
    r"罪犯|服刑人员|犯罪嫌疑人|矫正对象|社区矫正对象|刑满释放人员)"
)


_MEASURE = frozenset("项户名位号组栋件条")
# a word for the person's standing written right before the name, read into it
_ROLE_BEFORE = frozenset("房东 邻居 亲戚 朋友 室友 租户 业主 证人 村民 居民 户主 妻子 丈夫".split())


def _bounded(text: str, c: Candidate, found: dict[str, int]) -> Candidate | None:
    s, e, kind, conf = c
    value = text[s:e]
    if value[0] in _MEASURE and text[s - 1 : s].isdigit():
        # "第6项黄壹之父": 项 counts the item; the name is the one after it, found elsewhere
        shifted = text[s + 1 : e + 1]
        return (s + 1, e + 1, kind, conf) if shifted in found or v.plausible_name(shifted) else None
    if value in NON_NAME:
        return None  # 居民, 群众, 干部: words for persons, no persons
    if len(value) >= 4 and value[:2] in _ROLE_BEFORE and v.plausible_name(value[2:]):
        return s + 2, e, kind, conf  # "房东李凤": the person's role before the name
    if value[0] == "由" and _PROXY_AFTER.match(text, e):
        # "由毛坤代领": the name after 由; "由原代缴单位": none
        rest = value[1:]
        return (s + 1, e, kind, conf) if len(rest) >= 2 and v.plausible_name(rest) else None
    dot = value.find("·")
    if dot > 3:
        m = _PERSON_WORD.match(value, 0, dot - 2)
        if m:
            return s + m.end(), e, kind, conf  # "儿童卡米拉·艾力": the word before the name
    return c


_VALUE_END = frozenset("；;，,。 \u3000\t\n（(")
_NOT_THIRD = frozenset("等与及的户某家氏之其男女")


def _whole(text: str, c: Candidate) -> Candidate:
    """A two-character name cut before its third character: a label's value written
    whole up to its delimiter ("姓名：X若；", "来信人：X如　邮箱…"), or a name of three
    before 系 / 住 in prose ("其配偶X君系台湾居民", "其弟X和住…")."""
    s, e, kind, conf = c
    if e - s != 2 or e + 1 >= len(text):
        return c
    third, after = text[e], text[e + 1]
    if not ("\u4e00" <= third <= "\u9fff") or third in _NOT_THIRD:
        return c
    labelled = text[s - 1 : s] in ("：", ":") and after in _VALUE_END
    if labelled and text[s - 2 : s - 1] not in ("：", ":"):
        return s, e + 1, kind, conf
    if after in "系住" and v.plausible_name(text[s : e + 1]):
        return s, e + 1, kind, conf
    return c


_CONTACT_WORDS = re.compile(r"联系人|联络人|经办人|项目负责人|项目经理")

# a cell opened by a state organ's name, then the names of its staff ("某县人民法院 X、Y" in
# a 查询人 column): persons acting for the organ (not a firm's: 律师事务所, 公司)
_ORGAN_CELL = re.compile(
    r"[ \u3000]*[\u4e00-\u9fff]{2,24}?(?:法院|检察院|公安局|公安分局|派出所|司法所|局|政府|办事处|委员会)"
    r"[ \u3000]+(?:[\u4e00-\u9fff·]{2,4}[ \u3000]*[、，,][ \u3000]*){0,6}"
)
_ORGAN_GAP = frozenset(" \u3000、，,")
_CELL_OPEN = ("\t", "|", "｜", '"', "\n")


def _organ_cell(text: str, start: int, ls: int) -> bool:
    """Whether the name at ``start`` follows, in its cell, an organ's name opening the cell."""
    lo = start - 60 if start - 60 > ls else ls
    cell = max(text.rfind(sep, lo, start) for sep in _CELL_OPEN) + 1
    if cell <= 0 and lo > 0:
        return False
    return _ORGAN_CELL.fullmatch(text, max(cell, lo), start) is not None


def office_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names that are units or officials, boundaries set right."""
    names: dict[str, int] = {}  # names in a table's cells, and how often
    found: dict[str, int] = {}
    posted: set[str] = set()  # names followed by their post in an organ (postafter)
    for s, e, kind, _conf in cands:
        if kind == "name":
            value = text[s:e]
            found[value] = 1
            if text[e : e + 1] in "，," and post_after(text, e):
                posted.add(value)  # "X，该局法制大队民警": the official wherever named again
            elif post_cell(text, s, e):
                posted.add(value)  # "X\t区长" under a 职务 header: a leader in office
            if _cell_sign(text, s) in _SEPARATORS:
                names[value] = names.get(value, 0) + 1
    out: list[Candidate] = []
    memo: dict[int, list[str] | None] = {}  # header rows by the rows under them
    for c in cands:
        if c[2] != "name":
            out.append(c)
            continue
        s, e = c[0], c[1]
        value = text[s:e]
        before = text[
            s - 50 if s > 50 else 0 : s
        ]  # labels and lists before the name (cheap tests first)
        bounds = _line_bounds(text, s)  # (its line's, read once for the tests below)
        if (
            unit_shaped(value)
            or ("代表" in before and _organisation_rep(text, s, e))
            or ("负责人" in before and _organ_head(text, s, e, bounds[0]))
            or value in posted  # "X，县…股股长" and X named again (postafter)
            or (text[s - 1 : s] in _ORGAN_GAP and _organ_cell(text, s, bounds[0]))
            or (_CONTACT_WORDS.search(before) and _unit_contact(text, s, e))
            or (
                ("长" in before or "：" in before or ":" in before or text[e : e + 1] in "（(")
                and _in_office(text, s, e, bounds[0])
            )
        ):
            continue
        cell = column_header(text, s, memo, bounds)
        if _role_column(text, s, e, names, cell) or _header_word(text, s, e, cell, bounds):
            continue
        got = _bounded(text, c, found)
        if got is not None:
            out.append(_whole(text, got))
    return out
