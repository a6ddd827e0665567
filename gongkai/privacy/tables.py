"""Personal data in the columns of tables, whatever form the table has taken.

A table reaches the scanner as text in one of these forms:

- cells separated by a tab (HTML flattened by ``markup``, DOCX and XLSX text),
- cells separated by ``|`` (pipe tables, with or without a ``|---|`` rule),
- cells separated by commas (CSV),
- cells aligned with spaces (the text layer of a PDF, a plain-text report),
- one cell per line (an HTML page read with a newline after every element): a block
  of header cells, then rows of the same width.

The header decides what a column holds. A column whose header names persons (姓名,
户主, 申请人, 家庭成员, 收款人 …) makes every cell in it a name finding; a cell holding
several persons ("张三、李四") gives one finding each. A column headed 身份证号 makes
an ID-shaped number in it an ID even with a wrong check character; a column headed
银行卡号/账号 makes a Luhn-valid number of 16 to 19 digits a card number. Two columns
are persons only in some tables: 法定代表人/负责人/经营者 when the row's entity is an
individual business (个体工商户; a company's legal representative is public), and
联系人 when the table does not list units (a unit's contact is acting in office).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import validators as v
from .addresscells import owner_named
from .alignedrows import name_wraps, one_space_rows, read_past
from .cellpersons import NOT_NAMES, proxy_names, relatives_named
from .cellsplit import _WIDE_GAP, CELL_PIECE, _own_digits, _split, either_holder
from .changedheads import HOME_ADDRESS
from .counselcolumns import counsel_header
from .gapalign import display_columns
from .headerqualifiers import qualified_person, slashed_persons
from .headerroles import (
    kind_header,
    own_id_column,
    party_head,
    scheme_card_header,
    staff_header,
    subject_kind,
)
from .headerrows import first_header_row, second_header_row
from .patterns import KEEPER_NOTE, ORG_SUFFIX, PARTY_HEADER, SAME_AS
from .unitheaders import office_cells, units_contacts
from .wrappedrows import joined_row

Candidate = tuple[int, int, str, float]  # start, end, type, confidence

CJK = "\u4e00-\u9fff"

# A verdict on persons heading the column of those it names ("确认为成员", "不予确认（原因）",
# "拟认定人员"): its cells are persons, one or several, each with its reason.
VERDICT_HEADER = re.compile(
    r"(?:拟|予以|准予|同意)?(?:确认|认定)(?:为)?(?:[\u4e00-\u9fff]{0,8}成员|人员|对象)(?:名单)?"
    r"|不予(?:确认|认定)(?:为?成员|人员|对象)?(?:名单)?"
)

# Headers of columns that hold private persons.
PERSON_HEADERS = frozenset(
    "姓名 户主 户主名 申请人 家庭成员 收款人 持卡人 户名 领取人 救助对象 保障对象 监护人 当事人 "
    "被处罚人 被征收人 被征地户 被补偿人 补偿对象 权利人 承包户 承包方代表 受益人 投诉人 举报人 "
    "来信人 留言人 来访人 申报人 参保人 患者 死者 学生 教师 教练员 指导教师 受助人 贫困户 低保户 特困人员 "
    "家庭成员姓名 共同申请人 代理人 委托代理人 被申请人 受理对象 补助对象 享受人 发放对象 "
    "人员 户主（姓名） 姓名（户主） 被执行人 失信被执行人 失信人 承租人 选房人 共同居住人 获奖人 原告 被告 被告人 第三人".split()
)
# Persons only in some tables (see the module docstring).
BUSINESS_HEADERS = frozenset("法定代表人 法人代表 法定代表人（负责人） 负责人 经营者 业主".split())
CONTACT_HEADERS = frozenset("联系人 联络人".split())
ID_HEADERS = re.compile(r"身份证|公民身份|证件号|身份号码|驾驶证号|驾照号")  # (a licence: the ID)
CARD_HEADERS = re.compile(r"银行卡|卡号|账号|帐号|银行账户|社保卡|存折")
UNIT_HEADERS = re.compile(r"单位|部门|机构|机关|企业名称|公司")
ENTITY_HEADERS = re.compile(r"名称|主体|商户|字号|^(?!工作)[\u4e00-\u9fff]{2}单位$")  # (购买单位)
# Headers of columns that hold where a household lives: a cell with a house or room
# number in a table of persons is that household's address (a bare village group is a
# place: it has no number).
ADDRESS_HEADERS = re.compile(
    rf"{HOME_ADDRESS}|^(?!单位|办公|企业|公司|机构|经营|注册|工作)[{CJK}]{{0,5}}(?:坐落|座落|居住地|所在地)$"
    rf"|^[{CJK}]{{0,4}}地点/居住地$|^[{CJK}]{{0,3}}(?:住房|房屋|住宅)(?:位置|地址)?$"
    r"|^(?:住所|住址|居住地)(?:或|及|、|/|／)(?:经营|营业|生产)(?:地点|场所|地址)$"  # 住所或经营地点
    r"|^(?:(?:最后|送达|经常)?住所地?|(?:户籍|现住|暂住|经常居住)地)$"  # a domicile in a person's row only
    rf"|^(?!法人|单位)[{CJK}]{{1,4}}[者人]住所地?$"  # 经营者住所, 申请人住所: a person's, not a firm's seat
)
_HOUSE_CELL = re.compile(
    rf"^[{CJK}][{CJK}0-9A-Za-z\-]{{1,40}}?(?:(?:\d{{1,5}}|[一二三四五六七八九十]{{1,3}})(?:号楼?|室|户|(?<=\d)房)"
    rf"(?:附\d{{1,3}}号|之[一二三四五六七八九十])?"  # 9号之二
    rf"(?:[{CJK}]{{0,10}}?(?:(?:\d{{1,3}}|[A-Z])(?:栋|幢|座|单元|号楼|楼|层|室)(?:\d{{1,5}}(?:室|号)?|[A-Z]室)?"
    r"|\d{1,5}室))*"
    rf"(?:\d{{1,3}}-\d{{1,4}})?|[{CJK}]\d{{1,3}}-\d{{1,3}}-\d{{1,4}})$"  # 宿舍2-1-201: building-unit-flat
)
# Headers that may name persons (or a unit's role): cells count only if name-shaped.
PERSONISH = re.compile(r"(?:人|人员|对象|成员|户|儿童|学生|幼儿|孤儿|职工)$|" + PARTY_HEADER)
# A person's role (调解员, 网格员, 法律顾问, 志愿者, 楼栋长): its cells are names where they
# look like names; a unit's (单位, 机构, 部门) or an official's (局长, 所长) is none.
ROLE_HEADER = re.compile(
    r"^(?![\u4e00-\u9fff]*(?:单位|机构|部门|机关|公司|类别|类型|人数|数量|编号))"
    r"(?!经办|经手|审核|审批|复核|记账|报账|制表|填表|录入|核算|统计|记录)"
    r"(?:[\u4e00-\u9fff]{1,5}(?:[员师者匠]|顾问)|[\u4e00-\u9fff]{0,4}(?:组长|楼栋长|楼长|户长|网格长|医生|医师|[兽村乡校]医|导游|司机|保姆|护工))$"
)
# Relatives and household members named in a column of their own (a student's 父亲,
# 母亲, 家长; 安置人口 of a household listed by name): persons where the cells look like
# names (a count of persons in the same kind of column is a number).
_UNIT_LEAD = re.compile(r"单位|企业|机构|部门|公司")
RELATIVE_HEADERS = re.compile(
    r"^[原前]?(?:父亲|母亲|父母|家长|配偶|妻子|丈夫|子女|法定监护人|其他监护人|赡养人|抚养人|扶养人)$"
    r"|^[\u4e00-\u9fff]{1,3}家长$"  # 学生家长, 陪餐家长, 陪同家长: a pupil's parent
    r"|^[\u4e00-\u9fff]{0,4}(?:人口|家属|亲属|亲友)$"  # 陪同亲属, 代办亲属: who comes along
)
_OWNERS = ("所有人", "所有权人", "产权人", "承租人", "使用人", "车主")
INDIVIDUAL_BUSINESS = re.compile(r"个体|个人独资")
COMPANY = re.compile(
    r"公司|集团|合作社|企业|中心|协会|学会|学校|医院|事务所|研究院|银行|基金会|委员会|"
    r"服务站|工作站|工会|人民政府|办事处|管委会"  # public bodies too (privfix19g)
)

# a note in brackets after a header ("家庭成员（与户主关系）", "法定代表人（负责人、经营者）")
_HEADER_NOTE = re.compile(r"[（(][^）)]{1,12}[）)]$")
# a note in brackets in a cell, commas included ("黄某某（已故，由家属领取）")
# cells that head a column of any table ("序号 单位名称 单位所在地": the next table's header)
_HEADER_CELLS = frozenset(
    "序号 编号 单位名称 名称 单位 备注 地址 住址 联系电话 电话 金额 类别".split()
)
_NOTE_AT = re.compile(r"[（(][^（()）\t|,\n]{1,12}[）)]")
_CELL_NOTE = re.compile(r"[（(][^（()）]{1,40}[）)]")
_SIGNOFF_ROW = re.compile(  # (or a label sealed or signed: "发放单位（盖章）：", "户主（签字）：")
    r"[ \u3000]*(?:(?:制表|填表|审核|复核|经办|经手|填报|负责人|单位负责人|统计|核对)人?|[\u4e00-\u9fff]{2,8}"
    r"[（(](?:盖章|签章|签字|签名)[）)])[ \u3000]*[：:]"
)
TOTAL_ROW = re.compile(r"^[\s|]*(?:合计|小计|总计|共计)")

_SPREAD_NAME = re.compile(r"姓[ \u3000]+名")
_SPACES = re.compile(r"[ \u3000]+")
# a rule under a header, or a page's number where a table goes on over a page ("—1—", 第2页)
_RULE_ROW = re.compile(
    r"^[\s|:：\-—=+]+$|^\s*(?:[-—－]+\s*\d{1,3}\s*[-—－]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?)\s*$"
)
# (a transliterated name of three parts may be longer: 拉杰什·库马尔·夏尔马)
_NAME_PIECE = re.compile(rf"[{CJK}]{{1,8}}(?:[·•][{CJK}]{{1,8}}){{1,3}}|[{CJK}][{CJK}·•]{{1,9}}")
_PIECE_SPLIT = re.compile(r"[、，,；;/／\s]+")
_BREAK = re.compile(r"<br\s*/?>", re.I)
_CELL_PIECE = CELL_PIECE  # ("A与B": two persons where both have a name's shape)
_WITH = ("共同", "其他", "同住", "生活", "居住", "搬迁", "随迁", "迁移", "安置", "同户")
_FIELD_END = re.compile(
    r"(?:面积|情况|日期|时间|依据|号牌|地点|金额|类别|类型|号码|编号|事由|原因|结果|内容|意见|标准|名称)$"
)
_COUNT_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff])等\s*(?:\d{1,4}|[一二三四五六七八九十百两]{1,3})\s*[人户名位]$"
)
_HOW_SERVED = re.compile(r"(?:送达|签收|拒签|拒收|代收|代签|未签|退回|邮寄|转交)$")  # 签收人 cells
_RELATION = re.compile(r"[（(][^）)]{1,8}[）)]")
# a relation written before a household member's name (妻娜阿, 长子王磊): none is a surname
_KIN = re.compile(
    r"(?:妻子|丈夫|儿子|女儿|儿媳|女婿|孙子|孙女|父亲|母亲|长子|次子|长女|次女|三子|三女|"
    r"外孙女?|兄嫂|弟媳|嫂子|祖母|祖父|外婆|外公|奶奶|爷爷|哥哥|姐姐|弟弟|妹妹|侄子|侄女|"
    r"外甥女?|[妻夫子女父兄弟姐妹婿嫂侄])(?=[\u4e00-\u9fff])"  # (母 is also a surname: 母国清)
)
# 母 and 孙 are surnames too: a relation only before a whole name of three ("母王淑媛")
# (of two beside another relation: "父邵春雷、母于欣"; of four: "母令狐翠英", "孙阿都木呷")
_KIN_SURNAME = re.compile(r"[母孙](?=[\u4e00-\u9fff]{2,4}$)")
_OTHER_KIN = re.compile(r"(?:^|[、，,；;\s])(?:妻|夫|子|女|父|兄|弟|姐|妹|婿|嫂|侄|祖)")
_DOT_NAME = re.compile(rf"[{CJK}]{{2,6}}·[{CJK}]{{1,6}}(?:·[{CJK}]{{1,6}})?")
_ID_LIKE = re.compile(r"\d{17}[\dXx]|\d{15}|\d{6}([ -]?)\d{8}\1\d{3}[\dXx]")  # 6 8 4
_CARD_LIKE = re.compile(r"\d{16,19}")


def _norm(cell: str) -> str:
    return _SPACES.sub("", cell.strip(" \u3000:：*"))


# a header's kind depends on its words alone: each header cell is judged once a scan
# (columns, blocks, forms and stacked records ask again for the same cells)
@lru_cache(maxsize=4096)
def _column_kind(header: str) -> str | None:
    h = _norm(header)
    noted = _HEADER_NOTE.search(h)
    if noted and len(h) > 3:
        note = noted.group()[1:-1]
        h = _HEADER_NOTE.sub("", h)  # "法定代表人（负责人、经营者）": the header before its note
        if not h:
            return None  # a cell that is only a note ("（单位：元）", "（户主）") heads no column
        own = _column_kind(h)
        if own == "maybe_name" and _persons_note(note):
            # "被征收户（户主）", "父亲（监护人）": the note says persons (a cell "王秀英（户主）"
            # is a person with a note, not a header)
            return "name"
        if own is None and _column_kind(note) in ("name", "maybe_name"):
            return "maybe_name"  # "船东（所有人）": a word of no kind, its note a person's role
    if not h or (len(h) > 12 and ("/" not in h or len(h) > 20)):  # (法定代表人/经营者/责任人)
        return None
    if "／" in h:
        h = h.replace("／", "/")
    if "/" in h and (slashed := slashed_persons(h, _column_kind)):
        return slashed  # "学生/监护人", "继承人/联系人": a person in every piece
    if "/" in h and h.split("/")[0].endswith("姓名"):
        h = h.split("/")[0]  # "被执行人姓名/名称", "业主姓名/联系电话": the persons first
    if staff_header(h):
        return None  # 经手人, 复查人, 处理人姓名: a unit's staff acting in office (headerroles)
    if (
        (h in PERSON_HEADERS or subject_kind(h))  # 新生儿, 患儿: a register's subjects
        or qualified_person(h, PERSON_HEADERS)  # 相邻权利人, 到场申请人
        or (h.endswith(("姓名", "户主")) and not h.startswith(("单位", "企业")))
        or (h.endswith("家庭成员") and h[:-4].endswith(_WITH))  # 共同搬迁家庭成员: persons
        or h in ("共同生活成员", "共同居住成员", "同户成员", "同住成员", "受送达人", "相对人")
        or VERDICT_HEADER.fullmatch(h)
    ):
        return "name"
    if ("及" in h or "和" in h or "与" in h) and _joined_persons(h):
        return "name"  # 监护人及共同生活成员, 户主和家庭成员: persons of either kind
    if h in BUSINESS_HEADERS or party_head(h):
        return "business"
    if h in CONTACT_HEADERS:
        return "contact"
    if ID_HEADERS.search(h):
        return "id"
    if CARD_HEADERS.search(h) and not scheme_card_header(h):
        return "card"
    if (
        (PERSONISH.search(h) and len(h) <= 5)
        or RELATIVE_HEADERS.match(h)
        or ROLE_HEADER.match(h)
        or kind_header(h)  # 投诉农民工, 接待代表: persons of a kind (headerroles)
        or (h.endswith(_OWNERS) and len(h) <= 8)  # 机动车所有人, 房屋产权人: persons or units
        # whose emergency contact the column holds (船员紧急联系人, 随行人员紧急联系人): a kin's
        or (h.endswith("紧急联系人") and len(h) <= 10 and not _UNIT_LEAD.match(h))
        or h.endswith(("房东", "房主"))  # a rented house's landlord: a person or a firm
    ):
        return "maybe_name"  # 领款人, 受助人员, 母亲: names where the cells look like names
    if ADDRESS_HEADERS.match(h) or ("/" in h and ADDRESS_HEADERS.match(h.split("/")[0])):
        return "address"  # (现居住地/务工地, 住址/邮寄地址: the first place a household's)
    return None


def _persons_note(note: str) -> bool:
    """A header's note that names persons: 监护人, 户主, 家长, 父母."""
    return _column_kind(note) == "name" or RELATIVE_HEADERS.match(note) is not None


