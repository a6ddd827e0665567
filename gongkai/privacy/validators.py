"""Check digits and plausibility tests for the identifiers the scanner finds.

Pure functions on strings; no Django. The scanner finds candidates with regular
expressions and asks these functions whether a candidate is real, so a wrong check
digit, an impossible birth date or a number of the wrong length is never reported.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from operator import mul

# First two digits of a resident ID number: the province-level division (GB/T 2260).
# 71 Taiwan, 81 Hong Kong, 82 Macau are issued to residents of those regions (居住证).
# The full list of ~3,200 county codes changes every year; we check the province and
# that the prefecture part is not "00" (no person is registered at province level).
PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)

# 港澳台居民居住证 (2018): a number made like a resident ID whose region is 810000 (Hong
# Kong), 820000 (Macao) or 830000 (Taiwan) — the ID of a person living on the mainland
HMT_PERMITS = frozenset(("810000", "820000", "830000"))

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
    if len(value) != 18:
        return False
    head = value[:17]
    if not head.isdigit() or (
        (head[:2] not in PROVINCES or head[2:4] == "00") and head[:6] not in HMT_PERMITS
    ):  # region_ok, or a residence permit of Hong Kong, Macao or Taiwan residents
        return False
    if head.isdecimal():
        # the cheapest test first (with decimal digits nothing below can raise), the
        # check character as in id_check_char, computed once
        if _ID_CHECK[2 * int(head, 13) % 11] != value[17].upper():
            return False
        return real_date(int(value[6:10]), int(value[10:12]), int(value[12:14]), today=today)
    if not real_date(int(value[6:10]), int(value[10:12]), int(value[12:14]), today=today):
        return False
    return id_check_char(head) == value[17].upper()


def is_legacy_resident_id(value: str, *, today: dt.date | None = None) -> bool:
    """15-digit first-generation ID (before 1999): region and a real 19YY birth date."""
    if len(value) != 15 or not value.isdigit() or not region_ok(value):
        return False
    return real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]), today=today)


# Luhn: every second digit from the right is doubled and its digits summed.
_LUHN_DOUBLE = {str(d): (2 * d) % 9 if d != 9 else 9 for d in range(10)}


# the doubled digit with its digits summed, as a character (5 -> 10 -> 1)
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn_ok(digits: str) -> bool:
    if digits.isascii() and digits.isdigit():
        # the digits' values summed as bytes, one C loop each (48 is "0")
        kept = digits[-1::-2] + digits[-2::-2].translate(_LUHN_DOUBLED)
        return (sum(kept.encode()) - 48 * len(kept)) % 10 == 0
    total = sum(map(int, digits[-1::-2])) + sum(map(_LUHN_DOUBLE.__getitem__, digits[-2::-2]))
    return total % 10 == 0


def is_bank_card(digits: str) -> bool:
    """16–19 digits passing Luhn; not a format sample whose account part after the issuer's
    six digits is all zeros (6228480000000000000): no bank issues such a number. A number
    that starts with 89 is a SIM card's ICCID (ITU-T E.118: 89 telecommunications, 86
    China: 8986…, 19–20 digits, Luhn-checked), whatever its label calls it: no bank's."""
    return (
        16 <= len(digits) <= 19
        and digits.isdigit()
        and digits[0] != "0"
        and digits[:2] != "89"
        and luhn_ok(digits)
        and digits[6:].strip("0") != ""
    )


def uscc_check_char(first17: str) -> str:
    if first17.isascii() and first17.isdigit():
        # the weights are 3^i mod 31 and 34 = 3 (mod 31): the weighted sum is int() of
        # the reversed digits in base 34, modulo 31 (one C call, as id_check_char)
        return _USCC_CHARS[-int(first17[::-1], 34) % 31]
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
    "西门 百里 呼延 轩辕 钟离 澹台 万俟 闻人 申屠 太史 赫连 第五 "
    "巫马 公羊 公冶 宗政 濮阳 淳于 单于 太叔 仲孙 鲜于 闾丘 司空 亓官 司寇 子车 颛孙 公西 "
    "漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 东郭 南门 羊舌 微生 梁丘 左丘 东门".split()
)

