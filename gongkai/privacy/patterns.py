"""The regular expressions and word lists of the scanner, compiled once at import.

Two passes share the work. Pass A (``numbers``, with ``AREA`` and ``BUILDING`` from
here) matches things that start with a digit, a capital letter, "+", a bracket or ¥, in
one search of the whole text. ``WORDS`` (pass B) matches words: secrecy markings, name
labels and cues, vehicle plates; every branch begins with a literal character, so the engine again skips
straight to the next possible first character. Things that look like personal data
but are not (index and document numbers, ICP records, amounts) are branches of
pass A that come first and consume their text.
"""

from __future__ import annotations

import re

from .alternation import by_second, led

# a landline as printed, its area code optional ("0578-2123456", "（0578）2123456",
# "2123456"): the shape the unit-line rules look for beside a label or alone on a line
LANDLINE_SHAPE = r"(?:[（(]0\d{2,3}[）)][ \u3000]?|0\d{2,3}[ -]?)?[2-9]\d{6,7}"

PERSONAL_TYPES = (
    "id_card",
    "mobile",
    "landline",
    "bank_card",
    "email",
    "passport",
    "permit",
    "residence",
    "plate",
    "address",
    "name",
)
EXPRESSION_TYPES = ("leader_title", "leader_order", "formulation", "outdated", "sensitive")
ALL_TYPES = (*PERSONAL_TYPES, "secrecy", "nondisclosure", "org_code", *EXPRESSION_TYPES)

CJK = "\u4e00-\u9fff"


def is_han(ch: str) -> bool:
    """Whether ``ch`` is one character of the CJK block ``CJK`` ("" is not)."""
    return "\u4e00" <= ch <= "\u9fff"


PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
NUM_ZH = "一二三四五六七八九十百"
AREA = r"(?:010|02\d|0[3-9]\d\d)"
NAME_LABELS = (
    "户主姓名|申请人姓名|户主|被申请人|申请执行人|被执行人|申请人|当事人|联系人|法定代表人|负责人|经办人|投诉人|"
    "举报人|收件人|委托代理人|代理人|委托人|监护人|领取人|领款人|收款人|受款人|持卡人|姓名|"
    "写信人|来信人|留言人|反映人|信访人|来电人|诉求人|求助人|持证人|持有人|项目经理|权利人|受送达人|"
    # the parties of a payment, a sale or a lease ("交款人：…", "竞买人：…")
    "交款人|缴款人|付款人|汇款人|竞买人|竞得人|受让人|转让人|承租人|出租人|借款人|肇事人|"
    # a flat's holders ("【产权人】…" read as "产权人：…"), the signer of a declaration or a pledge
    "产权人|共有人|声明人|承诺人|继承人|受托人|见证人|证明人|投资人|"
    # the holder of a right (原经营权人X于…病故, 土地使用权人：…)
    "经营权人|使用权人|所有权人|使用人|"
    # who signed or collected for another (代签：X, 代领人：X)
    "代签人|代签|代领人|代收人|代领|代收|"
    # who a supplier or a bidder authorised to act for it (授权代表：X, 被授权人：X)
    "授权代表|被授权人|"
    # the parties of an adoption and who an assessment is about (送养人X, 被鉴定人X，身份证…)
    "被收养人|送养人|收养人|被鉴定人|被评估人|"
    # the person an interview record asks (its askers are officials: ``officeroles``)
    "被询问人|被调查人|被讯问人"
)
# A flat's number written with dashes after its building: the staircase and the flat
# ("16幢3-1302", "5栋1-501": a flat's three digits or more), or, after the staircase, the
# floor and the door ("7幢1单元16-3号": 号 or 室 closes it, as "2-5层" is a range of floors)
UNIT_ROOM = r"\d{1,2}-\d{3,5}(?:室|号|户|房)?(?![0-9\-])"
FLOOR_DOOR = r"\d{1,2}-\d{1,2}(?:室|号)"
BUILDING = (
    rf"(?:[A-Z]?\d{{1,3}}|[A-Z]|[{NUM_ZH}]{{1,3}})(?:栋|幢|号楼|座)(?:{UNIT_ROOM}|(?:\d{{1,2}}(?:单元|门))?"
    rf"(?:\d{{1,2}}[楼层樓])?(?:{FLOOR_DOOR}|\d{{1,5}}(?:室|号|户|房)?|[A-Z][室房])?)"
    rf"|\d{{1,2}}单元(?:{FLOOR_DOOR}|\d{{1,5}}(?:室|号)?)?"
    # a floor and its flat by number or by letter, as Hong Kong and Macao write a home
    # ("…街50号15楼D室", "…大厦3座12樓B室")
    rf"|\d{{1,2}}[楼层樓](?:\d{{1,5}}(?:室|号)?|[A-Z][室房])"
    rf"|\d{{1,5}}[A-Z]?[室房]"  # "3099号11B室": a room lettered after its number
    rf"|\d{{1,3}}-\d{{1,2}}-\d{{1,5}}(?:室|号)?"
)