def _joined_persons(header: str) -> bool:
    """A header joining a header of persons with another of persons (…人, …成员)."""
    parts = [p for p in re.split("[及和与]", header) if p]
    return (
        len(parts) >= 2
        and any(_column_kind(p) == "name" for p in parts)
        and all(PERSONISH.search(p) or _column_kind(p) == "name" for p in parts)
    )


# --- the cells of a column ---------------------------------------------------------------


def _has_digit(cells: list[tuple[str, int]]) -> bool:
    return any(any(map(str.isdigit, c)) for c, _o in cells)


_STAFF_FIELD = re.compile(
    r"(?:联系人|经办人?|填报人?|填表人?|审核人?|制表人?|负责人|签发人|复核人?)[：:]"
)


def _names_in_cell(
    cell: str, offset: int, out: list[Candidate], conf: float, *, strict: bool = False
) -> None:
    """One finding per person in a cell: "张三", "张三、李四", "王五（户主）".

    ``strict``: only if every piece has a name's shape (a header of persons or others).
    """
    stripped = cell.strip(" \u3000")
    if "等" in stripped and (tail := _COUNT_TAIL.search(stripped)):
        stripped = stripped[: tail.start()]  # "张三、李四等31人": the count is nobody's
    strict = strict or any(map(str.isdigit, stripped))  # "张三（2026年9月释放）": a name's shape
    if not stripped or stripped[-1] in "：:" or (strict and _own_digits(stripped)):
        return  # (a label: "审核：" in a sign-off row; digits outside a note: no person)
    if _STAFF_FIELD.match(stripped) or KEEPER_NOTE.search(stripped):
        return  # an office's footer field ("联系人：X"), a shop by its keeper ("X面馆（经营者：Y）")
    base = offset + cell.index(stripped[0])
    found: list[Candidate] = []
    if "<" in stripped:  # a line break in a Markdown cell ("张三、李四<br>王五") parts persons
        stripped = _BREAK.sub(lambda m: " " * len(m.group()), stripped)
    if "（" in stripped or "(" in stripped:  # notes are no persons: blank them first
        if not strict and "代" in stripped:
            proxy_names(stripped, base, found, conf)
        stripped = _CELL_NOTE.sub(lambda m: " " * len(m.group()), stripped)
    for piece_m in _CELL_PIECE.finditer(stripped):
        piece = piece_m.group()
        if "（" in piece or "(" in piece:  # (only then can _RELATION match)
            piece = _RELATION.sub(lambda m: " " * len(m.group()), piece)
        lead = len(piece) - len(piece.lstrip())
        kin = _KIN.match(piece, lead) or _KIN_SURNAME.match(piece.rstrip(), lead)
        if kin and kin.group() in "母孙":
            rest = piece[kin.end() :].strip()
            if not v.plausible_name(rest) or (len(rest) == 2 and not _OTHER_KIN.search(stripped)):
                kin = None  # 母国清, 孙晓明: the surname's own name
        if kin and len(piece.rstrip()) - kin.end() >= 2:
            # "妻娜阿、子扎发": the relation before the name is not part of it
            piece = " " * kin.end() + piece[kin.end() :]
        label = max(piece.rfind("："), piece.rfind(":"))
        if label >= 0:  # "长子：龙朝阳", "代领人:X": the words before the sign are a label
            piece = " " * (label + 1) + piece[label + 1 :]
        m = _NAME_PIECE.match(piece.strip())
        name = m.group() if m else ""
        if len(name) > 3 and name[-2] == "之" and name[-1] in "子女妻夫":
            name = name[:-2]  # "阿依古丽·吐尔逊之子": a child not yet named, by its parent
        shaped = bool(name) and (
            v.name_shape(name) == name or _DOT_NAME.fullmatch(name) is not None
        )
        if strict and not (shaped and (len(name) <= 4 or "·" in name)):
            return
        if not m:
            continue
        if len(name) > 6 and "·" not in name:
            continue  # a sentence or an organisation, not a name
        if name in NOT_NAMES or COMPANY.search(name) or _HOW_SERVED.search(name):
            continue
        if not shaped and (_FIELD_END.search(name) or SAME_AS.fullmatch(name)):
            continue  # a form's field label under a person column (处罚日期); "同投诉人"
        if ORG_SUFFIX.fullmatch(name) and not (
            len(name) == 3
            and name[0] in v.SURNAMES
            and name[1] in v.GIVEN_CHARS
            and name[2] in "社会"
        ):
            continue  # 供销社, 卫生院; but 雷建社 is a person in a person column
        start = base + piece_m.start() + len(piece) - len(piece.lstrip())
        found.append((start, start + len(name), "name", conf if shaped else conf - 0.15))
    out.extend(found)


