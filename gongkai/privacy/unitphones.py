"""More ways a phone says it is a unit's (README "Offices' phones and contacts", after the
eighth held-out batch). ``refine`` asks ``unit_phone`` about every landline and mobile
it has not already given to a unit:

- a note of the line's use between its label and the number (手机（工作专线）…);
- a unit named right before the number, with no label between ("请联系村委会0915-…",
  "社保综合窗口 0791-…", "县残联 0734-…"): the unit's number;
- a staff role of the form or box the number stands in, with its holder and a phone
  label, whatever the separators ("│督办人│孟庆国│联系电话│0539-…", "承办人：李强
  电话：…"): an official's office number;
- an item of a list of notes ("1.…；2.…；3.对公示结果有异议的，请向镇农经站反映，电话…"):
  read in its own item when that item names an organisation or a public channel and no
  person's particulars, whatever the items before it say (one item may speak of 身份证
  numbers, the next of where to object).

- what follows a landline: a note of office hours ("（工作日）"), the end of a range of
  numbers ("…至0736-3227012号段"), a switchboard's 转 with no extension after it, or a table row's cell naming the unit ("县福利院").

A person's particulars on the number's line (a resident ID or a mobile before it)
keep it the person's (``personmail``).
"""

from __future__ import annotations

import re

from .alternation import led
from .officialphones import cadre_phone, official_phone
from .patterns import PHONE_OF_OFFICE, PHONE_OF_PERSON
from .personmail import personal_mail
from .phonecolumns import mobile_column
from .placephones import place_number
from .unitcolumns import person_column, unit_column, unit_key
from .unitcontacts import employer_after
from .unitrepeats import varied_unit_numbers
from .unitrows import institution_row

_UNIT_RIGHT_BEFORE = re.compile(
    r"(?:局|办|委|中心|站|所|队|院|科|股|政府|大厅|窗口|居委会|村委会|委员会|公司|部门|单位|机构|"
    r"服务台|残联|妇联|团委|工会|协会|基金会|馆|社区|办事处|服务点|卫生室|"
    r"网点|营业点|代理点|站点|驻点|门店|营业厅|营业部|支行|分行|银行|供应商)[:：]?[ \u3000]?[（(]?$"
)
_UNIT_LAST = frozenset("局办委心站所队院科股府厅口会司门位构台联团馆区处点室店部行商")
_GAP = frozenset(" \u3000:：（(")
_SEP = r"[:：│┃|｜\t \u3000]"
_STAFF_ROW = led(
    r"(?:专干|联络员|信息员|填报人|经办人|承办人|督办人|办理人|审核人|经手人|核查人|核实人|调查人|"
    r"鉴定人员?|检查人|记录人|制表人|填表人|网格员|网格长|协管员|调解员|驻村干部|第一书记|工作人员|"
    r"民警|(?:站|所|局|办|中心|队|科|股)负责人)"
    rf"{_SEP}*(?:[\u4e00-\u9fff]{{2,4}}[、，,]{_SEP}*){{0,4}}[\u4e00-\u9fff]{{0,4}}{_SEP}*[，,]?{_SEP}*"
    rf"(?:联系|寄件|办公|值班|回访|回电)?(?:电话|手机|方式|号码){_SEP}*$"
)
_LIST_SIGNS = frozenset("，,、/ \u3000")
# a number listed right after another ("窗口 0791-88521055、0791-88521056")
_LISTED_AFTER = re.compile(r"(?<![0-9])(0\d{2,3}[-—－]?[2-9]\d{6,7})[，,、/ \u3000]{1,2}$")


# what follows an office's landline (after its extension, if any): a note of office
# hours ("（工作日）"), the end of a range of numbers ("0736-3227001至0736-3227012号段"),
# or, in a table's row, the cell of the unit it belongs to ("0932-2218405  县社会福利院")
_LANDLINE = re.compile(r"(?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—－ ]?[2-9]\d{6,7}(?:[-转]\d{1,6})?")
_OFFICE_AFTER_NUMBER = re.compile(
    r"[（(](?:工作日|工作时间|办公时间|上班时间)[^（()）\n]{0,16}[）)]"
    r"|[ \u3000]*(?:至|到|~|～)[ \u3000]*0\d{2,3}[-—－]?[2-9]\d{6,7}"
    r"|号段"
    r"|[ \u3000]*转(?![ \u3000]*[0-9０-９一二三四五六七八九])"  # a switchboard: "…转" without extension
    # (not how a person came: 本人到站, 亲自到所, 上门, 委托…到局)
    r"|[ \t\u3000,|│]+(?!本人|亲自|上门|委托|到)[^\s,，。|│]{0,10}(?<!到)(?:(?<!大)院|中心|局|站|所|"
    r"委员会|办公室|政府|办事处)(?=[ \t\u3000,|│]|$)",
    re.M,
)


