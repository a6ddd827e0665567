"""Second look at the candidates: units' contacts, where an address starts and ends.

``refine(text, cands)`` runs once over the candidates of a text before overlaps are
resolved (README "Offices' phones and contacts", "The address rule"):

- a phone or mailbox is a unit's, not a person's, when its label or note says so: a
  note in brackets after it (（单位）, （项目经办专线）, （系统内部编号，非电话号码）), a
  unit's word right before 电话/邮箱 (城建办电话, 居委会电话), a contact block of a unit
  (传真 or 邮编 in the same line), an official's title before it in its clause
  (组长：村支书姜文斌，电话…), a label of another number (工单号码段, 流水号), or a
  unit in the table cell before it (沙坪社区居委会 | 0714-6528310) — decided by the
  words, never by the mail domain (a unit's 163.com box is the unit's);
- an address starts at its first place word, not at 的 or 地 (居住的…, 最后居住地…) or
  a bracket it stands in (邢德家（佳和苑小区…）); a flat written without 室 ends after
  its room number (2单元604); a unit's address (its office named right after the
  number, or its contact block) and a place several households share (均为姜桥村三组)
  are no one's address; a relation (母子, 祖孙) is no name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .addressee import addressee_contact
from .alternation import led
from .callerphones import caller_column
from .footers import contact_under_phone, official_in_note, units_contact
from .formernumbers import former_numbers
from .houses import number_end
from .kindnotes import kind_only_note
from .kinnames import kin_before_name
from .kvlabels import person_record
from .leadcounty import county_start
from .leadwords import without_lead_word
from .mailparties import PARTY_NOTE, party_mailbox
from .officialline import official_line
from .officialphones import repeated_unit_numbers
from .ownmobiles import own_mobile
from .patterns import ID_IN_ROW, OFFICE_AFTER, PHONE_OF_PERSON, PUBLIC_CONTEXT
from .permitdates import permit_dates
from .personmail import named_mailbox, sender_mailbox
from .pertext import once
from .phoneowner import holders_phone, home_noted, particulars_block
from .receiptclerk import receipt_clerks
from .rolecells import units_post_phone
from .siblinglines import sibling_lines
from .tables import NOT_NAMES
from .tails import clause_tail
from .unitcontacts import business_and_home, homestead, own_work_number, unit_contacts
from .unitmail import unit_mail
from .unitnotes import unit_by_words
from .unitphones import unit_phone

Candidate = tuple[int, int, str, float]

_PHONES = frozenset(("mobile", "landline", "email"))
# a note after a number that makes it a unit's, or no phone at all
_NOTE_AFTER = re.compile(
    r"[ \u3000]*(?:(?:至|到|—|~|-|，|,|、|/)[ \u3000]*\d[\d-]{6,12}[ \u3000]*)?[（(][^（()）\n]{0,16}"
    r"(?:单位|专线|办公|值班|总机|(?<![本当]地)座机|热线|窗口|编号|非电话|单号|工号)[^（()）\n]{0,10}[）)]"
)
# a note that says the number is a home's ("（家中座机）", "（本人住宅）")
_HOME_NOTE = re.compile(r"[ \u3000]*[（(][^（()）\n]{0,6}(?:家|本人|个人|住宅|私人)")
# a note that is only the home's or the holder's own ("（家）", "（家中座机）", "（本人住宅）")
_OWN_NOTE = re.compile(
    r"[ \u3000]*[（(](?:家|家中|家里|住宅|宅|本人|私人)(?:座机|电话|固话|住宅|号码)?[）)]"
)
# a unit's word right before its phone or mailbox ("拨打抱由镇城建办电话…")
_UNIT_LABEL = led(
    r"(?:局|办|委|中心|站|所|队|院|室|科|股|政府|大厅|窗口|居委会|村委会|委员会|委会|公司|企业|合作社|部门|单位|机构|物业|社区|学校|客服"
    r"|网点|营业点|代理点|服务点|驻点|门店|营业厅|营业部|支行|分行|银行|供应商|承包商|厂家?"  # a business's
    r"|(?:工作|指导|督导|督查|领导|专项|专案|调查|巡查|考核|检查)小?组)"  # 指导组电话: a team's
    r"(?:的)?(?:联系|办公|值班|服务)?(?:电话|座机|号码|邮箱|电子邮箱|信箱|邮件)[:：]?[ \u3000]*"
    r"(?:为|是|至)?[ \u3000]*$"
)
# the offices' phone label, then their places each with its landline ("村（居）委会联系电话：
# 甲村 0558-…；乙村 0558-…"): the number after a place's name in that list is its office's
_PLACES_LISTED = re.compile(
    r"(?:居委会|村委会|委会|委员会|政府|办事处)(?:的)?(?:联系|办公|值班)?(?:电话|号码)[:：][ \u3000]*"
    r"(?:[\u4e00-\u9fff]{1,10}?(?:村|社区|镇|乡|街道)[ \u3000:：]*[-—－()（）\d ]{7,16}"
    r"[；;，,、 \u3000]+){0,12}"
    r"[\u4e00-\u9fff]{1,10}?(?:村|社区|镇|乡|街道)[ \u3000:：]*$"
)
_PLACE_LAST = frozenset("村区镇乡道")
# (cheap looks before the two searches: the labels' last characters, the links 为/是/至)
_LABEL_LAST = frozenset("话机码箱件")
_NUMBER_LAST = frozenset("号码段")
_LINKS = frozenset("为是至")
_MAIL_TO = re.compile(r"(?:发送?(?:邮件|电子邮件)?至|来信|投稿)[:：]?[ \u3000]*$")
# a unit's staff by their role on a form's signature line ("资助专干：吴某    联系电话：")
_STAFF_BEFORE = re.compile(
    r"(?:专干|联络员|信息员|填报人|(?:经办|保管|受理)人)[:：]?[\u4e00-\u9fff]{0,4}[，, \u3000]*(?:联系)?"
    r"(?:电话|手机|方式)[:：]?[ \u3000]*$"
)
# a label of another number ("工单号码段", "流水号", "受理编号")
_NUMBER_LABEL = re.compile(
    r"(?:工单|订单|流水|编|序列|批次|案件|受理|单)号(?:码)?段?[:：]?[ \u3000]*$"
)
_UNIT_BEFORE_BRACKET = led(  # (代办, 转办, 补办 …: a verb, no unit's office)
    r"(?:局|股|科|(?<![代协督包举申查交转补])办|中心|所|站|队|(?<![\dA-Za-z])室|窗口|大厅|政府|委员会)"
    r"(?:领取|办理|咨询|查询|反映|联系)?\Z"
)  # (\Z: a unit ending the line before, "…502室\n(023)…", is not before the bracket; a
# flat's numbered room, "…3单元601室（联系电话…）", is a home, no unit's office)
# a private party's label opening the bracket: its contacts are that person's, not the unit's
_PARTY_IN_BRACKET = re.compile(
    r"[ \u3000]*(?:代办|代理|委托|受托|被委托|监护|申请|当事|代领|陪同)人|[ \u3000]*(?:家属|亲属)[:：]"
)
_CONTACT_LINE = re.compile(
    r"[ \u3000\t]*(?:\d{1,2}[.、．][ \u3000]*|[（(][一二三四五六七八九十\d]{1,2}[）)])?(?:联系|咨询|办公|值班)?(?:电话|方式|邮箱|电子邮箱|电子信箱|邮件)[:：]"
)
_PERSON_WORDS = re.compile(
    r"来电人|留言人|反映人|联系人|投诉人|举报人|来信(?!地址)|信件|留言|诉求|写信|性别|民族|出生|年龄|"
    r"[:：][ \u3000]*[\u4e00-\u9fff]{2,4}\n"
)
# a notice asking the public to give their names or bring their papers ("署真实姓名并注明
# 联系方式", "请携带身份证到…办理"): the sentence names no one
_INVITED = re.compile(
    r"[^。\n]*(?:(?:署|写明|注明|留下|提供|告知|签署|签名|以)(?:真实|本人)?姓名|真实姓名"
    r"|(?:携带|持|凭)(?:本人)?(?:有效)?身份证)[^。\n]*"
)
# words whose last character is also a surname (于, 向, 和): "关于杨骁同志反映…"
_FUNCTION_WORDS = frozenset(
    "关于 对于 由于 鉴于 至于 属于 位于 等于 基于 面向 转向 走向 总和 以及".split()
)
# a floor and door after a house number (重庆 "229号6-1", "8号18-6"), nothing after it
_FLOOR_DOOR = re.compile(r"\d{1,2}-\d{1,3}(?![\d\-号栋幢楼单])")
_PHONE_ON_LINE = led(r"(?<![\d-])(?:0\d{2,3}[-—－ ]?[2-9]\d{6,7}|1[3-9]\d{9})(?!\d)")
# a pronoun (你, 您 …) or a mask's star (王**: a name masked already) in a "name": none
_PRONOUNS = frozenset("你您我她咱俺*＊")
_LIST_SIGNS = frozenset("，,、/ \u3000")
# (or a role's note in brackets: "0746-6237001（村会计 0746-6237002）")
_NUMBER_BEFORE = re.compile(
    r"(?<![0-9])(0\d{2,3}[-—－]?[2-9]\d{6,7})(?:[，,、/ \u3000]{1,2}|[（(][\u4e00-\u9fff]{1,6}[ \u3000])$"
)
_UNIT_BLOCK = re.compile(r"传真|监督电话|举报电话|投诉电话")
# "联系人：县卫健局人口家庭科胡亚兰，0737-…": a contact named with the office they work in
_UNIT_CONTACT = re.compile(
    r"联系人[:：][^，。；\n]{0,16}(?:局|科|股|室|中心|办|站|所|部|委|院|联|会)[\u4e00-\u9fff]{2,4}"
    r"[，, \u3000]*(?:(?:联系)?电话[:：]?)?[ \u3000]*$"
)
# a contact line that names the clerk who handles the matter: the office's contacts
_HANDLER_LINE = re.compile(r"(?:^|[ \u3000])(?:经办人|承办人|经办单位)[：:]")
# a business's place by its label: an organisation's address ("经营地址由…变更为…")
_BUSINESS_WORDS = frozenset(("经营", "营业", "注册", "生产", "设置", "办公"))
_LABEL_ENDS = frozenset(("", "：", ":", "由", "：由", ":由"))
_PERSON_IN_LINE = re.compile(r"姓名|来信人|申请人|留言人|写信人|当事人|户主|本人|家住|住址")
# a unit that looks after a person, in the cell before a phone (照料服务人: 沙坪社区居委会);
# not a unit's name in general (a 就诊医院 column stands before a patient's phone)
_UNIT_IN_CELL = re.compile(r"居委会|村委会|委员会|敬老院|福利院|养老院|服务中心|代为")
_UNIT_CELL_END = re.compile(r"(?:中学|小学|学校|幼儿园|学院|医院|卫生院|有限公司|厂|政府|合作社)$")
_HOME_CELL = re.compile(r"\d+[号室]$")  # "…居委会横街组9号": a home's address, no unit
# an address's own end, then the office that sits there ("沪闵路6258号闵浦分局人口管理办公室")
# a unit's staff housing after the unit's name: "…公司家属院6栋1单元301", "…医院宿舍3-201"
_HOUSING_AFTER = re.compile(
    r"(?:家属院|家属楼|家属区|宿舍楼?|宿舍区|生活区)"
    r"(?:[\dA-Z]{1,5}(?:栋|幢|座|号楼|单元|楼|层|号|-))+\d{1,5}(?:室|号|房)?"
)
_OFFICE_AFTER = re.compile(
    # (or a section after a space: "…88号 房地产市场监管科")
    r"[ \u3000]?[\u4e00-\u9fff]{2,14}?[科股](?![\u4e00-\u9fff])|"
    r"[\u4e00-\u9fff]{0,14}?(?:局|分局|办公室|中心|大厅|窗口|派出所|政府|委员会|法院|检察院|公司|大楼|办事处"
    r"|居委会|村委会|服务站|卫生院|卫生室|医院|学校|小学|中学|幼儿园|图书馆|文化馆|档案馆"
    r"|委(?![\u4e00-\u9fff]))"
)
# the office at the address, in brackets with its part, floor or room ("（街道办事处二楼）", "（县
# 档案馆302室）", "（县公安局交警大队法制室）"); not a landmark beside a home ("（村委会旁）")
_OFFICE_BRACKET = re.compile(
    r"[（(][\u4e00-\u9fff]{0,14}?(?:局|办公室|中心|政府|委员会|办事处|居委会|村委会|服务站|法院|检察院|派出所|大厅)"
    r"(?:[\u4e00-\u9fff]{0,10}?(?:[大中支]队|室|科|股|处|所|站))?(?:[一二三四五六七八九十\d]{1,2}[楼层])?(?:\d{1,4}室)?[）)]"
)
# a unit's contact line: the address its first field, a contact person and a phone after it
# ("联系地址：…　联系人：X　联系电话：…"); a person's own lines carry no 联系人 of their own
_UNIT_ADDRESS_LABEL = re.compile(r"[ \u3000]*(?:联系|通讯|通信|办公)?地址[:：][ \u3000]*$")
_CONTACT_AFTER = re.compile(
    r"[ \u3000，,；;]+联系人[:：][ \u3000]*[\u4e00-\u9fff]{2,4}[ \u3000，,；;]+(?:联系)?电话[:：]"
)
_LIVES = re.compile(
    r"[\u4e00-\u9fff]{0,5}?(?:住在|住于|住)(?![房宅建院所户])(?=[\u4e00-\u9fff]{2})"
)
_PLACE_WORD = re.compile(
    r"省|市|区|县|镇|乡|街道|路|街|巷|弄|村|小区|社区|花园|大道|苑|家园|公寓|宿舍|家属[院楼]"
)
_LEAD_WORD = re.compile(
    r"搬至|搬到|搬往|迁至|迁往|迁入|迁到|居住在|居住于|住在|住于|位于|地处|租住在?|借住在?|寄住在?|寄自|发自|我家|隔壁|邻居|遗失|丢失|"
    r"承租|租赁|租用|购买|购置|入住|搬入|落户|定居|暂居|寄居|现居|原居|反映|投诉|举报|"  # verbs
    r"使用|占用|修建|翻建|"  # a plot's use ("经批准使用十里村…号宅基地")
    r"房屋|住房|住宅|院落|宅院|"  # the dwelling named before its place ("共有房屋某镇…号隔断出租")
    r"前往|去往|开往|驶往|驶向|赶往|赶到|赶赴|送往|返回|回到|"  # a trip's goal ("乘车前往X县…")
    r"补充|提供|提交|核查|核实|申报|发现|撤销|注销|查封|解封|拆除|"
    r"来自|源自|在|于|至|到|为|是|住|的|从|自(?!治|由|流井)"  # "自X县…收购" (not 自治州, 自由贸易区)
)
# a request's verb (请求撤销…6组24号房屋), 隔壁, 院落: a lead only 2+ signs before the place (院落村 stays whole)
# a province-level unit, the top of an address's hierarchy: nothing before it but the
# country's name is the address's ("通知送达安徽省…": the verb's words end there)
_PROVINCE = led(
    r"(?:北京|天津|上海|重庆)市|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区|"
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
    r"四川|贵州|云南|陕西|甘肃|青海|台湾)省"
)
_OWN_LEVEL = ("本县", "本市", "本区")  # ("this county" before the county's own name)
_PROPERTY_VERBS = frozenset("撤销 注销 查封 解封 拆除 隔壁 邻居 院落 宅院".split())
_COUNTED = re.compile(r"[一二三四五六七八九十两][十百千万个日天年月周次]")  # (not 名: 李四名下)
# a clause's verb right after a house number: the address ended there
_CLAUSE_AFTER_NUMBER = re.compile(r"\d号(?=经|系|已|被|并|且|但|因|现为|属于|即为)")
_SHARED = ("均为", "都为", "均是", "都是", "同为", "统一为")
# a door number: one household however many persons live there ("住址：均为秘庄村12号")
_DOOR = re.compile(r"\d号|\d室|\d户|单元")
_NO_PLACE = ("本村", "该村", "同村", "本组", "该组", "本社区", "该社区")
# "大京村5组（门牌不详）": the writer says the group has no house number for them
_NO_DOOR = re.compile(r"[（(](?:无|没有)?门牌(?:号码?)?(?:不详|不明|缺失|未知)?[）)]|[（(]无门牌")
_GOV = r"政府(?![东西南北前后]?(?:大?街|路|巷|胡同|大道))"  # not 政府街, 政府西路: streets
_OFFICE_IN = re.compile(_GOV + r"|机关|综合楼|办公楼|写字楼|行政中心|服务中心|委员会|法院|检察院")
_STAFF_HOUSING = re.compile(r"家属|宿舍|小区|住宅")
# a flat written floor-door after the building ("9幢16-3", "3单元5-2"): the door ends it
_DOOR_AFTER = re.compile(r"-\d{1,3}(?![\d-])")


def _floor_room(text: str, end: int) -> re.Match | None:
    k = end
    while k > end - 3 and text[k - 1 : k].isdigit():
        k -= 1
    if k == end or k == end - 3 or text[k - 1 : k] not in "栋幢元楼":
        return None
    return _DOOR_AFTER.match(text, end)


_ROOM_TAIL = re.compile(r"\d{0,2}单元\d{3,4}(?![\d号室])|(?<=单元)\d{3,4}(?![\d号室])")


def _clause_start(text: str, start: int, n: int) -> int:
    lo = start - n if start > n else 0
    cut = max(text.rfind(c, lo, start) for c in "。；;！？\n")
    return cut + 1 if cut + 1 > lo else lo


# an authority's mailbox (…@x.gov.cn, .org.cn; not .edu.cn, a student's too) on an address's
# line: the line is the unit's contact block, as a fax is (a person's line names the person)
_AUTHORITY_MAIL = re.compile(r"@[\w.\-]+\.(?:gov|org)\.cn(?![\w.])", re.ASCII)


def _line(text: str, start: int, end: int, a: int = -1) -> str:
    """The line around a finding, at most 200 characters each way (``a``: its start when
    the caller found it already, as here)."""
    if a < 0:
        lo = start - 200 if start > 200 else 0
        a = text.rfind("\n", lo, start) + 1 or lo
    b = text.find("\n", end, end + 200)
    return text[a : b if b >= 0 else min(len(text), end + 200)]


# a unit's name, then its address in brackets: "由县殡仪馆（地址：…，电话…）直接结算"
_UNITS_BRACKET = re.compile(
    r"(?:中心|院|所|站|处|队|馆|局|公司|窗口|大厅)[（(](?:地址|地点|办公地址|位于)[:：]?[ \u3000]*$"
)


def _business_place(text: str, start: int) -> bool:
    """An address right after a business's label ("设置地点：", "经营地址由")."""
    label = text[start - 8 if start > 8 else 0 : start + (text[start : start + 1] == "由")]
    k = max(label.rfind("地址"), label.rfind("场所"), label.rfind("地点"))
    if not (k >= 2 and label[k - 2 : k] in _BUSINESS_WORDS and label[k + 2 :] in _LABEL_ENDS):
        return False
    return not business_and_home(text, max(0, start - 8) + k - 2)  # "住所或经营地点："