def _numbers_in_cell(cell: str, offset: int, kind: str, out: list[Candidate]) -> None:
    value = cell.strip(" \u3000")
    if not value:
        return
    start = offset + cell.index(value[0])
    if kind == "id" and _ID_LIKE.fullmatch(value) and _id_shaped(value.upper()):
        out.append((start, start + len(value), "id_card", 0.9))
    elif kind == "card" and _CARD_LIKE.fullmatch(value) and v.is_bank_card(value):
        out.append((start, start + len(value), "bank_card", 0.97))


def _id_shaped(value: str) -> bool:
    value = value.replace(" ", "").replace("-", "")  # printed in groups: "522632 19810923 6399"
    if len(value) == 15:
        return v.region_ok(value) and "01" <= value[8:10] <= "12"
    born = value[6:8] in ("18", "19", "20") and "01" <= value[10:12] <= "12"
    return v.region_ok(value) and born and "01" <= value[12:14] <= "31"


def _row_keeps(kind: str, cells: list[tuple[str, int]], header: list[str]) -> bool:
    """Whether a business or contact column holds a private person in this row."""
    if kind == "business":
        row = " ".join(c for c, _o in cells)
        if INDIVIDUAL_BUSINESS.search(row):
            return True
        if re.search(r"公司|集团|合作社", row):
            return False  # a company's row, whatever column names it (承租人, 申请单位)
        entity = [c for (c, _o), h in zip(cells, header, strict=False) if ENTITY_HEADERS.search(h)]
        return bool(entity) and not any(COMPANY.search(c) for c in entity)
    return kind != "contact" or not office_cells(cells)  # a contact "校办": no person


