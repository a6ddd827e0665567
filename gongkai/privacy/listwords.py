"""The words of ``listnames``: what a list's tokens are when they are no names, and the
labels that make a list one of private persons or of officials acting in office."""

from __future__ import annotations

import re
from functools import lru_cache

from .alternation import led
from .personlists import _TRANSLIT
from .tables import NOT_NAMES, _column_kind

TRANSLIT: frozenset[str] = _TRANSLIT

# Words that stand in the columns and lists of household documents and are no persons.
NON_NAME = NOT_NAMES | frozenset(
    # schooling, party, status
    "小学 初中 高中 中专 大专 本科 硕士 博士 研究生 文盲 半文盲 中共党员 共青团员 党员 团员 群众 "
    "已故 死亡 去世 健在 已婚 未婚 离异 丧偶 残疾 低保 特困 五保 放弃 递补 缺考 合格 不合格 "
    "同意 不同意 通过 待定 空缺 暂无 其他 另选 "
    # what a form's test or placeholder row holds in its name field
    "测试 测验 样例 示例 试填 无名 "
    # relations and household words
    "本人 户主 之妻 之夫 长子 次子 长女 次女 孙子 孙女 儿媳 女婿 "
    # titles and roles
    "主任 副主任 委员 书记 副书记 组长 副组长 成员 局长 科长 会计 出纳 主席 队长 村长 社长 站长 "
    "所长 校长 院长 医生 教师 护士 工人 农民 干部 职工 村民 居民 学生 代表 公民 "
    # religious offices in a register of clergy and venues (教职: not the person's name)
    "阿訇 管事 住持 监院 方丈 知客 佛爷 女尼 教长 伊玛目 牧师 神父 修女 长老 执事 道长 活佛 喇嘛 "
    # crops, livestock and goods of subsidy lists
    "玉米 大豆 水稻 小麦 高粱 花生 油菜 棉花 甘蔗 马铃薯 土豆 红薯 蔬菜 水果 苹果 茶叶 烟叶 "
    "生猪 肉牛 奶牛 肉羊 家禽 谷子 杂粮 葵花 芝麻 甜菜 "
    # the categories of disability (残疾类别) written in a column of their own
    "视力 听力 言语 肢体 智力 精神 多重 "
    # sexes, nationalities written short, units of measure
    "男性 女性 汉族 回族 满族 藏族 蒙古族 壮族 苗族 彝族 土族 "
    "公顷 平方米 万元 千元 "
    # an age written in its column or after its number ("超过60周岁")
    "周岁 "
    # countries of a 国籍 column (韩国, 伊朗: a surname and a character of given names)
    "中国 韩国 朝鲜 日本 美国 英国 法国 德国 俄国 泰国 伊朗 越南 缅甸 老挝 印度 蒙古 瑞典 瑞士 荷兰 "
    "丹麦 挪威 芬兰 波兰 埃及 南非 巴西 秘鲁 智利 古巴".split()
)
_NON_NAME_END = led(
    r"(?:族|村|镇|乡|县|市|区|省|局|委|办|院|所|站|部|厂|店|馆|屯|队|组|社区|街道|公司|中心|学校|"
    r"小组|委员会|合作社|协会|银行|医院|路|街|巷|号|室|楼|(?<=[零一二三四五六七八九十百千万两美港日欧])元|亩|户数|人数|总数|合计|小计|"
    r"送达|签收|拒签|拒收|代收|代签|未签|退回)$"  # how a paper was served (签收人 cells)
)

_DOCUMENT_KINDS = ("护照", "签证", "通行证", "证件")
_PLACE_END = frozenset("村庄湾坝沟屯寨镇乡街路河山岭坡冲塘桥坪湖港岗营铺集店园堡坳垭口")
# characters of Yi names (阿苦拉则, 吉克石布, 沙马阿依), which have no Chinese surname
_YI = frozenset(
    "阿苦拉则吉克石布沙马依俄底木海呷伍牛日尔莫色果惹补古约什且子格洛史曲比铁博达批衣黑各伙吾"
    "说哈勒的者瓦其洪火苏"
    # 阿妞, 么扎, 阿支, 木乃: common in Yi given names and clans
    "么妞支乃"
)
TRANSLIT = TRANSLIT | _YI
# a header cell (补贴对象, 户主姓名, 领取人, 家庭成员): no person
_HEADER_END = re.compile(
    r"(?:姓名|名称|对象|成员|人员|人|者|方|别|号码|情况|金额|面积|标准|代表|方式|时间|日期)$"
)


# a county, city or district after the dot of a dotted token: a place written
# prefecture·county (喀什·疏勒县, 和田·墨玉县), never a transliterated name
_DOTTED_PLACE = re.compile(r"·[\u4e00-\u9fff]{1,6}?(?:县|市|区|州)")


def dotted_place(token: str) -> bool:
    """Whether a dotted token is a place (喀什·疏勒县): ``_DOTTED_PLACE``."""
    return "·" in token and _DOTTED_PLACE.search(token) is not None


@lru_cache(maxsize=4096)
def non_name(token: str) -> bool:
    """A token of a list that is known to be no person's name."""
    if token in NON_NAME or _NON_NAME_END.search(token) is not None or "某" in token:
        return True
    if token.endswith(_DOCUMENT_KINDS):
        return True  # a document's kind (韩国护照（M…）): no person's name
    if token[-1] in _PLACE_END and (token[-2:-1] == "家" or token[-1] in "庄湾坝沟寨铺堡坳垭"):
        return True  # 李家庄, 张家坝, 王家湾: places named after a family
    if dotted_place(token):
        return True  # "其弟在喀什·疏勒县务工": a prefecture and its county, no transliterated name
    return _column_kind(token) is not None or _HEADER_END.search(token) is not None


# a label or heading over private persons: …人, …户, …者, …对象, family, candidates …
PERSON_LABEL = re.compile(
    r"(?:人|户|者|对象|成员|家属|家庭|候选|当选|志愿者|获奖|好人|名单|群众|村民|居民|申请|承包方|"
    r"收款方|补贴|救助|低保|特困|五保|供养|受助|表彰|先进|优秀|模范|标兵)"
)
# a label, heading or note of officials and units' staff acting in office
OFFICIAL_LABEL = re.compile(
    r"领导|班子|组长|局长|主任|书记|县长|镇长|乡长|村长|市长|区长|科长|股长|所长|站长|干部|执法|"
    r"工作组|工作人员|主持|记录|经手|报账|记账|审核(?!通过|合格)|审批(?!通过)|签发|制表|经办|联系人|联络人|监督|指导员|"
    r"包村|包户|包保|驻村|帮扶(?:责任人|干部|人(?![员口]))|结对(?:帮扶)?(?:责任人|干部)|列席|出席|评审(?!通过|合格)|专家组|委员(?!会)|常委(?!会)|领导小组|到会|参会|缺席|请假|参加人员|与会|值班|带班"
)

_CN_DIGITS = {c: k for k, c in enumerate("零一二三四五六七八九")}
_COUNT = re.compile(r"(\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|人|户|位)")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word == "十":
        return 10
    if "十" in word:
        tens, _sep, ones = word.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(word)


def count_in(label: str) -> int | None:
    """The number of persons a label or heading announces ("（9名）", "（4户7人）": the
    last count, of persons; "等12人")."""
    found = _COUNT.findall(label)
    if not found:
        return None
    return _number(found[-1])
