"""The grammar of a household's house number (README "The address rule", after the eighth
held-out batch).

A street and a house number alone ("滨江路18号") may be an office's and is left alone.
What makes a house number a household's is the grammar of what stands before it:

- a village and the hamlet, lane or group inside it ("…村新乡四巷5号", "…村大平掌组16号",
  "…村西区二街14号"), a village group written with its number ("三队12号", "五社41号") or
  a hamlet 屯 ("靠山屯8号"): rural house numbers are doors of households;
- a community and the street inside it ("…社区东山路23号", "…社区古帆路二巷9号"): a
  residence is written down to its community, an office by its street;
- a lane or an alley as the last street before the number (巷, 弄, 胡同, 里, 坊, a
  numbered 条: "旧城巷9号", "福安里3号", "棉花胡同乙5号", "东四八条甲12号");
- a person's particulars before it: in brackets after the name ("（88岁，…）", "（男，…）"),
  or a resident ID or mobile before it on its line or table row (``personmail``);
- a residence label before it (``RESIDENCE``: 住址, 家住, 户籍 …), as before; after such
  a label a flat in a tower (大厦) is a home too ("户籍地址：…金源大厦A座2106");
- a person's home named right before it (``residence_before``): a name and 住
  ("熊卫国住长坪镇长坪街22号"), 家中 ("在家中（…红军路117号）"), a person's property
  ("…共有的位于…中段41号的房屋", 名下位于), or a residence label
  opening the list of items it stands in ("申请人住址：第1例…；第14例…迎新街27号").

Not a household's: in brackets after a shop or an office ("县档案馆（文化巷5号）"; only a
village's door number counts after words of a sentence), after an organisation or a
venue's label ("县老年大学位于…", "活动地点：…"), in a unit's contact block (联系人, 咨询 …
on the line before), or a street of fewer than three characters (a piece of an address
wrapped onto its line: "屯41号").

Where the number ends: after 附N号 and 之一/之二 … (Cantonese and Fujian numbering:
"10号之二"), and, in a household's address, after the estate and flat that follow the
street number ("…12号金色华庭2-1704").
"""

from __future__ import annotations

import re

from . import validators as v
from .alternation import led
from .owneditems import near_door, not_a_door, owned_item