def _office_after(text: str, start: int) -> bool:
    """An office's note, a range's end or the unit's cell right after the number."""
    m = _LANDLINE.match(text, start)
    return bool(m and _OFFICE_AFTER_NUMBER.match(text, m.end()))


# a note of the line's use between the label and the number ("手机（工作专线）139…",
# "电话(单位)：0313-…"): the office's line, a mobile too
_NOTE_BEFORE = re.compile(
    r"[（(][^（()）\n]{0,8}(?:工作|专线|办公|单位|值班|总机|热线)[^（()）\n]{0,6}[）)][:：]?[ \u3000]?$"
)


def unit_phone(text: str, start: int, *, listed: bool = True, mobile: bool = False) -> bool:
    """Whether the phone at ``start`` is a unit's by the rules above; a number listed
    right after a unit's number is the unit's too. A ``mobile`` after a staff role is
    the clerk's own, not the office's line: it stays a finding for the reviewer."""
    if (
        not mobile
        and _office_after(text, start)
        and not person_column(text, start, aligned=True)
        and not employer_after(text, start)  # "…｜028-…｜雁江区人民医院" under 所在单位
        and not varied_unit_numbers(text, start)  # the same hospital beside other numbers
        and not mobile_column(text, start)  # a column of persons' own mobiles (phonecolumns)
    ):
        return True  # (whatever the row says before: the unit's cell follows the number)
    if text[start - 3 : start].rstrip(" \u3000:：")[-1:] in ("）", ")") and _NOTE_BEFORE.search(
        text, (start - 20 if start > 20 else 0), start
    ):
        return True
    k = start - 1
    while k > start - 3 and text[k : k + 1] in _GAP:
        k -= 1
    if (
        text[k : k + 1] in _UNIT_LAST  # (a cheap look before the search)
        and _UNIT_RIGHT_BEFORE.search(text, (start - 12 if start > 12 else 0), start)
        and not personal_mail(text, start)
    ):
        return True
    if listed and text[start - 1 : start] in _LIST_SIGNS:
        m = _LISTED_AFTER.search(text, (start - 18 if start > 18 else 0), start)
        if m and unit_phone(text, m.start(1), listed=False):
            return True
    tail = text[(start - 12 if start > 12 else 0) : start]
    if (
        not mobile
        and ("电话" in tail or "手机" in tail or "方式" in tail or "号码" in tail)
        and _STAFF_ROW.search(text, (start - 60 if start > 60 else 0), start)
    ):
        return True
    if not mobile and institution_row(text, start):
        return True  # a row or line of a list of institutions (unitrows)
    if not mobile and (unit_column(text, start) or unit_key(text, start)):
        return True  # a table's column of the units' numbers ("卫生室电话")
    if not mobile and (_staff_bare(text, start) or _after_sent_to(text, start)):
        return True
    if not mobile and text[start - 1 : start] in ('"', "'") and _unit_element(text, start):
        return True
    if not mobile and (
        text.find("拨打", start - 16 if start > 16 else 0, start) >= 0
        or "致电" in text[start - 16 : start]
    ):
        if _called_for(text, start):
            return True  # "可拨打0792 2046118咨询": the line the reader calls to ask (a
            # mobile there may be a cadre's own: it stays a finding, RULES §4)
    if official_phone(text, start) or place_number(text, start):
        return True  # an official named with it, a unit's line, a place's
    if not mobile and cadre_phone(text, start):
        return True  # a cadre's column: its landline is the office's (a mobile is the cadre's own)
    return _office_item(text, start) or _office_lines(text, start)


# the reader told to call a number to ask (可拨打…咨询, 请致电…查询): the unit's line;
# a person's word between the call and the number (拨打其女儿电话) keeps it theirs
_CALL_BEFORE = re.compile(r"(请|可以?)?(?:拨打|致电)([\u4e00-\u9fff]{0,10}?)[:：]?[ \u3000]*\Z")
_NUMBER = re.compile(
    r"(?:(?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—－ ]?[2-9]\d{6,7}|1[3-9]\d{9}|[2-9]\d{6,7})"
    r"(?:[-—－转]\d{1,6})?"
)
_OR_NEXT = re.compile(r"[ \u3000]*(?:或|、|/)")
_CALL_FOR = re.compile(
    r"[ \u3000]*(?:进行|予以|电话)?(?:咨询|查询|了解|询问|反映|预约|核实|联系|办理|投诉|举报)"
)