# Words for a private person that stand right before a name in reports of complaints,
# hotlines and notices ("市民聂雨桐来电反映", "农户庞春花反映", "其叔父眭建华"): weaker
# still, so the name after them must be made of given-name characters
# (``names.best_name``). Not branches of ``WORDS``: many start with characters common
# in every text (大, 工, 被 …), which would slow the word pass; ``names.weak_cue_names``
# finds them with a pattern of its own, searched from each word's last character.
WEAK_CUES = (
    "市民",
    *("爱人", "同学", "劳动者"),  # "代您的爱人X提交", "我和同学X合伙", "未与劳动者X、Y签订"
    *("参保人", "参保人员", "申请人代表", "业主代表", "犬主"),  # 参保人X冒用…, 犬主X赔偿
    # parties of an accident, a wage claim, a shop or a street ("肇事者X无力赔偿", "欠薪人X在逃",
    # "为顾客X、Y实施", "隔壁X（电话…）家也被淹了", "群众推荐人X、Y")
    *("肇事者", "肇事人", "欠薪人", "加害人", "推荐人", "顾客", "隔壁"),
    "群众",
    # the two sides of a case a bureau rules on ("请求人X与被请求人Y专利侵权纠纷一案",
    # "对被申请人X作出"): private parties, as 原告 and 被告 of a court
    *("请求人", "被请求人", "申请人", "被申请人", "投诉人", "被投诉人", "举报人", "被举报人"),
    "农户",
    "患者",
    "家属",
    "骑手",
    "军人",
    "职工",
    "业主",
    "考生",
    "住户",
    "网民",
    "叔父",
    "伯父",
    "丈夫",
    "妻子",
    "儿子",
    "女儿",
    "父亲",
    "母亲",
    "录用人员",
    "聘用人员",
    "原告",
    "被告",
    "大户",
    "青年",
    "农民",
    "工友",
    "老人",
    "党员",
    "传承人",  # a craftsman of an intangible heritage (代表性传承人X授课): a private person
    # a craftsman's masters ("师承X、Y"); hired rangers and a scenic spot's guides: private
    *("师承", "师从", "拜师", "护林员", "讲解员"),
    "律师",  # a party's lawyer (委托律师X代为办理): a private person, not an official
    "导游",  # a tour guide named in a complaint's answer (对导游X记不良信息)
    # a crew's leader on a site (钢筋班组（班组长X）), a courier or who lost what was found
    # (快递员X拾得…, 联系到失主X): private persons
    *("班组长", "快递员", "投递员", "派送员", "配送员", "外卖员", "收派员", "派件员", "失主"),
    "脱贫户",
    "贫困户",
    "低保户",
    "残疾人",
    "志愿者",
    *("楼栋长", "单元长"),  # a building's or staircase's head: a resident (聘任楼栋长X、Y)
    "邻居",
    "乡亲",
    "车主",
    "店主",
    "摊主",
    *("摊贩", "商贩"),  # a street vendor named in a complaint's answer (督促摊贩X销毁…)
    "房东",
    "房主",
    "租客",
    "司机",
    "员工",
    "工人",
    "驾驶人",
    "驾驶员",
    "受害人",
    "被害人",
    "嫌疑人",
    "行为人",
    "被执行人",
    "承租人",
    "共同居住人",  # a household's members (该户共同居住人X已代为签收)
    "同住人",
    "购房人",
    "受援人",
    "乘客",
    "游客",
    "消费者",
    "伤者",
    # an adoptive family and the child it took in (收养家庭X、Y夫妇, 收养儿童X（女）)
    *("收养家庭", "收养儿童", "亲属"),
    # a co-worker or a witness named in an injury case (由同事X送医, 证人X（住…）)
    *("同事", "证人"),
    # the dead named in a burial or relief notice, the parties of an auction, a craftsman
    # or a grower named in a report (逝者X，女，91岁; 买受人X; 泥工X施工; 养殖户X介绍)
    *("逝者", "亡者", "案外人", "买受人", "竞买人", "泥工", "木工", "瓦工", "养殖户", "种植户"),
    # a boatman, a neighbouring household, a passenger in the same vehicle (船工X和…,
    # 邻户X户, 同车人X已…)
    *("船工", "邻户", "同车人"),
    # the parties of a marriage or a divorce record (男方X，身份证号…；女方Y)
    *("男方", "女方"),
    # persons named by their tie to a country abroad in a 寻亲 or overseas affairs notice
    # (马来西亚华侨X，持…护照; 美国籍华裔X; 归侨X): private persons
    *("华侨", "华裔", "归侨", "侨眷", "侨胞"),
    # workers and neighbours named in a complaint or a wage case (从业人员马秀兰、杨哈三)
    "从业人员",
    "装卸工",
    "搬运工",
    "雇工",
    "帮工",
    "承包人",
    # a self-building household's craftsman (工匠X（联系电话…）): a private person
    *("工匠", "匠人", "木工", "瓦工", "泥工", "包工头"),
    # a veteran, a person who collects for another (代领人X，身份证号…)
    *("老兵", "退役军人", "代领人", "代办人", "领取人"),
    # the parties of a land contract's change (承包方代表X, 共有人X、Y, 受让方X)
    "承包方",
    "承包方代表",
    "共有人",
    "受让方",
    "受让人",
    "转让方",
    "继承人",
    "申报人",
    "组织成员",
    # relatives named in a record's prose (父母X、Y, 外婆X, 妹妹X（手机…）, 老战友X); in a
    # letter (我孩子X, 我先生X: 先生 only after its owner, ``letterkin``)
    *("孩子", "老伴", "先生", "老公", "媳妇", "爸爸", "妈妈", "公公", "婆婆"),
    *("老师", "教师"),  # a child's teacher named in a letter (老师X说, 授课教师X进行)
    "父母",
    "祖父",
    "祖母",
    "外公",
    "外婆",
    "爷爷",
    "奶奶",
    "舅舅",
    "姑妈",
    "姑姑",
    "姨妈",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "战友",
    "介绍人",
    "农民工",
    # donors and whom a gift helped, named in a charity's notice or reply (捐赠人X，退款…;
    # 受助人X本人社会保障卡)
    *("捐赠人", "捐款人", "捐助人", "捐献人", "捐献者", "受助人", "受赠人"),
    # a family member and a reviewing expert named in a reply (及其家人X已出具收条, 组织专家
    # X、Y等五人复核)
    *("家人", "专家"),
    "建议人",
    "建议人员",
    "同楼",
    "子女",
    # a party's colleague or witness, a newborn added to a household (其同事…, 证人…的证言)
    "同事",
    "证人",
    *("新生儿", "婴幼儿", "婴儿", "幼儿", "患儿"),  # a child a subsidy or a ward names
    "被处罚人",
    # persons a notice is about: an heir, an owner, the dead, the missing, a finder (with a
    # sign: ``namelines.role_labels``)
    *("继承人", "产权人", "所有人", "死亡人员", "下落不明人", "失踪人", "捡拾人", "拾得人"),
    "合伙人",
    # the insured of a farm's or a person's policy (被保险人钱某已去世)
    "被保险人",
    # a pupil, a parent, a mother in a ward, a reserve on a list, a self-employed person
    "学生",
    "家长",
    "产妇",
    "孕妇",
    "候补人员",
    "递补人员",
    "个体经营户",
    "个体工商户",
    "经营户",
    "个体户",
    "牧民",
    "渔民",
    "退休教师",
    "退休职工",
    "退休工人",
    "家庭成员",
    # relatives named after the person the text is about (其兄胡扎妥, 侄子周扎克, 配偶钱玉芬)
    "配偶",
    *(f"{a}{b}" for a in "其之" for b in "兄弟姐妹孙侄"),
    "侄子",
    "侄女",
    "孙子",
    "孙女",
    "外孙",
    "儿媳",
    "女婿",
    # elders of the family (岳母彭某, 祖父漆某)
    *("岳父", "岳母", "祖父", "祖母", "外祖父", "外祖母"),
    *("外甥", "外甥女"),  # 大陆联系人为其外甥聂俊
    # members of a hearing or a panel who sit as citizens, not in office (县人大代表X（教师）)
    *("人大代表", "政协委员", "群众代表", "村民代表", "居民代表"),
    *("受托人", "经营者", "拟聘人员"),  # （受托人X）, 登记经营者X本人, 原拟聘人员X放弃
    # a sportsman's own coach, an examinee beside the writer (私人教练X（手机…）, 同场
    # 应试人X存在…): private persons named in a list or a reply (not 教练员, a school's or a
    # team's post: "训练单位：县体校，教练员X" acts in office)
    *("教练", "应试人"),
)