def _sentence(line: str, text: str, start: int) -> str:
    """The sentence of ``line`` (from ``_line``) that holds ``start``: a unit's contact
    block in the sentence before ("…传真：…。委托代理人X（…电话…）") is not its own."""
    lo = start - 200 if start > 200 else 0
    at = start - (text.rfind("\n", lo, start) + 1 or lo)  # the offset in the line
    begin = line.rfind("。", 0, at) + 1
    end = line.find("。", at)
    return line[begin : end if end >= 0 else len(line)]


def _handler(line: str) -> bool:
    """A contact line naming the clerk who handles the matter (经办人：…)."""
    return ("经办" in line or "承办人" in line) and _HANDLER_LINE.search(line) is not None


def _public_after(after: str) -> bool:
    return "电话" in after and ("监督电话" in after or "举报电话" in after or "投诉电话" in after)


_SKIPPED = re.compile(r"[ \u3000]*(?:至|到|—|~|-|，|,|、|/)[ \u3000]*(\d)")


def _other_kind_noted(note: str, kind: str) -> bool:
    """Whether the note follows a number of another kind than ``kind`` (a mobile's note
    after a landline listed with it, or the reverse)."""
    m = _SKIPPED.match(note)
    return bool(m) and (kind, m.group(1)) in (("mobile", "0"), ("landline", "1"))