_CELL_SLASH = re.compile(r"[/／](?![^（(]*[）)])")


def _part(head: str, kind: str, cell: str, offset: int) -> tuple[str, int]:
    """The piece of a cell under a combined header ("姓名/电话") that the column's kind
    names: the cell cut at its slashes, the piece in the place of the header's part."""
    heads = _CELL_SLASH.split(_norm(head))
    if len(heads) < 2 or either_holder(heads) or all(_column_kind(h) == "name" for h in heads):
        return cell, offset  # (persons in every part, 父/母姓名: every piece of the cell is one)
    place = next((j for j, h in enumerate(heads) if _column_kind(h) == kind), 0)
    cuts = [0] + [m.end() for m in _CELL_SLASH.finditer(cell)]
    if place >= len(cuts):
        return "", offset
    if place == 0 and len(cuts) > len(heads):
        # more pieces than parts: "余红梅/付强/135…": the persons' pieces before the last
        if kind in ("name", "maybe_name", "business", "contact") and len(heads) == 2:
            return cell[: cuts[-1] - 1], offset
    end = cuts[place + 1] - 1 if place + 1 < len(cuts) else len(cell)
    return cell[cuts[place] : end], offset + cuts[place]


# a kin word in a cell: its note may name a relative (``cellpersons.relatives_named``)
_KIN_WORD = re.compile(r"[父母妻夫子女偶兄弟姐妹哥孙媳婿侄甥]")