def _called_for(text: str, start: int) -> bool:
    m = _CALL_BEFORE.search(text, start - 16 if start > 16 else 0, start)
    if m is None or PHONE_OF_PERSON.search(m.group(2)) or _KIN_ON_LINE.search(m.group(2)):
        return False
    number = _NUMBER.match(text, start)
    if number is None:
        return False
    if m.group(1) and _OR_NEXT.match(text, number.end()):
        return True  # the reader told to call it or write ("请拨打…或发邮件至…")
    return bool(_CALL_FOR.match(text, number.end()))


# an attribute's value naming a unit (jg="通渭县医疗保障局") in an XML start tag
_UNIT_VALUE = re.compile(
    r"""=["'][^"'<>]{2,30}(?:局|院|中心|委员会|政府|办公室|办事处|站|所|公司)["']"""
)
_PERSON_FIELD = re.compile(r"""\b(?:xm|name|xingming|sfzh\w*|姓名)\s*=""", re.I)


def _unit_element(text: str, start: int) -> bool:
    """A phone in an attribute of the XML element that names a unit and no person
    (``<gongshi jg="县医疗保障局" … lxdh="0932-…">``): the unit's contact, the file's
    head rather than a record."""
    lo = start - 400 if start > 400 else 0
    tag = text.rfind("<", lo, start)
    if tag < 0 or text.find(">", tag, start) >= 0:
        return False
    close = text.find(">", start, start + 400)
    element = text[tag : close if close >= 0 else start]
    return bool(_UNIT_VALUE.search(element)) and not _PERSON_FIELD.search(element)


# a staff role, its holder and the landline right after, no phone label ("劳资专管员：孙某
# 0527-…")
_STAFF_BARE = re.compile(
    r"(?:专管员|联络员|信息员|经办人|承办人|办理人|网格员|协管员|调解员|驻村干部|民警)[:：]"
    r"[ \u3000]*[\u4e00-\u9fff]{2,4}[ \u3000]+$"
)


def _staff_bare(text: str, start: int) -> bool:
    return text[start - 1 : start] in (" ", "\u3000") and bool(
        _STAFF_BARE.search(text, start - 24 if start > 24 else 0, start)
    )


def _after_sent_to(text: str, start: int) -> bool:
    """ "…请向县委组织部组织科反映。电话：0358-…", "…与救助站联系，电话0759-…", "…向市
    医保中心申请重新评估（联系电话：…）": a phone right after a sentence, clause or in a
    bracket after one that sends the reader to a unit. Within one sentence
    only the words from where it sends the reader on must be free of a person's
    particulars ("请带身份证原件到本报广告部（…），电话…")."""
    if text[start - 3 : start] in ("电话：", "电话:"):
        label = 3
    elif text[start - 2 : start] == "电话":
        label = 2
    else:
        return False
    if text[start - label - 2 : start - label] == "联系":
        label += 2
    sign = text[start - label - 1 : start - label]
    if sign not in ("。", "，", ",", "（", "("):  # "…向市医保中心申请复评（电话：…）"
        return False
    end = start - label - 1
    lo = end - 80 if end > 80 else 0
    begin = max(text.rfind("。", lo, end), text.rfind("\n", lo, end)) + 1
    sentence = text[begin:end]
    sent = [m.start() for m in _SENT_TO.finditer(sentence)]
    if not sent:
        return False
    if sign in ("（", "(") and not _ASKED_FOR.search(sentence):
        return False  # in a bracket: right after what the reader asks the unit for
    return not PHONE_OF_PERSON.search(sentence, 0 if sign == "。" else sent[-1])


# what the reader goes to the unit for, right before the bracket ("…申请重新评估（")
_ASKED_FOR = re.compile(
    r"(?:申请|反映|咨询|联系|办理|复核|复议|评估|查询|领取|报名|申报|备案|登记)[\u4e00-\u9fff]{0,4}$"
)