# Pass B: words. Every branch starts with a literal character, so that the regex
# engine skips quickly to the next possible first character.
# Weaker context for names in prose: "村民张三反映…", "张三同志", "张三（男，1965年生）".
# A relative named after the person the text is about: "其子周小龙", "之妻李秀琴".
PREFIX_CUES = (
    "村民",
    "居民",
    "老板",  # "老板X电话不接": the owner of a shop complained of, a private person
    *(f"{a}{b}" for a in "之其" for b in "妻夫子女父母"),
)
# "陶思远，男，1999年6月生": the particulars after a name in a list of persons ("男，"
# counts after a comma only; a branch starting with "，" would slow the word pass)
SUFFIX_CUES = (
    *("同志", "先生", "女士", "（男", "（女", "(男", "(女", "男，", "女，", "您好"),
    # a courtesy title in brackets after the name ("X（先生，电话…）")
    *("（先生", "（女士", "(先生", "(女士"),
    # a pair of relatives named by one of them ("救起钓鱼的吕长河父子", "陈铁柱母子")
    *("父子", "母子", "父女", "母女", "夫妇", "夫妻"),
)
SECRECY_WORDS = (
    "绝密",
    "机密",
    "秘密",
    "注意保密",
    "注意保存",
    "内部资料",
    "内部",
    "涉密",
    "不予公开",
    "此件不公开",
)
LABEL_WORDS = NAME_LABELS.split("|")
# Documents whose numbers have no shape of their own (台胞证: 8 digits) or share one with
# other codes (永居证: 18 digits starting with 9): found after their name.
DOC_LABELS = (
    "台胞证",
    "台湾居民来往大陆通行证",
    "回乡证",
    "港澳居民来往内地通行证",
    "永久居留身份证",
    "永久居留证",
    "永居证",
)
DOC_TAIL = re.compile(
    r"[^0-9A-Za-z。；;\n]{0,8}?(?<![0-9A-Za-z])"
    r"(9\d{16}[\dX]|[A-Z]{3}\d{12}|[HM]\d{8}(?:\d{2})?|\d{8}(?:\d{2})?(?:[（(][A-Z][）)])?)"
    # (a count of documents, 12345678张, is no document's number)
    r"(?![0-9A-Za-z]|[ \u3000]?[张本件份次个元](?!人))"
)
WORD_BRANCHES = [
    # a plate's province and letter; the rest is PLATE_TAIL, matched in Python (every
    # branch must start with a literal for the fast scan, and 31 copies of the whole
    # plate made compiling slow)
    *(rf"{c}[A-HJ-NP-Z]" for c in PROVINCE_CHARS),
    *(
        rf"{c}(?:[ \u3000]*[★☆](?:[ \u3000]*(?:[0-9一二三四五六七八九十]+[ \u3000]*(?:年|个月|月)|长期|启用前))?)?"
        for c in ("绝密", "机密", "秘密")
    ),
    r"此件不予?公开[）)]",  # the stamp of the disclosure attribute (RULES.md §3)
    "注意保密",
    "注意保存",
    "内部(?:资料)?",
    "涉密",
    "不予公开",
    "此件不公开",  # the attribute line printed on an issued document (RULES.md §3)
    *(re.escape(w) for w in sorted(LABEL_WORDS, key=len, reverse=True)),
    *DOC_LABELS,
    *(rf"{c}[{NUM_ZH}]{{0,3}}号" for c in NUM_ZH),  # and HOUSE_TAIL, matched in Python
    rf"村(?:\d{{1,2}}|[{NUM_ZH}]{{1,3}})组(?:\d{{1,4}}号(?:附\d{{1,3}}号)?)?",
    rf"社区(?:\d{{1,2}}|[{NUM_ZH}]{{1,3}})组(?:\d{{1,4}}号(?:附\d{{1,3}}号)?)?",
    *PREFIX_CUES,
    *(re.escape(c) for c in SUFFIX_CUES),
]
WORDS = re.compile(by_second(WORD_BRANCHES))  # "|".join(WORD_BRANCHES), tried faster
PLATE_TAIL = re.compile(
    r"[·•\ -]?[A-HJ-NP-Z0-9]{4}(?:[A-HJ-NP-Z0-9]{1,2}|[挂学警港澳])(?![0-9A-Za-z])"
)
HOUSE_TAIL = re.compile(rf"(?:院|大院)?(?:{BUILDING})")
# "申请人：张三", "【留言人】张三"
LABEL_TAIL = re.compile(rf"[\ \u3000]*([:：】\]｜]?)[\ \u3000]*([{CJK}·]{{2,10}})")
# a field's label on one line and its value alone on the next ("当事人名称\n何小勇")
LABEL_LINE = re.compile(
    rf"(?:名称|姓名)?[:：]?[\ \u3000]*\n[\ \u3000]*([{CJK}·]{{2,4}})[\ \u3000]*(?:\n|$)"
)