def _units_phone(text: str, start: int, end: int, kind: str) -> bool:
    if PARTY_NOTE.match(text, end):
        return False  # its note names the party it belongs to
    if kind != "email" and (holders_phone(text, start) or _OWN_NOTE.match(text, end)):
        return False  # its own label, column or note names its holder: a home's, an operator's
    if kind == "landline" and caller_column(text, start):
        return False  # a caller's-number column (来电号码, 回访号码): the caller's (callerphones)
    note = _NOTE_AFTER.match(text, end)
    if note and _other_kind_noted(note.group(), kind):
        note = None  # "138…、0574-…（单位宿舍）": the note is the landline's, not the mobile's
    if note and kind_only_note(text, start, end):
        note = None  # "2093654（座机）" in a persons' phone column: no unit's (kindnotes)
    if (note and not _HOME_NOTE.match(text, end) and not own_work_number(text, start, end)) or (
        kind != "email" and unit_phone(text, start, mobile=kind == "mobile")
    ):
        return True
    if kind == "mobile" and (
        OFFICE_AFTER.match(text, end)
        or PUBLIC_CONTEXT.search(
            clause_tail(text, (start - 26 if start > 26 else 0), start)
        )  # CLAUSE_TAIL
    ):
        return True  # a unit's public channel (监督电话, 咨询电话) or its office after it
    before = text[(start - 14 if start > 14 else 0) : start]
    last = before.rstrip(" \u3000")
    last = last[:-1].rstrip(" \u3000:：")[-1:] if last[-1:] in _LINKS else last.rstrip(":：")[-1:]
    if (
        last in _LABEL_LAST
        and _UNIT_LABEL.search(before)
        and not (kind == "email" and "工作单位" in before)  # the person's mailbox at work
    ) or (
        last in _NUMBER_LAST
        and _NUMBER_LABEL.search(before, len(before) - 9 if len(before) > 9 else 0)
    ):
        return True
    if kind == "landline" and before.rstrip(" \u3000:：")[-1:] in _PLACE_LAST:
        lo = max(text.rfind("\n", start - 200 if start > 200 else 0, start) + 1, start - 200)
        if _PLACES_LISTED.search(text, lo, start):
            return True  # "村（居）委会联系电话：甲村 0558-…；乙村 0558-…": each place's office
    if (
        kind == "email"
        and unit_mail(text, start, end)
        and not named_mailbox(text, start)
        and not sender_mailbox(text, start)
    ):
        return True  # a unit's public channel on its line, or a .gov.cn box (unitmail)
    if (
        kind == "email"
        and _MAIL_TO.search(before)
        and _UNIT_LABEL.search(
            text[_clause_start(text, start, 60) : start].split("电话")[0] + "邮箱"
        )
    ):
        return True
    if official_line(text, start, kind):
        return True  # an official's title before it (officialline)
    if kind != "mobile" and _STAFF_BEFORE.search(text, (start - 18 if start > 18 else 0), start):
        return True  # the office's line; a clerk's own mobile stays a finding for the reviewer
    # "到本局法规股领取（地址：…，电话…）": the contacts in brackets after a unit
    bracket = max(
        text.rfind("（", (start - 60 if start > 60 else 0), start),
        text.rfind("(", (start - 60 if start > 60 else 0), start),
    )
    if (
        bracket > 0
        and "）" not in text[bracket:start]
        and _UNIT_BEFORE_BRACKET.search(text, bracket - 12 if bracket > 12 else 0, bracket)
        and not _PARTY_IN_BRACKET.match(text, bracket + 1)  # "窗口（代办人：某，手机…）"
    ):
        return True
    if "联系人" in text[(start - 40 if start > 40 else 0) : start] and _UNIT_CONTACT.search(
        text, (start - 40 if start > 40 else 0), start
    ):
        return True
    after = text[end : end + 80]
    if (
        text.find("传真", start - 200 if start > 200 else 0, end + 200) >= 0
        or "人：" in after  # 经办人： on the line
        or _public_after(after[:40])  # 监督电话 after it on the line
    ):
        line = _sentence(_line(text, start, end), text, start)
        if (
            (_UNIT_BLOCK.search(line) or _handler(line))
            and not _PERSON_IN_LINE.search(line)
            and len(line) < 400
        ):
            return True
    if kind == "landline" and units_post_phone(text, start):
        return True  # "| 县医院营养食堂 | 管理员 | 0773-… |": the unit's desk (rolecells)
    # a table's cell: the unit in the cell before it
    sep = text[start - 1 : start]
    if sep in ("\t", "|", ","):
        prev = text.rfind(sep, (start - 40 if start > 40 else 0), start - 1)
        cell = text[prev + 1 : start - 1].strip(" \u3000")
        if prev >= 0 and _UNIT_IN_CELL.search(cell) and not _HOME_CELL.search(cell):
            # "…身份证号…\t王某\t村委会\t138…": a mobile in a person's row (the row holds a
            # resident ID) is the named contact's; the unit cell says who he is to the person
            return kind != "mobile" or not ID_IN_ROW.search(
                text, text.rfind("\n", 0, prev) + 1, prev
            )
        if (
            prev >= 0
            and kind == "landline"
            and _UNIT_CELL_END.search(cell)
            and not ID_IN_ROW.search(text, text.rfind("\n", 0, prev) + 1, prev)
        ):  # "某县第二中学\t0312-…": a unit's row in a register of callers (a person's row
            return True  # holding an ID keeps the number after his employer's cell)
    return False