_CJK = "\u4e00-\u9fff"
_NUM = "一二三四五六七八九十"
_REST = rf"[{_CJK}]{{1,8}}[甲乙丙丁]?$"
_VILLAGE_REST = rf"[{_CJK}]{{0,8}}[甲乙丙丁]?$"  # "王庄村126号": a village's door number
# the street part before the number (text from the address's start to the number)
_RURAL = re.compile(
    # a village and the hamlet, lane or group inside it; not its offices or a town named
    # 村 (张村镇), nor a bank (农村商业银行)
    rf"村(?!委|部|民|集体|股份|卫生|小学|镇|乡|街道|商业|信用|合作|级){_VILLAGE_REST}"
    rf"|(?:\d{{1,2}}|[{_NUM}]{{1,3}})(?:组|队|社)[{_CJK}]{{0,6}}[甲乙丙丁]?$"
    # a hamlet, not a county, town or district named 屯 (松屯县, 屯溪区: a place above it)
    rf"|[{_CJK}]屯(?![县市区镇乡旗]|街道)[{_CJK}]{{0,6}}[甲乙丙丁]?$"
)
_COMMUNITY = re.compile(
    rf"社区(?!居委|居民委员会|服务|卫生|党|工作|警务|医院|委员|办公|综合|活动|网格){_REST}"
)
_LANE = re.compile(rf"(?:巷|弄|胡同|里|坊|[{_NUM}]条)[甲乙丙丁]?$")
# "王强（65岁，…", "李芳（女，…", "X（3人户，…": a person's or a household's particulars in
# the bracket the address ends
_PARTICULARS = re.compile(
    r"[（(][^（()）\n]{0,14}(?:\d{1,3}(?:周岁|岁)|[男女]|\d{1,2}人户)[^（()）\n]{0,10}[，,、；;][ \u3000]*$"
    # "X　男　90岁　…": a sex and an age before it in a row of spaced fields
    # (or a bare age in its own column: "X　男　53　…" of a voters' roll)
    r"|[男女][ \u3000\t,，、|]+\d{1,3}(?:周岁|岁)?[ \u3000\t,，、|]+$"
)
# an organisation right before the street ("县文化馆地址：…", "县老年大学位于…") or a
# venue's label ("活动地点：…"): the organisation's or the venue's address
_ORG_BEFORE = led(
    r"(?:(?<!住)(?:馆|院|所|站|校|学|园|中心|局|公司|店|厂|会|社|部|室|处|队|办|委|厅|行|场|政府|机构|单位)"
    r"(?:的)?(?:办公)?(?:地址|地点|位置|所在地|住所|坐落|位于|设在)?"
    r"|地点|场所|场地|会场|(?:会议|活动|报名|办理|受理|服务|咨询|培训|考试|集合|投票|接待)地址)"
    r"[:：\s]*$"
)
# who stands before the bracket a street is written in: a household (…户, …家) or a
# person by name ("孙德福户（…）", "陆阿毛（…）"), not a shop or an office ("县档案馆（…）")
_BEFORE_BRACKET = re.compile(r"([\u4e00-\u9fff·]{2,8})$")
# a resident ID before the address on its line, or a mobile in a delimited row
_ID = led(r"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}[01]\d[0-3]\d{4}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = led(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")
_UNIT_START = re.compile(
    r"[\u4e00-\u9fff]{2,}?(?:局|中心|公司|学校|医院|银行|政府|委员会|协会|合作社|厂|店)(?![\u4e00-\u9fff])"
)
# (a court's "本院受理原告…诉…一案" is its case, no contact block)
_CONTACT_WORDS = re.compile(
    r"联系人|联络人|经办人|咨询|办公|受理(?!编号|号|日期|时间|原告|申请人|上诉人|[^，。；\n]{0,20}(?:一案|纠纷))|报名"
)
# a unit and a colon opening the line, then the unit's phone ("某镇应急办：0870-…，地址：")
_UNIT_LINE_HEAD = re.compile(
    r"[ \u3000]*[\u4e00-\u9fff（）()]{2,20}?(?:办|局|站|所|中心|委员会|办公室|政府|大队|中队|股|科)"
    r"[:：][ \u3000]*(?:[（(]?0\d{2,3}[)）]?[-－ ]?)?\d{7,8}"
)
_SHOP_END = frozenset("部店馆厂铺行社所站院校心司局队处室场园吧厅坊庄屋村组区")


def _before_bracket(text: str, bracket: int) -> str:
    """Who stands before a bracket: "household" (…户, …家, a person by name), "unit" (a
    shop or an office: …部, …馆, …中心) or "" (words of a sentence)."""
    from . import validators as v

    m = _BEFORE_BRACKET.search(text, bracket - 8 if bracket > 8 else 0, bracket)
    if m is None:
        return ""
    word = m.group(1)
    if word[-1] in "户家" or "·" in word:
        return "household"
    if word[-1] in _SHOP_END:
        return "unit"  # "张家小卖部（…）", "县档案馆（…）"
    if any(v.plausible_name(word[-k:]) for k in (2, 3, 4) if k <= len(word)):
        return "household"
    return ""