# Full-width digits, letters and signs as typed with a Chinese input method.
# the dot inside a transliterated name is written several ways (热孜万古丽•吐尔洪)
NAME_DOTS = str.maketrans({"\u2022": "·", "\u30fb": "·", "\u2027": "·", "\uff65": "·"})
FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94) if chr(0x21 + i) not in "(),:;"}
FULLWIDTH[0x3000] = 0x20  # ideographic space
FULLWIDTH[0x2014] = FULLWIDTH[0x2013] = FULLWIDTH[0x2212] = 0x2D  # "0830—3125678"
# the runs of the characters FULLWIDTH maps: ``str.translate`` looks every character of a
# text up in its table (750 M instructions for the 1,032,120 characters of the benchmark
# text, a sixth of its scan); one search led by a class finds the runs, and only they are
# translated (``halfwidth``: 140 M)
_FULLWIDTH_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FULLWIDTH)) + "]+")
_NAME_DOT = re.compile("[\u2022\u30fb\u2027\uff65]")  # (NAME_DOTS' keys)


def halfwidth(text: str) -> str:
    """``text.translate(FULLWIDTH)``, translating the runs of its characters alone."""
    return _FULLWIDTH_RUN.sub(_halfwidth_run, text)


def _halfwidth_run(m: re.Match) -> str:
    return m.group().translate(FULLWIDTH)