# Rarer surnames (the rest of the 百家姓 and the rarer ones of today's registers). A
# name with one of them counts only when its given name is made of characters common in
# given names (``GIVEN_CHARS``): "缑德旺", "郗桂芳", but not "贝类" or "暴雨". Characters
# that are mostly words (水, 家, 山, 公, 有 …) are left out altogether.
RARE_SURNAMES = (
    frozenset(
        "丘缑郗宓禄眭阎逄庹芶钭郦暴蹇綦隗钮蔚贝酆傅萧湛禹狄臧伏茅闵贾娄危柯缪宣贲郁杭洪嵇滑荀羿"
        "储汲邴糜乌焦班仲伊宫栾厉戎祖符詹束韶蓟薄印宿鄂索籍赖蔺屠胥苍莘贡扶堵宰郤璩濮寿扈郏"
        "浦慕宦庾暨衡匡寇阙殳沃夔巩厍晁勾敖訾阚那简饶毋乜巢蒯荆竺权逯桓仉亓亢况郈佴谯笪鄢涂汝"
        "钦帅岳晋楚盖麦黎粟揭谌郄嵩芈邸靖练冼但禤苟占凃侍俸仵冒植闭邝满贺聂桑巫牛甘庞习"
        "苌"  # (cháng) 苌慧, 苌凤霞
        "秘"  # (bì) 秘建伟; 秘书 and 秘密 are COMMON_WORDS
        "矣"  # a Yi surname of Yunnan (矣国荣); the particle opens no modern word
        "郇杞禚郯麴"  # 郇 (xún), 杞, 禚, 郯, 麴 (qū): rare surnames that open no word
        "充"  # of the 百家姓 (充煜瀚); 充分, 充足, 充满, 充值 end in no given-name character
        "雒脱妥巨虎喇"  # surnames of the Northwest (雒, 脱, 妥, 巨, 虎, 喇): of today's registers
        "磨"  # a Zhuang surname of Guangxi (磨秀兰); 磨合, 磨损 … are COMMON_WORDS
        "妫"  # (guī) of the 百家姓's later lists (妫建华): the character opens no word
        "刀"  # a Dai surname of Yunnan (刀美兰); 刀具, 刀片, 刀口 end in no given-name character
        "税"  # a surname of Sichuan (税长青, shuì); 税金, 税源, 税前 … are COMMON_WORDS
        "陇"  # a Yi surname of northeast Yunnan and Guizhou (陇光辉); place words open with it too
    )
    - SURNAMES
)
# Characters common in given names, written out by hand from the usual naming habits.
# A candidate of weak context (a rare surname, a list in prose, a cue that is no label)
# counts only when every character of its given name is one of these.
GIVEN_CHARS = frozenset(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉力鹏斌宇浩凯健俊帆帅旭宁鑫"
    "龙林波成红玉梅琳萍燕雪婷慧颖佳欣晨怡瑶琪倩婧蕾璐晶莹琴云凤春花菊珍翠香莲芬玲丹青山海"
    "峰松柏志德福贵财富荣昌盛兴旺发达祥瑞永长万千亮光东南西北中和安康乐喜庆宝金银铁钢锋锐"
    "振家民生学礼仁义忠孝信诚智勤俭朴实立新友谊全才良善美好媛媚娥姣婉娴淑贤惠捷灵巧清河江"
    "湖泉源浪洪澜沛润泽瀚森树桐梓杉柳桃李竹荷芝蓉芙莉茉茜芸蕊薇萱蓓艺武彬豪雄威猛毅坚壮"
    "飞翔鹤鸿雁鹰凰麟虎彪豹鹿骏驰腾跃升远博大宏广阔宽厚廉天地日月星辰露风雷晖晓曦昊旻昕"
    "晟晗晴暖夏秋冬宙乾坤元亨利贞一二三四五六七八九小少幼子儿女妹姐娇妮娅娃姗嫣妍婕娆婵"
    "嫦媛婷婉珊瑚琼瑜瑾璇璐琦琰琛瑛瑶璋环珏珠宝钰铭锦镇钧铮锡键鸣鸥凌冰霜洁净纯素朴贞"
    "爱恩惠念思想怀悦恺愉怡情意志忠恒慧聪敏捷俊秀颖异卓越超群杰英伦侠儒仪佩依倩偲修俞"
    "之乃也于以尔其若如斯然而已焉哉先后前进道德诗书画琴棋剑锋刃盾甲乙丙丁戊己庚辛壬癸"
    "子丑寅卯辰巳午未申酉戌亥春秋冬夏朝晚旦暮阳阴晶晏景昭映暄暾曜旭昱显晃晋普智曼"
    "根叶枝芽苗禾稻麦谷粮丰收仓满盈余足富裕康宁泰安定静怡悠闲逸舒畅欢笑颜容貌姿态"
    "红橙黄绿蓝紫白黑彩丹朱赤碧翠苍青玄素银金铜锡铁钢石岩峰岭峦岳崇崎嵩巍屹岗坡坪"
    "川溪涧泉潭渊池沼湾港洲岛滨涯海洋湘江淮汉渝蜀楚吴越燕赵秦晋鲁豫皖闽粤桂黔滇藏"
    "顺利胜凯旋捷功勋业绩伟业宏图远志壮怀凌云鹏程万里宗祖堂孙继承延续昌隆兴旺荣华"
    "富贵吉祥如意平安健康长寿福禄喜财运亨通达贤良淑德温婉柔和蔼俊朗英武刚毅坚定"
    "军兵将帅卫国保疆守边戍防民族团结友爱互助奋斗拼搏创造革新改进步发展建设振兴繁荣"
    "娟妙婧婷娥婵媛嫒嫚嫱嬿孜学孟季伯仲叔幺满冬腊梅雪霞露霏雯霖霆震霄云雨"
    "涵萌梦诗雅思轩睿宸皓逸哲彦炜烨煜熙璟楠楷桦栋梁耀翰翊羽菲芊芮苒筱嘉可馨语彤潼卿淼"
    "焱垚启崎奇骐琪祺棋淇蓝岚澜斐昶铖铠锴毓钊焕灿炎亚振洲舟航帆桥樑培植根本源溢治政"
    "权勤菁艾茹苓芷蔚葳蓁蔓蓬莎萍菡荔茵蕙蘭兰芹芦苇荷纯绍纬维绪继缘玮璋珂珉琨瑄瑗瑭"
    "奎魁鼎斗彩彪虹琼飘凝姝妤姿娉婕嫣嬅蕴蔺荟苗芃苑荃贺洁汐沁沐沫泓泳洵浚涌淳渊湘漫"
    "潇澄濠灏炯焰照熠燚犇珩琅琨瑷璞瓒甜田由甸畅皎盼相眉真睦矗石砚磐祎禧秉科程稳穗"
    "竞章童笑策筠箐篁米粲素紫红纲纳纶绮绵缨罡翀翼耕聚育胤舒艳若茂荣莹莺萃萱蓓蕾藩"
    "虎蝶衍衡裕西言誉训诚诺谦谨豪贝贤赐赫超越跃路轩辉达迅进逸遥邦郁醇金鉴钦锋闯阔"
    "阳隽雄雅集雯靓静韬韵顺领颂颖飒飙馥驹骁骥高鲲鹃鹏鹤麒黎鼐齐木来水土娣弟妞"
    # given names of Hui, Tibetan and Salar people in the north-west (韩尕三, 杨哈三, 马措姆)
    "尕哈措姆玛嘎旦扎"
    "凡"  # 一凡, 凡: a given name of today's registers
    "细佑占"  # 细华, 细妹 (the south), 佑林, 天佑, 占山, 占花 (the north)
    "潮"  # 海潮, 春潮, 潮生: a given name of the coast and the rivers
    "向"  # 向阳, 向东, 向荣, 向前: a given name of the 1950s–70s (cuts names in prose: NAME_STOP)
)
# Function words and characters of official prose that the lists above hold by
# accident of a rare name (之, 于, 由, 家 …): never proof of a given name.
GIVEN_CHARS -= frozenset(
    "之乃也于以尔其若如斯然而已焉哉收地政本照由申科路通道镇集领团可意依保将未映书女"
)
GIVEN_CHARS |= frozenset("传")  # a generation's character of northern families (传林, 传芳)
GIVEN_CHARS |= frozenset(
    "彧霁澍蘅竑玥"
)  # 文彧, 霁月, 澍霖, 蘅芷, 竑宇, 玥: names of today's registers
# Two-character words of everyday official writing that have a surname's first
# character and a given name's second (周一, 黄金, 江南): never a name outside a table.
COMMON_WORDS = frozenset(
    "周一 周二 周三 周四 周五 周六 周日 黄金 白银 江南 江北 金额 常务 万元 高新 王府 高速 高温 "
    "高山 高中 高级 高峰 文明 文化 文艺 文书 方向 方面 方便 安全 安康 平安 和平 和谐 于是 于今 "
    "向前 向东 向西 向南 向北 时间 时代 时期 石油 田园 江山 江河 海洋 海关 温泉 温暖 明天 明日 "
    "明年 明星 明亮 林业 林地 程序 程度 马上 宁静 华夏 华南 华北 华东 华中 金融 金山 金秋 金星 "
    "钱财 龙头 雷雨 雷电 石材 严格 严重 孙子 关心 关怀 关爱 关照 成都 成年 成功 成长 成绩 成立 成果 成熟 "
    "常年 常青 春节 夏季 秋季 冬季 夏天 秋天 冬天 春天 康复 宋体 黎明 易于 景观 景区 强化 强大 "
    "谷物 水利 水源 齐全 齐心 左右 左侧 右侧 包括 包含 曲线 牛奶 毛利 应急 双方 连续 连年 "
    "任务 任期 任职 任何 任意 章程 乐观 乐园 尚未 尤其 党员 党建 党委 党风 甘肃 云南 贵州 陆续 "
    "秘书 秘密 秘方 林立 符合 满足 满意 万一 明白 高兴 成天 充足 充满 充实 充裕 充沛 充军 "
    "磨合 磨损 磨练 磨炼 磨难 磨灭 磨坊 磨石 "
    "税金 税源 税前 税后 税利 税改 税银 税延 税惠 "
    "陈述 申辩".split()  # (a party's statement and defence: "与申请人陈述一致")
)
# coming, staying and leaving in documents of foreign and overseas Chinese affairs: no
# name, nor the start of one ("外籍女婿来华定居", "永久居留，系华侨")
MOVING_WORDS = frozenset("来华 访华 赴华 居留 定居 归国 回国 出境 入境 来京 返乡".split())
COMMON_WORDS |= MOVING_WORDS
# Characters that are very rarely part of a given name but very common right after a
# label in running text ("申请人向本机关…", "户主姓名、保障人数"). A candidate name is cut
# at the first of these.
NAME_STOP = frozenset(
    "的了在是和与及或等向对于为因由从将把被已未不所应可并其之上下人名单们者提申请交出办理依法"
    "按照行政机关部门位信息公开材料身份证件号码电话手机联系住址地性别男女年月日时户籍家庭员保障"
    "额本该此如若需要称书表格填写签字盖章姓名等均同意于向称系现自共计每各有无就到给让被使"
    "百千万亿第个次区县市省镇乡村组街道路社号栋室楼单公司集团局厅委会"
    "所站院校心办处科股队"
    "葬墓殡丧棺"  # burial words (树葬, 花坛葬, 公墓): never in a given name
    # verbs that follow a name in prose: "村民张三反映", "张三要求"
    "反说表示认要也都就还又再曾让叫问答告诉映讲谈写送领购买卖租回参担负责做干获拿收缴付报投举检"
    "查控以擅未没已经据通过持携带签老师书记某"
    "代"  # "由其子鲜伟代领", "代为申请"
    "欠拖"  # wage arrears: "老板韦强欠我工资", "包工头韦强拖欠工资"
)