# a person's home named right before: "熊卫国住长坪镇…", "在家中（梅山镇…）"; a place the
# letter's reader or writer owns, 位于 right after the person ("你位于…的房屋", "您家位于…",
# "本人位于…"): whose place 位于 introduces is the word before it, and a pronoun of the
# person addressed or writing is a household (not "你单位位于", "你公司位于": a unit's word
# stands between; not 其, which may stand for a shop or a firm)
_HOME_BEFORE = re.compile(
    r"(?:[\u4e00-\u9fff]{2}(?<!入|记|抓|挡|保|留)住|家中[（(]?|(?:所有|共有|名下)的?(?:房屋)?位于"
    r"|(?:[你您](?:户|家|们)?|本人|我家|我户)(?:所有|共有|名下)?的?(?:房屋)?位于)$"
)
# a residence label that opens a list of items ("申请人住址：第1例…；第14例…")
# (its note before the sign too: "救助对象住址（用于回访）：1号 …；2号 …")
_OPENS = r"(?:住址|家庭住址|现住址|居住地址?|户籍地址?)(?:[（(][^（()）\n]{1,12}[）)])?[:：]"
_LABEL_OPENS = re.compile(_OPENS)
# the list's first item right after the label ("住址（…）：1号 X", "住址：（1）X")
_FIRST_ITEM = re.compile(_OPENS + r"[ \u3000]*(?:\d{1,3}[号.．、]|[（(]\d{1,3}[）)])?[ \u3000]*$")


# a property's location in a sentence about a title deed or a pledge ("不动产权第…号，坐落…")
_PROPERTY_AT = re.compile(r"坐落(?:于|在)?[:：]?$")
_PROPERTY = re.compile(r"不动产|房产|房屋所有权|产权证|权证|抵押物|宅基地")
# a business's premises: its deed names a trade or a firm before the location
_TRADE = re.compile(r"市场|公司|商行|商店|超市|门市|个体|经营者|合作社|酒店|饭店|厂(?![区房])")
# who holds the property a deed's item names (its 坐落 follows in the item)
_HOLDER = re.compile(r"(?:权利人|所有权人|产权人|使用权人|登记人|申请人)[:：]")
# where a letter to a person went ("寄递地址…", "邮寄地址：…", "送达地址…")
_MAILED_TO = re.compile(r"(?:邮寄|寄递|收件|送达|收件人)地址[:：]?$")