def _after_lead(text: str, start: int, end: int) -> int:
    """Where the place starts after the words of the sentence ("他在幸福小区…", "其于2020年
    搬到东湖小区…", "现居住地为城东街道…"): after the last verb or preposition before the
    first place word. A single character (在, 于, 至, 为 …) counts only with two
    characters or more after it, so that 于都县, 至德路 and 为民路 stay whole."""
    first = _PLACE_WORD.search(text, start, end)
    if first is None or first.start() == start:
        return start
    cut = start
    for m in _LEAD_WORD.finditer(text, start, first.start()):
        if (
            len(m.group()) > 1 and m.group() not in _PROPERTY_VERBS
        ) or first.start() - m.end() >= 2:
            cut = m.end()
    return cut


def _address(text: str, c: Candidate) -> Candidate | None:
    start, end, kind, conf = c
    value = text[start:end]
    # a bracket the address stands in: it starts after the bracket
    cut = max(value.rfind("（"), value.rfind("("))
    if cut >= 0 and "）" not in value[cut:] and ")" not in value[cut:]:
        start += cut + 1
    elif value[:1] == "的" or (value[:1] == "地" and text[start - 1 : start] in "住在籍生留"):
        start += 1  # "居住的乐宁县…", "最后居住地淮泗县…": the place starts after it
    lived = _LIVES.match(text, start, end)
    if lived:
        start = lived.end()  # "申请人住城关镇…": the place starts after 住
    start = county_start(text, _after_lead(text, start, end))  # 住于都县 (leadcounty)
    if text.startswith(_OWN_LEVEL, start):  # "在本县括苍县横溪镇…": the county named again
        k = text.find(text[start + 1], start + 3, min(end, start + 10))
        if k > 0 and not _PLACE_WORD.search(text, start + 2, k):
            start += 2
    top = _PROVINCE.search(text, start + 2, min(end, start + 14))
    if top and not _PLACE_WORD.search(text, start, top.start()):
        if not text.endswith(("中国", "中华人民共和国"), start, top.start()):
            start = top.start()
    if (text[max(0, start - 2) : start] in _SHARED or value.startswith(_SHARED)) and not (
        _DOOR.search(text, start, end)
    ):
        return None  # "住址均为姜桥村三组": a place several households share (no door number)
    if (_business_place(text, start) and not homestead(text, start, end)) or _UNITS_BRACKET.search(
        text, start - 12 if start > 12 else 0, start
    ):
        return None  # "设置地点：…", "县殡仪馆（地址：…": an organisation's place
    if value.startswith(_NO_PLACE) or text.startswith(_NO_PLACE, start):
        return None  # "户口仍在本村一组": no place is named
    if text[end - 1 : end] == "组" and _NO_DOOR.match(text, end):
        return None  # a bare village group noted without a door: a place (README)
    value = text[start:end]
    if value.startswith(_SHARED):
        start += 2
        value = value[2:]
    cut = _CLAUSE_AFTER_NUMBER.search(value)
    if cut:  # "红岩路41号经实地核查为红岩路41号…": the address ends at its number
        end = start + cut.end()
        value = text[start:end]
    if _OFFICE_IN.search(value) and not _STAFF_HOUSING.search(value):
        return None  # "宁江路55号县政府综合楼6楼611室": an office building's room
    end = number_end(text, end)  # "10号之二", "12号金色华庭2-1704" (``houses``)
    if text[end - 1 : end] == "号":
        flat = _FLOOR_DOOR.match(text, end)
        end = flat.end() if flat else end  # "綦齿路229号6-1": the floor and door after it
    tail = _ROOM_TAIL.match(text, end) or _floor_room(text, end)
    if tail and any(w in value for w in ("栋", "幢", "号楼", "单元")):
        end = tail.end()
        if text[end : end + 1] == "室":
            end += 1
    if text[end : end + 1] == "房" and text[end - 1 : end].isdigit():
        end += 1  # "B座703房": a flat written with 房
    if _OFFICE_BRACKET.match(text, end):
        return None  # "…88号（街道办事处二楼）": the office's floor in that building
    office = _OFFICE_AFTER.match(text, end)
    if office and "，" not in office.group() and "、" not in office.group():
        housing = _HOUSING_AFTER.match(text, office.end())
        if housing is None:
            return None  # the office's address
        end = housing.end()  # "88号省建一公司家属院6栋1单元301": its staff's homes
    line = _line(text, start, end)
    if (
        "传真" in line or _handler(line) or ("。" not in line and _AUTHORITY_MAIL.search(line))
    ) and not _PERSON_IN_LINE.search(line):
        return None  # a unit's contact block (its fax, its clerk, an authority's mailbox on
        # a line of contacts, not in a letter's sentence that gives the writer's own too)
    return start, end, kind, conf