def name_dots(text: str) -> str:
    """``text.translate(NAME_DOTS)``, by a search for the dots alone."""
    return _NAME_DOT.sub("·", text)


# One character class (a fast C scan; an alternation would make the engine try every
# position): full-width digits, letters and signs, and dashes, which count only between
# digits ("0830—3125678"; "——" in prose does not) — see ``has_fullwidth``.
FULLWIDTH_PRESENT = re.compile(
    r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff20\u2013\u2014\u2212]"
)
_DASHES = "\u2013\u2014\u2212"
_ASCII_DIGITS = "0123456789"


# The same test without a search led by a class (the engine tests every character
# against it: a tenth of the cost of a search led by one literal character): in UTF-16
# (little-endian) a full-width digit, letter or sign is its low byte and then 0xFF, found
# by a search led by that byte; a hit at an even offset straddles two characters.
_FULLWIDTH_UNITS = re.compile(rb"\xff(?<=[\x0b\x0d\x10-\x19\x20-\x3a\x41-\x5a]\xff)")


def has_fullwidth(text: str) -> bool:
    """Whether ``text`` holds characters that ``FULLWIDTH`` must translate first
    (a character of ``FULLWIDTH_PRESENT``; a dash only between two ASCII digits)."""
    if text.isascii():  # constant time in CPython
        return False
    for m in _FULLWIDTH_UNITS.finditer(text.encode("utf-16-le", "surrogatepass")):
        if m.start() & 1:
            return True
    last = len(text) - 1
    for dash in _DASHES:
        i = text.find(dash, 1)
        while 0 < i < last:
            if text[i - 1] in _ASCII_DIGITS and text[i + 1] in _ASCII_DIGITS:
                return True
            i = text.find(dash, i + 1)
    return False


CLAUSE_TAIL = re.compile(r"[^。；;！!？?\n，,]*$")
PUBLIC_CONTEXT = led(
    r"(?:服务|咨询|监督|投诉|举报|值班|办公|受理|政务|公开|办事|热线|客服|抢险|抢修|报修|急修)"
    r"(?:电话|热线|信箱|邮箱)"
    # "办公电话暂借用主任家庭电话…": the home's label nearer the number makes it a person's
    r"(?![^，,。；;\n]*?(?:家庭|住宅|家中|私人)(?:电话|座机|固话))"
    r"|热线|传真|(?<!电子)信箱[:：\s]*$"
    r"|(?:发布|专班|官方|公共)(?:电话|邮箱|信箱)"
)
# A landline (not a mobile: that may be a cadre's or an operator's own) is a unit's also
# at a business's counter ("前台预订电话", "门店电话") or right after the verb asking
# the reader to call ("…，咨询0731-…")
LANDLINE_PUBLIC = led(
    PUBLIC_CONTEXT.pattern
    + r"|(?:前台|总台|门市|门店|店面|营业|订房|订餐|售票)(?:预订|预约|接待|订房|订餐)?(?:电话|热线)"
    r"|预订电话|(?:咨询|垂询|详询)(?:请?(?:拨打|致电))?[:：]?[ \u3000]*$"
)
# "（9位，如L43130001）", "例如：H12345678": a sample of a document's number, no one's
SAMPLE_BEFORE = re.compile(r"(?:如|例|示例|样例|格式为)[:：]?[ \u3000]?$")