# where the public goes to a unit (认领地址, 办公地址, 受理地点 …) on the line before or
# in the bracket the number stands in; a unit's contact with their office after the name
_PUBLIC_PLACE = re.compile(r"(?:认领|办公|受理|办理|咨询|服务|报名|领取|报到|接待)地[址点]")
# the public place's own phone label, right before the number ("报到地点电话：")
_PLACE_PHONE = re.compile(
    _PUBLIC_PLACE.pattern
    + r"(?:的)?(?:联系|咨询|值班)?(?:电话|座机|固话)(?:号码)?[:：]?[ \u3000]*\Z"
)
# a relative or guardian on the number's own line ("抄送：X（家属，联系电话…）") after a
# place's line: the relative's own number, not the place's
_KIN_ON_LINE = re.compile(r"家属|亲属|监护人|配偶|父亲|母亲|儿子|女儿|子女|丈夫|妻子")
# the sentence sends the reader to a unit ("到我局执法监察大队领取", "向镇农经站反映")
_SENT_TO = re.compile(
    r"(?:到|向|至|前往|来|与|联系)[\u4e00-\u9fff]{0,12}?"
    r"(?:局|院|中心|大队|中队|政府|委员会|办公室|站|所|科|股|部|窗口|大厅|报社|庭)"
)
_OFFICE_NOTE = re.compile(
    r"(?:联系人|联络人)[:：][ \u3000]*[\u4e00-\u9fff]{2,4}[（(][^（()）\n]{0,12}"
    r"(?:办公室|科|股|室|处|中心|窗口)[）)]"
)


# a unit's own address opening its contact line ("县医调委地址：…号三楼  电话：…"); not a
# person's home (住所地址, 场所地址)
_UNIT_ADDRESS_LINE = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff]{1,16}?(?:委|局|院|中心|(?<![住场])所|站|办|处|会|队|庭|馆|"
    r"公司|社)|本单位|我局|我院)(?:办公|联系|通讯)?地址[：:][^\n。]*?[ \u3000，,；;]"
    r"(?:联系)?(?:电话|座机)[：:]?[ \u3000]*$"
)


def _office_lines(text: str, start: int) -> bool:
    """A number in a unit's contact lines: after a line that says where the public goes
    ("认领地址：…\n联系电话：…"), before a contact named with their office on its
    line ("电话：…　联系人：党文静（院办公室）"), or in a bracket that gives an address
    and a phone after the unit the sentence sends the reader to ("到我局执法监察大队领取
    通知书（地址：…，电话：…）"). No person's words on those lines."""
    line_start = text.rfind("\n", start - 120 if start > 120 else 0, start) + 1
    # (cheap looks first: most numbers have none of these words near them)
    if text.find(
        "地", start - 14 if start - 14 > line_start else line_start, start
    ) >= 0 and _PLACE_PHONE.search(
        text, start - 14 if start - 14 > line_start else line_start, start
    ):
        return True  # "报到地点电话：…", "受理地址联系电话：…": the place's (the office's) line
    if text.find("地址", start - 60 if start - 60 > line_start else line_start, start) >= 0:
        bracket = max(text.rfind("（", line_start, start), text.rfind("(", line_start, start))
        if bracket >= 0 and "地址" in text[bracket:start] and "）" not in text[bracket:start]:
            clause = text[bracket - 40 if bracket - 40 > line_start else line_start : bracket]
            clause = clause[max(clause.rfind("。"), clause.rfind("；")) + 1 :]
            if _SENT_TO.search(clause) and not PHONE_OF_PERSON.search(text, bracket, start):
                return True
        if _UNIT_ADDRESS_LINE.match(text, line_start, start):
            return not PHONE_OF_PERSON.search(text, line_start, start)
    line_end = text.find("\n", start, start + 120)
    line_end = line_end if line_end >= 0 else start + 120
    note = text.find("联系人", start, line_end) >= 0 or text.find("联络人", start, line_end) >= 0
    if note and _OFFICE_NOTE.search(text, start, line_end):
        return not PHONE_OF_PERSON.search(text, line_start, line_end)
    if line_start < 2:
        return False
    above = text.rfind("\n", line_start - 120 if line_start > 120 else 0, line_start - 1) + 1
    if text.find("地", above, line_start) < 0:
        return False
    prev = text[above : line_start - 1]
    return (
        bool(_PUBLIC_PLACE.search(prev))
        and not PHONE_OF_PERSON.search(prev)
        and not PHONE_OF_PERSON.search(text, line_start, line_end)
        and not _KIN_ON_LINE.search(text, line_start, line_end)
    )


def _office_item(text: str, start: int) -> bool:
    lo = start - 80 if start > 80 else 0
    item = max(text.rfind("；", lo, start), text.rfind(";", lo, start))
    if item < 0:
        return False
    cut = max(text.rfind("。", lo, start), text.rfind("\n", lo, start))
    if item <= cut:
        return False  # no earlier item in the sentence: ``office_phone`` read it whole
    clause = text[item + 1 : start]
    return bool(PHONE_OF_OFFICE.search(clause)) and not PHONE_OF_PERSON.search(clause)