def _footer_contact(text: str, start: int, names: list[int]) -> bool:
    """A notice's own contact line ("　　联系电话：0879-8561027，电子邮箱：…"): it opens
    its line with a contact label, names no person's words, and no person is named in
    it or on the line above, and the two lines above hold no words of a person's
    particulars (a letter page names its writer above)."""
    line_start = text.rfind("\n", start - 120 if start > 120 else 0, start) + 1
    if not line_start and start > 120:
        return False
    if not _CONTACT_LINE.match(text, line_start) or particulars_block(text, line_start):
        return False  # no contact line, or the last line of a person's record (``phoneowner``)
    line = _line(text, start, start, line_start)  # (the same start: its newline is nearer)
    if PHONE_OF_PERSON.search(line) or _PERSON_IN_LINE.search(line):
        return False
    # the two lines above: a letter page's fields (来信人：…) make it the writer's
    lo = line_start - 150 if line_start > 150 else 0
    above = text.rfind("\n", lo, line_start - 1 if line_start - 1 > lo else lo)
    above = text.rfind("\n", lo, above) + 1 if above > lo else lo
    before = _INVITED.sub("", text[above:line_start])  # "请署真实姓名": the public's, asked for
    if PHONE_OF_PERSON.search(before) or _PERSON_WORDS.search(before):
        return False
    line_end = line_start + len(line)
    prev = text.rfind("\n", lo, line_start - 1 if line_start - 1 > lo else lo) + 1
    k = bisect_left(names, prev)  # names: the sorted starts of the name candidates
    return not (k < len(names) and names[k] < line_end)


