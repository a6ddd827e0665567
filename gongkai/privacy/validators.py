"""Check digits and plausibility tests for the identifiers the scanner finds.

Pure functions on strings; no Django. The scanner finds candidates with regular
expressions and asks these functions whether a candidate is real, so a wrong check
digit, an impossible birth date or a number of the wrong length is never reported.
"""

from __future__ import annotations

import datetime as dt
from operator import mul

# First two digits of a resident ID number: the province-level division (GB/T 2260).
# 71 Taiwan, 81 Hong Kong, 82 Macau are issued to residents of those regions (居住证).
# The full list of ~3,200 county codes changes every year; we check the province and
# that the prefecture part is not "00" (no person is registered at province level).
PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_SET = frozenset(_USCC_CHARS)
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Registration authority (first character) and organisation type (second): 1 机构编制,
# 5 民政, 9 工商, Y 其他, plus the less common authorities; 2nd character 1–9 or Y.
_USCC_AUTHORITIES = frozenset("123456789ANY")


def region_ok(code: str) -> bool:
    return code[:2] in PROVINCES and code[2:4] != "00"


def real_date(year: int, month: int, day: int, *, today: dt.date | None = None) -> bool:
    """A calendar date that exists and is not in the future (nor before 1900)."""
    if year < 1900:
        return False
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return False
    return today is None or value <= today


def id_check_char(first17: str) -> str:
    if len(first17) == 17 and first17.isdigit():
        # the weights are 2^(18-i) mod 11 and 13 = 2 (mod 11): the weighted sum is
        # 2 * int(first17, 13) modulo 11, one C call (any decimal digits, as int())
        return _ID_CHECK[2 * int(first17, 13) % 11]
    total = sum(map(mul, map(int, first17), _ID_WEIGHTS))  # C loops, no Python per digit
    return _ID_CHECK[total % 11]


def is_resident_id(value: str, *, today: dt.date | None = None) -> bool:
    """18-character resident ID (居民身份证号码): region, birth date, MOD 11-2 check."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    if not region_ok(value):
        return False
    if value[:17].isdecimal() and id_check_char(value[:17]) != value[17].upper():
        return False  # the cheapest test first (with decimal digits nothing below can raise)
    if not real_date(int(value[6:10]), int(value[10:12]), int(value[12:14]), today=today):
        return False
    return id_check_char(value[:17]) == value[17].upper()


def is_legacy_resident_id(value: str, *, today: dt.date | None = None) -> bool:
    """15-digit first-generation ID (before 1999): region and a real 19YY birth date."""
    if len(value) != 15 or not value.isdigit() or not region_ok(value):
        return False
    return real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]), today=today)


# Luhn: every second digit from the right is doubled and its digits summed.
_LUHN_DOUBLE = {str(d): (2 * d) % 9 if d != 9 else 9 for d in range(10)}


def luhn_ok(digits: str) -> bool:
    total = sum(map(int, digits[-1::-2])) + sum(map(_LUHN_DOUBLE.__getitem__, digits[-2::-2]))
    return total % 10 == 0


def is_bank_card(digits: str) -> bool:
    return 16 <= len(digits) <= 19 and digits.isdigit() and digits[0] != "0" and luhn_ok(digits)


def uscc_check_char(first17: str) -> str:
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, first17), _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


def is_uscc(value: str) -> bool:
    """Unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation."""
    if len(value) != 18:
        return False
    value = value.upper()
    if value[0] not in _USCC_AUTHORITIES or not _USCC_SET.issuperset(value):
        return False
    if not value[2:8].isdigit():
        return False
    return uscc_check_char(value[:17]) == value[17]


# Common surnames (single and compound), used to decide whether two to four characters
# next to a label are a person's name. Written out by hand from the usual frequency
# tables; a name with a rare surname is still found in a 姓名 column.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
    "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修"
    "邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴"
    "昝智幸奉植衡富尧闭由"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 "
    "西门 百里 呼延 轩辕 钟离 澹台 万俟 闻人 申屠 太史 赫连 第五".split()
)

# Characters that are very rarely part of a given name but very common right after a
# label in running text ("申请人向本机关…", "户主姓名、保障人数"). A candidate name is cut
# at the first of these.
NAME_STOP = frozenset(
    "的了在是和与及或等向对于为因由从将把被已未不所应可并其之上下人名单们者提申请交出办理依法"
    "按照行政机关部门位信息公开材料身份证件号码电话手机联系住址地性别男女年月日时户籍家庭员保障"
    "额本该此如若需要称书表格填写签字盖章姓名等均同意于向称系现自共计每各有无就到给让被使"
    "百千万亿第个次区县市省镇乡村组街道路社号栋室楼单公司集团局厅委会"
    "所站院校心办处科股队"
    # verbs that follow a name in prose: "村民张三反映", "张三要求"
    "反说表示认要也都就还又再曾让叫问答告诉映讲谈写送领购买卖租回参担负责做干获拿收缴付报投举检"
    "查控以擅未没已经据通过持携带签老师书记某"
)


def name_shape(candidate: str) -> str:
    """The leading part of ``candidate`` that looks like a Chinese personal name, or ""."""
    if len(candidate) >= 3 and candidate[:2] in COMPOUND_SURNAMES:
        head, rest = candidate[:2], candidate[2:4]
    elif candidate[:1] in SURNAMES:
        head, rest = candidate[:1], candidate[1:3]
    else:
        return ""
    if rest[:2] in FORMS_OF_ADDRESS or rest[:1] in SHORT_FORMS_OF_ADDRESS:
        return ""  # "郝先生", "李女士": a surname and a form of address name nobody
    given = ""
    for c in rest:
        if c in NAME_STOP:
            break
        given += c
    return head + given if given else ""


FORMS_OF_ADDRESS = frozenset(
    "先生 女士 小姐 同志 老师 师傅 大爷 大妈 阿姨 大姐 大哥 "
    "经理 主任 科长 局长 处长 所长 站长 村长 组长 会计 老板 工程".split()
)
# "王工" (an engineer), "李总": a surname and a title, as a unit's contact is written
SHORT_FORMS_OF_ADDRESS = frozenset("工总")