def _noted_persons(header: str, cell: str, offset: int, out: list[Candidate]) -> None:
    """The persons in a cell's note where the header's note names persons: under
    "受助儿童（监护人）", "冉某某（王某、李某）" holds the guardians in its brackets."""
    noted = _HEADER_NOTE.search(_norm(header))
    if not noted or not _persons_note(noted.group()[1:-1]):
        return
    for m in _NOTE_AT.finditer(cell):
        for piece in _CELL_PIECE.finditer(m.group(), 1, len(m.group()) - 1):
            name = piece.group()
            # a guardian bearing the child's surname and a given name is one however rare the
            # surname is (仡茜茜（仡万福）)
            kin = len(name) == 3 and name[0] == cell.lstrip()[:1] and v.plausible_given(name[1:])
            if name not in NOT_NAMES and len(name) <= 4 and (kin or v.name_shape(name) == name):
                start = offset + m.start() + piece.start()
                out.append((start, start + len(name), "name", 0.9))


def _emit(kinds, cells, header, row_start, out) -> None:
    before = len(out)
    persons = any(kind != "address" for _k, kind in kinds)
    # the address columns last: a row of a unit (no person found in it) has no private address
    for k, kind in sorted(kinds, key=lambda kk: kk[1] == "address"):
        if k >= len(cells):
            continue
        cell, offset = cells[k]
        if k < len(header) and ("/" in header[k] or "／" in header[k]):
            # "业主姓名／联系电话": "肖德胜／138…" holds the name in the header's place
            cell, offset = _part(header[k], kind, cell, offset)
        if kind == "maybe_name":
            if k < len(header) and _norm(header[k]).endswith(_OWNERS):
                # an owner is a person or a unit: a cell of a surname and a short given
                # name, or a name with ·, is the person (杨自强 beside 某某运输有限公司)
                value = cell.strip(" \u3000")
                if (2 <= len(value) <= 4 and v.surname_length(value)) or _DOT_NAME.fullmatch(value):
                    _names_in_cell(cell, row_start + offset, out, 0.85)
                continue
            # only where every person in the cell has a common surname and a short name
            n = len(out)
            _names_in_cell(cell, row_start + offset, out, 0.8, strict=True)
            value = cell.strip(" \u3000")
            if len(out) == n and len(value) in (2, 3) and v.plausible_name(value):
                # a row with a sex cell is a person's: a surname and given-name characters
                if any(c.strip(" \u3000") in ("男", "女") for c, _o in cells):
                    _names_in_cell(cell, row_start + offset, out, 0.75)
        elif kind in ("name", "business", "contact"):
            if _row_keeps(kind, cells, header):
                _names_in_cell(cell, row_start + offset, out, 0.95 if kind == "name" else 0.85)
                if kind == "name" and ("（" in cell or "(" in cell) and k < len(header):
                    _noted_persons(header[k], cell, row_start + offset, out)
        elif kind == "address":
            if persons and not owner_named(kinds, k, cells, row_start, out[before:], header):
                continue  # (a unit's address beside a person's: ``addresscells``)
            value = cell.strip(" \u3000")
            if value and _HOUSE_CELL.match(value):
                start = row_start + offset + cell.index(value[0])
                out.append((start, start + len(value), "address", 0.85))
        else:
            _numbers_in_cell(cell, row_start + offset, kind, out)
    if len(out) > before and any(c[2] == "name" for c in out[before:]):
        typed = {k for k, _kind in kinds}
        for k, (cell, offset) in enumerate(cells):
            if k not in typed and len(cell) >= 4 and _KIN_WORD.search(cell):
                relatives_named(cell, row_start + offset, out)