def _after_an_office_number(text: str, start: int, landlines: set[int]) -> bool:
    """A mobile or landline right after a landline that is the office's ("电话：
    0891-6321238，139…", "热线：021-5059…、021-5059…"): the same office's (a landline kept
    as a person's is in ``landlines``)."""
    m = _NUMBER_BEFORE.search(text, start - 18 if start > 18 else 0, start)
    if m is not None and text[m.end(1)] in "（(":
        # a role's note in brackets after the number: the office's when that number is
        # (a relative's note after a person's number leaves both private)
        return _units_phone(text, m.start(1), m.end(1), "landline")
    return m is not None and m.end(1) not in landlines


def refine(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    names: list[int] | None = None
    landlines: set[int] | None = None
    for c in cands:
        kind = c[2]
        if kind in _PHONES and not (kind == "mobile" and own_mobile(text, c[0], c[1])):
            if (_units_phone(text, c[0], c[1], kind) or unit_by_words(text, c[0], c[1])) and not (
                kind == "email" and party_mailbox(text, c[0], c[1])  # a lawyer's, a sender's
            ):
                continue  # (unitnotes: "…为单位公务手机", "本委地址：…电话…")
            if kind != "email" and text[c[0] - 1 : c[0]] in _LIST_SIGNS:
                if landlines is None:
                    landlines = {n[1] for n in cands if n[2] == "landline"}
                if _after_an_office_number(text, c[0], landlines):
                    continue
            if kind != "mobile":
                if names is None:
                    names = sorted(n[0] for n in cands if n[2] == "name")
                if (_footer_contact(text, c[0], names) or units_contact(text, c[0], kind)) and not (
                    person_record(text, c[0])
                    or home_noted(text, c[1])  # "…（住宅）" (phoneowner)
                    or (kind == "email" and party_mailbox(text, c[0], c[1]))
                    or addressee_contact(text, c[0])  # "…回复至我女儿的邮箱…" (addressee)
                ):
                    continue
        elif kind == "address":
            if units_contact(text, c[0], kind) or (
                _CONTACT_AFTER.match(text, c[1])
                and _UNIT_ADDRESS_LABEL.fullmatch(text, text.rfind("\n", 0, c[0]) + 1, c[0])
            ):
                continue
            phone = None
            if "：" in text[c[0] - 4 : c[0]]:
                lo = max(0, c[0] - 200)
                a = text.rfind("\n", lo, c[0]) + 1 or lo  # (as ``_line``, found once)
                phone = _PHONE_ON_LINE.search(_line(text, c[0], c[1], a))
            if phone:
                if names is None:
                    names = sorted(n[0] for n in cands if n[2] == "name")
                at = a + phone.start()
                if at != c[0] and _footer_contact(text, at, names):
                    continue  # "电话：…　地址：…" a notice's own contact line: the office's
            got = once(_address, text, c)  # (an address found by several passes)
            if got is None:
                continue
            c = got
        elif kind == "name" and (
            text[c[0] : c[1]] in NOT_NAMES
            or official_in_note(text, c[1])
            or contact_under_phone(text, c[0], c[1])
            or kin_before_name(text, c[0], c[1])
            or _COUNTED.match(text, c[1] - 1) is not None  # "满三十日": a count, no name
        ):
            continue
        if kind == "name" and not _PRONOUNS.isdisjoint(text[c[0] : c[1]]):
            continue  # "由你代领": a pronoun, no name; "王**": masked already
        if kind == "name":
            if c[1] - c[0] == 3 and text[c[0] - 1 : c[0] + 1] in _FUNCTION_WORDS:
                c = (c[0] + 1, *c[1:])  # "关于杨骁同志": 于 closes 关于, the name is 杨骁
            else:
                c = without_lead_word(text, c)  # "由古石生": 由 governs the name (leadwords)
        out.append(c)
    out = repeated_unit_numbers(text, out)  # a unit's number given again (officialphones)
    out = unit_contacts(text, out)  # contacts that are a unit's by their layout
    out += sibling_lines(text, out)  # "黄双村：X" among lines of found names (siblinglines)
    out = receipt_clerks(text, out)  # the same 收款人 on every stub: the unit's clerk
    out = permit_dates(text, out)  # "有效期至20290314" after a permit label: a date
    return former_numbers(text, out)  # "（原证件号码…）" after a travel document's number