@lru_cache(maxsize=8192)  # (a word alone decides: the passes ask again for the same ones)
def name_shape(candidate: str) -> str:
    """The leading part of ``candidate`` that looks like a Chinese personal name, or ""."""
    if len(candidate) >= 3 and candidate[:2] in COMPOUND_SURNAMES:
        head, rest = candidate[:2], candidate[2:4]
    elif candidate[:1] in SURNAMES:
        head, rest = candidate[:1], candidate[1:3]
    elif candidate[:1] in RARE_SURNAMES:
        # a rare surname: the given name must be made of given-name characters
        given = ""
        for c in candidate[1:3]:
            if c not in GIVEN_CHARS or c in NAME_STOP:
                break
            given += c
        return candidate[0] + given if given else ""
    else:
        return ""
    if rest[:2] in FORMS_OF_ADDRESS or rest[:1] in SHORT_FORMS_OF_ADDRESS:
        return ""  # "郝先生", "李女士": a surname and a form of address name nobody
    if rest[:1] in _OPENING_STOPS and rest[1:2] in GIVEN_CHARS and rest not in _STOP_WORDS:
        return head + rest if rest[1] not in NAME_STOP else ""  # 可馨, 保国 (_OPENING_STOPS)
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


def plausible_given(given: str) -> bool:
    """Whether every character of ``given`` is common in given names (``GIVEN_CHARS``)."""
    return bool(given) and all(c in GIVEN_CHARS for c in given)