def sample(text: str, start: int) -> bool:
    """Whether the number at ``start`` is given as a sample (``SAMPLE_BEFORE``)."""
    return SAMPLE_BEFORE.search(text, start - 4 if start > 4 else 0, start) is not None


# "0830-3125678（泸州市江阳区生态环境局）": a number followed by the office it belongs to
OFFICE_AFTER = re.compile(
    r"\s*[（(][^）)\n]{0,24}(?:局|委|办|政府|中心|院|所|站|队|厅|(?<!家)庭|部|会|处|科|股|室|窗口|大厅)[）)]"
    r"|\s*[（(](?:24|二十四)小时[^）)\n]{0,8}[）)]"  # a line kept day and night: a service's
    r"|[ \u3000]*[，,；;]?[ \u3000]*(?:承办|经办)(?:科室|部门)[:：]"  # its office (承办科室：)
)
LONG_CODE = re.compile(r".*[0-9A-Za-z]{6,}", re.DOTALL)  # up to the last long code
OFFICE_PLACE = re.compile(
    r"办公地[点址]|受理地[点址]|办理地[点址]|服务地[点址]|咨询地[点址]|单位地址|机关地址|窗口|大厅|"
    r"服务中心|便民服务|人民政府|政务|机关|委员会|办公室|局|"
    # an organisation's address (a supplier's, a purchaser's): not a household's
    r"供应商|采购人|代理机构|中标人|成交人|投标人|公司|企业|大厦|写字楼"
)
# A landline is an office's when the text before it (back to the sentence's start, at
# most 80 characters) names an organisation or the public's channel of a notice, and
# a person's when it speaks of a person (RULES.md §4: a unit's phone is public).
# A contact person followed by an office number (not a mobile) is the unit's contact.
CONTACT_LABELS = frozenset({"联系人", "联络人", "经办人"})
CONTACT_TAIL = re.compile(r"[^\n]{0,30}(?:\n[^\n]{0,30})?")
OFFICE_NUMBER = re.compile(
    r"(?<![0-9])(?:0\d{2,3}[-—－ ]?|[（(]0\d{2,3}[）)] ?)[2-9]\d{6,7}(?![0-9])"
)
MOBILE_NUMBER = re.compile(r"1(?<![0-9]1)[3-9]\d{9}(?![0-9])")
# an 18-character resident ID standing alone in a row (its digits not part of a longer run)
ID_IN_ROW = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9A-Za-z])")
PHONE_OF_PERSON = led(
    r"身份证|住址|家住|现住|户籍|本人|家庭|申请人|信访人|来信人|写信人|留言人|来电人|反映人|求助人|(?<!被)投诉(?:（举报）|\(举报\))?人|(?<!被)举报人|紧急联系人|备用联系人|村民(?!(?:选举|理财)?(?:委员会|小组)|议事)|居民(?!(?:选举)?(?:委员会|小组)|议事)|当事人|户主|姓名|"
    r"固定电话|住宅电话|家庭电话|宅电|(?:收件人|收信人|家中|家里)(?:联系)?(?:电话|座机|固话)"
)
PHONE_OF_OFFICE = led(
    # (not 咨询 as what the person did: "已咨询的律师X", "咨询过的医生")
    r"局|政府|委员会|办公室|中心(?![村组街路巷])|股|单位|机关|公司|采购人|代理机构|监督|举报|(?<![已曾])咨询(?!的|过)|投诉|异议|公示|"
    r"客服|营业厅|营业网点|委(?![托屈婉曲任派身实员会])|"
    # the unit's staff at work named before the number (执法人员：A、B　联系电话：…;
    # 工作人员X负责跟进，联系电话…), not staff who did something ("工作人员曾拨打…")
    r"(?:执法|办案|调查|检查)人员|工作人员(?=[:：]|[\u4e00-\u9fff·]{2,4}负责)|"
    r"基金会|协会|联合会|商会|工会|总会|学会|[残妇侨文台]联|科协|团委|文化馆|图书馆|档案馆|博物馆|纪念馆|体育馆|"
    r"(?<!紧急)(?<!备用)联系人[:：](?![ \u3000]*(?:其|本人)?(?:母亲|父亲|配偶|妻子|丈夫|儿子|女儿|"
    r"哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|亲属))|联络人[:：]|经办人[:：]|法院|审判员|书记员|法官|窗口|"
    r"(?:(?<![代补转督协])办|[委院所站队科处厅]|监狱"  # (代办, 补办: verbs)
    # an organ's department (检察部, 人武部, 组织部, 宣传部, 统战部; not a shop's 门市部,
    # 经营部, 维修部, nor 全部, 内部, 干部)
    r"|(?<=[察武织传战装])部)"
    r"(?=[，,。：:\s）)、])"
)
# an officer's warrant number (执法证号15011922003) may be shaped like a mobile or ID
# an officer's warrant number by its label, its copula and the list it opens ("执法证号：…",
# "执法证号分别为…、…"): the numbers after it are the warrants', whatever shape they have
OFFICER_NUMBER = re.compile(
    r"(?:执法|检查|工作)证(?:件)?(?:编?号|号码)(?:分别)?(?:为|是)?[:：]?[ \u3000]*"
    r"(?:[0-9A-Za-z]{6,20}[、，,和及与][ \u3000]*){0,3}$"
)
OFFICER_AFTER = re.compile(
    r"[（(](?:执法|检查|工作)证"
    # an office held now, the whole note ("（县委书记）", "（副县长）", "（镇党委副书记、镇长）")
    r"|[（(](?![^（()）\n]{0,16}(?:原|前|退休|离休|曾任|已故|家属|之))[\u4e00-\u9fff、]{0,14}?"
    r"(?:书记|县长|区长|市长|镇长|乡长|局长|主任|主席|常委|部长|委员|村长|社长|所长|站长|院长|队长)[）)]"
    # the local government body they came from, the whole note ("X（某社区居委会）"), or
    # that body and its office's number ("X（某村村委会，3119913）"; a mobile is a person's)
    r"|[（(](?![^（()）\n]{0,16}(?:原|前|退休|离休|曾任|已故|家属|之))[\u4e00-\u9fff]{2,14}?"
    r"(?:居委会|居民委员会|村委会|村民委员会|街道办事处|街道办|人民政府|党工委|管委会)"
    r"(?:[，,][ \u3000]*(?:0\d{2,3}[-—－ ]?|[（(]0\d{2,3}[）)] ?)?[2-9]\d{6,7})?[）)]"
    # a section of a government organ, the whole note ("X（县人武部军事科）", "X（县农业农村局
    # 畜牧股）"): a hospital's or a company's department is no organ's
    r"|[（(](?![^（()）\n]{0,16}(?:原|前|退休|离休|曾任|已故|家属|之))[\u4e00-\u9fff]{1,12}?"
    r"(?:局|委|办|武装部|人武部|人民政府)[\u4e00-\u9fff]{1,6}?(?:科|股|处|室)[）)]"
)
CONTACT_BEFORE = re.compile(r"(?:联系人|联络人|经办人)[:：]?[ \u3000]*$")
# the next name in a list: 、 then 2–4 characters up to a list sign, after an optional
# bracketed note on the one before ("程旺（港口村村民）、柯兵（驾驶员）")
LIST_NEXT = re.compile(
    r"(?:[（(][^（()）\n]{1,24}[）)])?([、与和及])([\u4e00-\u9fff·]{2,4})(?=[、，,。；;（(<|\t\n]|$)"
)
ORG_VALUE = re.compile(
    r"[^\n，,、；;（(。]{0,30}?(?:公司|合作社|委员会|村委会|居委会|人民政府|集体|经济组织|学校|医院)"
    r"(?=[\n，,。；;、]|$)"
    # "负责人：某村委会 王某": the unit, a blank, its officer
    r"|[^\s，,、；;（(。]{0,30}?(?:公司|合作社|委员会|村委会|居委会|人民政府|学校|医院)[ \u3000\t]"
)
CONTACT_LABEL = re.compile(r"(?:联系人|联络人|经办人)[:：]")
REGISTRATION_HEAD = re.compile(r"注册号|信用代码")
DOC_CONTEXT = re.compile(r"护照|通行证|证件|旅行证|回乡证|台胞证|居留")
ID_CONTEXT = re.compile(r"身份证|证件号|公民身份")
CARD_CONTEXT = re.compile(r"卡号|账号|帐号|银行|银行卡|开户|社保卡|存折")
NOT_SECRET_BEFORE = ("国家", "商业", "工作", "个人", "保守", "军事", "技术", "核心", "重要")
MARKING_LEFTOVER = re.compile(
    r"绝密|机密|秘密|注意保密|注意保存|内部资料|内部|涉密|不予公开|密级|启用前|[★☆\s:：、，,.。【】\[\]()（）〔〕"
    r"0-9一二三四五六七八九十]|年|个月|月|长期|级|文件|资料"
)
# The parties of a sale, transfer or lease heading a column (买方, 受让方, 出租方): persons
# or units, so their cells count only where they look like names (``tables.PERSONISH``).
# (a land contract's and a land transfer's sides too: 发包方 and 承包方, 流出方 and 流入方,
# 转出方 and 转入方 — a household or a collective, a farmer or an operating entity)
PARTY_HEADER = r"^(?:买|卖|买受|出卖|出让|受让|转让|出租|承租|出借|借款|赠与|受赠|发包|承包|流出|流入|转出|转入)方$"
# a note naming who keeps what the cell names ("东街面馆（经营者：X）", "某某超市（负责人：X）"):
# the cell's head is a business or a place of one, its keeper the person in the note
# a cell pointing to a person named in another column or row ("同投诉人", "同申请人", "同上",
# "同户主"): the same person again, no name of its own (``tables``)
SAME_AS = re.compile(r"同(?:上|前|左|本人|[\u4e00-\u9fff]{0,5}(?:人|户主|者|方|对象|患者))")
KEEPER_NOTE = re.compile(r"[（(](?:经营者|负责人|法定代表人|法人代表|店主|投资人)[：:]")
ORG_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:公司|集团|管理人|清算组|协会|委员会|局|厅|中心|学校|医院|合作社|店|厂|所|站|社|会)"
)
ADDRESS_LABEL = re.compile(
    r".*(?:住址|地址|住所地?|家住|居住|住在|现住|原住|暂住地?|户籍(?:所在)?地?|户口|所在地|场所|地点|位于|坐落于?)[:：\s]*"
)
# A person's residence: only after these is a bare village group (X村Y组) an address.
RESIDENCE = led(
    r"住址|住处|家住|居住|住在|现住|现居|定居|寄居|原住|暂住|生前住|常住|最后住所|户籍|户口|家[庭里中]地址|通讯地址|通信地址|联系地址|送达地址|邮寄地址|落户地址|迁入地址|"
    r"[用供][水电气热暖]地址|装表地址|[户家]位于|"  # a household's metered supply
    r"登记地址(?<!(?:执照|企业|单位|公司|机构)登记地址)|"  # a payee's 原登记地址, not a licence's
    r"(?<![\u4e00-\u9fff])住(?!所)"
)
# Where a house number stands: a street, community or village group before it.
STREET_WORD = led(
    r"路|街|巷|弄|道|社区|村|嘎查|组|里|胡同|条|坊|屯|队|社|\d排|连(?<=[一二三四五六七八九十\d]连)"
)  # "5排12号": a row of homes; "农场三连6号": a state farm's company (连队), as 队
ESTATE_WORD = re.compile(r"小区|花园|苑|公寓|家园|新村|山庄|社区|宿舍|家属院|家属楼|家属区")
ADDRESS_WORD = re.compile(
    r"省|市|区|县|镇|乡|苏木|街道|路|街|巷|弄|村|嘎查|小区|社区|花园|大道|苑|里|庄|屯|园|城|府|湾|宿舍|家属[院楼]"
)
# Hong Kong and Macao name their districts without 区 or 市, and streets with 道
# ("香港九龙旺角弥敦道600号", "澳门氹仔…马路43号"): the region's own name is the place word
# (looked for only where ADDRESS_WORD finds none)
REGION_PLACE = re.compile(r"香港|澳[门門]|九[龙龍]|新界|氹仔")
ADDRESS_LEAD = re.compile(
    r"[拟将已曾仍]?(?:搬至|搬到|搬往|迁至|迁往|迁入|迁到|居住在|居住于|住在|住于|位于|地处|来自|寄自|寄至|寄往|寄居|寄住|寄|送至|"
    r"送达|现居|原住|原居|户籍在|户籍地|籍贯|出生地|为|在|于|至|到|住)+"
)
HOUSE_NUMBER = re.compile(rf"(?:\d{{1,5}}|[{NUM_ZH}]{{1,4}})号")
ADDRESS_CHARS = re.compile(rf"[{CJK}0-9A-Za-z\-（）()]")

LABEL_SET = frozenset(NAME_LABELS.split("|"))
BEFORE_NAME = re.compile(
    rf"([{CJK}·]{{2,8}}?)[ \t\u3000,，、:：(（]*"
    r"(?:(?:公民)?身份证(?:号码|号)?|公民身份号码|证件号码?|手机(?:号码|号)?|联系电话|电话|联系方式)?"
    r"[ \t\u3000:：,，(（]*$"
)