def _kinds(header: list[str]) -> list[tuple[int, str]]:
    read = [(k, _column_kind(h)) for k, h in enumerate(header)]
    if any("身份" in h or "证件" in h for h in header):  # (the cheap test first)
        read = [  # (each cell the person whose own ID the row holds: 字丽萍, a rare surname)
            (k, "name")
            if kind is None
            and staff_header(_norm(header[k]))
            and own_id_column(_norm(header[k]), [_norm(x) for x in header])
            else (k, kind)
            for k, kind in read
        ]
    if "所" in "".join(header) or "执业" in "".join(header):  # (the cheap test first)
        read = [
            (k, "maybe_name")
            if kind is None and counsel_header(_norm(header[k]), header)
            else (k, kind)
            for k, kind in read
        ]  # 承办人员 beside 律师事务所: the lawyers who took the cases (counselcolumns)
    kinds = [(k, kind) for k, kind in read if kind]
    if any(kind == "contact" for _k, kind in kinds) and units_contacts(header, UNIT_HEADERS):
        kinds = [(k, kind) for k, kind in kinds if kind != "contact"]  # units' contacts
    if all(kind == "address" for _k, kind in kinds):
        return []  # an address column counts only in a table of persons
    return kinds


# --- delimited and aligned tables ---------------------------------------------------------