def _property_or_mail(text: str, start: int) -> bool:
    lo = start - 80 if start > 80 else 0
    cut = max(text.rfind("。", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    if _MAILED_TO.search(text, start - 8 if start - 8 > cut else cut, start):
        return True
    if not (
        _PROPERTY_AT.search(text, start - 5 if start - 5 > cut else cut, start)
        and _PROPERTY.search(text, cut, start)
        and not _TRADE.search(text, cut, start)
    ):
        return False
    return not business_item(text, start)


def business_item(text: str, start: int) -> bool:
    """The item ``start`` stands in names its holder earlier on its line as a business
    ("四、权利人：…个体工商户“…店”经营者X，身份证号…。不动产坐落：…"): the place is the
    business's premises, whatever the holder's particulars beside it."""
    lo = start - 300 if start > 300 else 0
    line = max(text.rfind("\n", lo, start) + 1, lo)
    holders = list(_HOLDER.finditer(text, line, start))
    if not holders:
        return False
    holder = holders[-1]
    stop = text.find("。", holder.end(), start)
    return _TRADE.search(text, holder.end(), stop if stop >= 0 else start) is not None


def residence_before(text: str, start: int) -> bool:
    """A person's home named right before ``start``, a property's location after its title
    deed or a letter's mailing address (``_property_or_mail``), or the residence label that
    opens the list of items (separated by ；) ``start`` stands in."""
    if _HOME_BEFORE.search(text, start - 8 if start > 8 else 0, start) or _property_or_mail(
        text, start
    ):
        return True
    item = max(
        text.rfind("；", start - 40 if start > 40 else 0, start),
        text.rfind(";", start - 40 if start > 40 else 0, start),
    )
    if item < 0:
        return _FIRST_ITEM.search(text, start - 30 if start > 30 else 0, start) is not None
    lo = start - 300 if start > 300 else 0
    stop = max(text.rfind("。", lo, start), text.rfind("\n", lo, start))
    return bool(_LABEL_OPENS.search(text, max(stop + 1, lo), item))


# a person's name and mobile right before the address, parted by commas: a writer's own
# particulars at a letter's end ("张三，13812345678，某镇某路68号")
_SIGNED = re.compile(
    r"(?:^|[。？！?!：:\s])([\u4e00-\u9fff]{2,4})[，,][ \u3000]*1[3-9]\d{9}[，,][ \u3000]*$"
)


def _particulars_line(text: str, start: int) -> bool:
    """A resident ID before ``start`` on its line, or a mobile in a delimited row, and
    the line not opened by a unit."""
    lo = start - 300 if start > 300 else 0
    line = text[text.rfind("\n", lo, start) + 1 or lo : start]
    if _UNIT_START.match(line.lstrip(" \u3000\t0123456789.、;；|｜,，")):
        return False
    if _ID.search(line):
        return True
    if line[-1:] in ("，", ","):
        signed = _SIGNED.search(line, max(0, len(line) - 24))
        if signed and v.plausible_name(signed.group(1)):
            return True  # "…怎么申领？张三，138…，某镇某路68号。": a writer signing
    delimited = max(line.count(c) for c in "\t;|｜,") >= 2
    return delimited and _MOBILE.search(line) is not None


def household(text: str, start: int, number: int) -> bool:
    """Whether the street from ``start`` to the house number at ``number`` is written as a
    household's (rural grammar, a community, a lane, a person's particulars)."""
    street = text[start:number]
    bracket = max(street.rfind("（"), street.rfind("("))
    if bracket >= 0:
        start += bracket + 1
        street = street[bracket + 1 :]
    if len(street) < 3:
        return False  # "屯41号", "二巷9号": a piece of an address wrapped onto its line
    if not_a_door(text, start, number):
        return False  # "…村河段3号采区", "5号地块": a site's number (``owneditems``)
    rural = _RURAL.search(street) is not None
    if not (
        rural
        or _COMMUNITY.search(street)
        or owned_item(text, start)  # "…位于…街71号，…产权人：X" (``owneditems``)
        or _LANE.search(street)
        or _PARTICULARS.search(text, start - 30 if start > 30 else 0, start)
        or (
            _particulars_line(text, start)
            and not near_door(text, number)  # (owneditems)
            and not business_item(text, start)
        )
        or residence_before(text, start)
    ):
        return False
    if text[start - 1 : start] in ("（", "("):
        # in brackets after a shop or an office it is theirs; a village's door number
        # is a household's after words of a sentence too ("房屋受损（…村前街8号）")
        who = _before_bracket(text, start - 1)
        if who == "unit" or (not who and not rural and not residence_before(text, start - 1)):
            return False  # "县档案馆（文化巷5号）", "张记小吃（文化巷5号）"
    if _ORG_BEFORE.search(text, start - 12 if start > 12 else 0, start):
        return False
    line = text.rfind("\n", start - 60 if start > 60 else 0, start) + 1
    # "联系人：…，电话：…，地址：…": a unit's contact block
    if _CONTACT_WORDS.search(text, line or (start - 60 if start > 60 else 0), start):
        return False
    # "某镇应急办：0870-…，地址：…": a line opened by a unit and a colon is the unit's
    return not (
        text[start - 3 : start].rstrip(" \u3000")[-1:] in (":", "：")
        and _UNIT_LINE_HEAD.match(text, text.rfind("\n", 0, start) + 1, start)
    )


def tower_home(before: str, prefix: str, office: re.Match) -> bool:
    """A flat in a tower (大厦) after a residence label or a person's property (名下):
    the office word is the tower's name, not an office ("户籍地址：…金源大厦A座2106",
    "名下位于…金汇大厦1702房的不动产"); or the staff housing of a unit (…公司家属楼); or a person's own place named after the
    office ("向…局申请公开本人位于…的房屋")."""
    from .patterns import OFFICE_PLACE, RESIDENCE

    words = before + prefix
    last = list(OFFICE_PLACE.finditer(words))[-1]
    if _OWN_PLACE.search(words, last.end()):
        return True  # "向区自然资源局申请公开“本人位于…”": the person's own, after the office
    if _STAFF_HOUSING.match(words, office.end()):
        # "…9号农机公司家属楼2单元202室": a unit's staff housing is its households' home
        return all(_STAFF_HOUSING.match(words, m.end()) for m in OFFICE_PLACE.finditer(words))
    if office.group() != "大厦" or not (RESIDENCE.search(words) or "名下" in words):
        return False
    return all(m.group() == "大厦" for m in OFFICE_PLACE.finditer(words))


_STAFF_HOUSING = re.compile(r"家属院|家属楼|家属区|宿舍|生活区")
_OWN_PLACE = re.compile(r"本人(?:位于|所有|名下|的|住)|我家|我的|申请人(?:位于|名下|的)")


_PERSON_WORD = re.compile(r"您|你|其|他|她|本人|当事人|申请人|职工|家属")


def home_after_office(before: str, prefix: str) -> bool:
    """A residence label after the last office word and a word for the person between
    them: the office writes of a person's home ("我局按您留存的通讯地址…邮寄", "本局已向
    其住址…送达"), the address is the person's; not the office's own ("本局通讯地址：…")."""
    from .patterns import OFFICE_PLACE, RESIDENCE

    words = before + prefix
    offices = [m.end() for m in OFFICE_PLACE.finditer(words)]
    homes = [m.start() for m in RESIDENCE.finditer(words)]
    if not (offices and homes) or homes[-1] < offices[-1]:
        return False
    return _PERSON_WORD.search(words, offices[-1], homes[-1]) is not None


# after the house number: 之一 …, 附N号, then an estate and its flat
_SUFFIX = re.compile(rf"之[{_NUM}]{{1,3}}|附\d{{1,3}}号|院(?![{_CJK}])")  # "8号院"
_ESTATE_FLAT = re.compile(
    rf"[{_CJK}][{_CJK}·]{{0,7}}?(?:庭|园|苑|城|府|居|轩|阁|湾|邸|公馆|大厦|广场|小区|花园|家园|公寓|新村"
    r"|山庄|宿舍|大院)"
    r"(?:(?:[A-Z]?\d{1,3}|[A-Z])(?:栋|幢|号楼|座)(?:\d{1,2}(?:单元|门))?(?:\d{1,2}[楼层])?\d{1,5}"
    r"(?:室|号|户|房)?|\d{1,3}-\d{1,4}(?:-\d{1,5})?(?![\d-])(?:室|号|房)?"
    r"|\d{1,2}[楼层](?:[A-Z]|\d{1,5})(?:室|号|房)?)"  # "先施大厦12楼B室": a floor and its flat
)


def number_end(text: str, end: int) -> int:
    """Where a household's house number ends: past 之二, 附3号 and an estate's flat."""
    if text[end - 1 : end] != "号":
        return end
    m = _SUFFIX.match(text, end)
    if m:
        end = m.end()
    m = _ESTATE_FLAT.match(text, end)
    return m.end() if m else end


# a place given as an example of what a residence word names ("住址为村组的，以户籍登记为准
# （如某镇某村3组）", "户籍地写到村组，例如…"): the example word stands between the residence
# word and the place, which is then a sample of the kind, no one's home
# (如 alone, after a bracket: not when one character or none stands between it and a place
# word, so that 如东县, 如皋市, 如城街道 stay places: "（如城街道…）" is a place in brackets)
_EXAMPLE = re.compile(
    r"(?:[（(]如(?![^省市区县镇乡街]?(?:省|市|区|县|镇|乡|街道))"
    r"|例如|比如|譬如|诸如)[^（()）:：，,]*$"
)


def sample_place(clause: str) -> bool:
    """The words before a bare village group (its clause) introduce it as an example after
    their last residence word."""
    from .patterns import RESIDENCE

    words = list(RESIDENCE.finditer(clause))
    return bool(words) and _EXAMPLE.search(clause, words[-1].end()) is not None