# the names of common Yi clans, which open Yi names (吉克石布, 沙马阿依): ``cuenames``
YI_CLANS = frozenset(
    "吉克 吉伍 吉木 吉史 吉觉 沙马 阿苦 阿说 阿西 阿尔 阿约 阿力 阿克 尔古 曲比 俄底 海来 勒格 "
    "巫达 马海 木呷 比曲 日火 倮伍 俄木 加拉 瓦扎 莫色 苏呷 且沙 什木 的日 吉吉 阿的 木乃".split()
)
# 有 + a given-name character (有才, 有德, 有福) or 老 + a birth order (老四, 老幺): folk
# given names, though 有 and 老 cut names in running text; not the words 有 opens
_FOLK_ORDER = frozenset("大二三四五六七八九十幺")
_HAS_WORDS = frozenset("关效利限益力些的时人意名序机如权条理")


def folk_given(given: str) -> bool:
    if len(given) != 2:
        return False
    if given[0] == "有":
        return given[1] in GIVEN_CHARS and given[1] not in NAME_STOP and given[1] not in _HAS_WORDS
    return given[0] == "老" and given[1] in _FOLK_ORDER


def surname_length(name: str) -> int:
    """1 or 2 (a compound surname), 0 if ``name`` does not start with a known surname."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    if name[:1] in SURNAMES or name[:1] in RARE_SURNAMES:
        return 1
    return 0


# the last character of a part of an estate, a grid or a village whose head is its X长
_UNIT_HEADED = frozenset("栋楼元格片组队户院段巷层")


def unit_head(word: str) -> bool:
    """楼栋长, 单元长, 网格长: the head of a building, a staircase or a grid cell, no name."""
    return len(word) >= 3 and word[-1] == "长" and word[-2] in _UNIT_HEADED


@lru_cache(maxsize=8192)  # (the name alone decides: asked again for the same names)
def plausible_name(name: str, *, strict: bool = False) -> bool:
    """A whole 2–4 character string that may be a person's name.

    Not ``strict``: a known surname and a given name without a character that cuts
    names (``NAME_STOP``); a rare surname needs a plausible given name. ``strict``
    (weak context: prose without a label): every given-name character must be common
    in given names.
    """
    if not 2 <= len(name) <= 4 or "某" in name:
        return False
    k = surname_length(name)
    if not k or len(name) - k > 2 or len(name) == k:
        return False
    given = name[k:]
    if name[:k] in FORMS_OF_ADDRESS or given[:2] in FORMS_OF_ADDRESS:
        return False
    if given[:1] in SHORT_FORMS_OF_ADDRESS and len(given) == 1:
        return False
    if name in COMMON_WORDS or name[:2] in MOVING_WORDS:
        return False
    if unit_head(name):
        return False
    if not strict and len(given) == 2 and given[0] == "阿" and given[1] not in NAME_STOP:
        return True  # "傅阿乌", "陈阿妹": the familiar 阿 form standing alone as a name
    if len(name) == 3 and k == 1 and name[0] in SURNAMES and folk_given(given):
        return True  # "覃有才", "谢老四": a folk given name with 有 or 老
    if strict or k == 1 and name[0] not in SURNAMES:
        return plausible_given(given)
    if len(given) == 2 and given[0] in _OPENING_STOPS and given not in _STOP_WORDS:
        return given[1] in GIVEN_CHARS and given[1] not in NAME_STOP  # 可馨, 保国 alone
    # a name standing alone (a cell, a label's value up to the line's end) may hold a
    # character that cuts names in running text, when it is common in given names
    return not any(c in NAME_STOP and c not in GIVEN_CHARS for c in given)


# 可 and 保 cut names in running text (可以, 保障) but open common given names (可馨, 可欣,
# 保国, 保华): standing alone, before a given name's character with which they make no word
_OPENING_STOPS = frozenset("可保")
_STOP_WORDS = frozenset("可爱 可信 可达 可乐 保安 保全 保健 保洁 保修 保育 保卫 保姆 保温".split())