def _lines(text: str, start: int):
    pos = start
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        yield pos, text[pos:end]
        pos = end + 1


def _aligned_cell(cells: list[tuple[str, int]], span: tuple[int, int]) -> int | None:
    """The cell of a row that overlaps a header cell's columns (aligned text)."""
    lo, hi = span
    best: tuple[int, int] | None = None  # (distance of the starts, cell)
    for k, (cell, offset) in enumerate(cells):
        if offset < hi + 2 and offset + len(cell) > lo - 2:
            # a wide cell (阿依古丽·买买提) may reach into the next column: the cell that
            # starts nearest to the header's start is that header's
            distance = abs(offset - lo)
            if best is None or distance < best[0]:
                best = (distance, k)
    return None if best is None else best[1]


def _table(text: str, line_start: int, line: str, sep: str, out: list[Candidate]) -> int:
    """Findings in the table whose header is ``line``; returns where the table ends."""
    # "姓  名" spread over the columns of an aligned header is one cell
    line = _SPREAD_NAME.sub(lambda m: "姓名" + " " * (len(m.group()) - 2), line)
    if sep == "  " and one_space_rows(text, line_start + len(line) + 1, _WIDE_GAP):
        sep = " "  # a header spread with wide gaps over rows of one space ("4　张三　女")
    head_cells = _split(line, sep)
    header = [c for c, _o in head_cells]
    if sep in (" ", "  ") and len(header) < 3:
        return line_start + len(line) + 1
    table_end = line_start + len(line) + 1
    two_rows = second_header_row(text, table_end, header, sep, _split, _column_kind)
    if two_rows:  # "被征收人" over "户主 | 共有权人": the columns under the group
        header, table_end = two_rows
    else:  # the header found is the second row: the first row's cells over its empty ones
        header = first_header_row(text, line_start, header, sep, _split, _column_kind) or header
    kinds = _kinds(header)
    if not kinds:
        return table_end
    misses = wrapped = 0
    skip = 0
    for row_start, row in _lines(text, table_end):
        if not row.strip() or _RULE_ROW.match(row):
            table_end = row_start + len(row) + 1
            continue
        if "。" in row and (
            sep in (" ", "  ") or sep not in row or len(_split(row, sep)) < len(header) - 1
        ):
            break  # a sentence after the table (a note cell of a delimited row may hold one)
        if sep in (" ", "  "):
            if len(row) > 200:
                break
            cells = raw = _split(row, sep)
            if len(cells) != len(header):
                # aligned columns with empty cells: match cells to the header by position,
                # in display columns (a Han character is two columns wide, a digit one);
                # cells parted by single spaces are aligned by nothing: by characters
                shown = cells
                if sep == "  ":
                    hcols, rcols = display_columns(line), display_columns(row)
                    shown = [("x" * (rcols[o + len(c)] - rcols[o]), rcols[o]) for c, o in cells]
                picked = []
                for k, _kind in kinds:
                    c, off = head_cells[k]
                    span = (off, off + len(c))
                    if sep == "  ":
                        span = (hcols[off], hcols[off + len(c)])
                    j = _aligned_cell(shown, span)
                    picked.append((k, cells[j] if j is not None else ("", 0)))
                if read_past(row, head_cells[0][1], picked, len(cells)) and wrapped < 3:
                    wrapped += 1  # a wrapped cell's rest or a page's furniture (``alignedrows``)
                    continue
                if len(cells) < 2 or not any(c for _k, (c, _o) in picked):
                    break
                full = [("", 0)] * len(header)
                for k, cell in picked:
                    full[k] = cell
                cells = full
            wrapped = 0
        else:
            if row_start < skip:
                continue  # a line of the wrapped row before (wrappedrows)
            if sep not in row:
                break
            if row.count(sep) < len(header) - 1 and sep not in "/／":
                row = joined_row(text, row_start, row, sep, len(header)) or row
                skip = row_start + len(row)
            cells = raw = _split(row, sep)
            if len(cells) < max(2, len(header) - 2):
                misses += 1
                if misses > 1:
                    break
                continue  # a row under a rowspan cell ("\t702室\t79.83") holds no header's cells
            misses = 0
        if _SIGNOFF_ROW.match(next((c for c, _o in cells if c.strip()), "")):
            break  # "制表：\t王志军\t审核：…": the sign-off under the table
        if TOTAL_ROW.match(row):
            if row.lstrip(" \u3000|").startswith("小计"):
                continue  # a group's subtotal: the table goes on
            break
        if not _has_digit(cells) and (
            any(_column_kind(c) == "name" for c, _o in cells if c.strip())
            or sum(_norm(c) in _HEADER_CELLS for c, _o in cells) >= 2
            # (a next header's own cells: its 姓名 may fall outside this table's columns)
            or (
                raw is not cells
                and not _has_digit(raw)
                and any(_column_kind(c) == "name" for c, _o in raw)
            )
        ):
            break  # the header of the next table (a row with numbers is data: 特困人员 is a category)
        row_kinds = kinds
        if sep in (" ", "  ") and name_wraps(text, row_start + len(row) + 1, head_cells, kinds):
            row_kinds = [(k, kind) for k, kind in kinds if kind != "name"]  # 欧阳 / 秀兰: cut
        _emit(row_kinds, cells, header, row_start, out)
        table_end = row_start + len(row) + 1
    return table_end
