"""Persons named in running text after a word for their relation (relprose, privfix16lc):
family in plain speech and the people around a case, with the name's end read from what
follows it; relation words before no name stay clean."""

import pytest

from .spans import found

MARK = "⟦"


def _marked(line):
    """The text without its ⟦…⟧ marks and the name spans they mark."""
    text, spans, pos = "", [], 0
    while (a := line.find(MARK, pos)) >= 0:
        b = line.index("⟧", a)
        text += line[pos:a]
        spans.append(("name", len(text), len(text) + b - a - 1))
        text += line[a + 1 : b]
        pos = b + 1
    return text + line[pos:], spans


FAMILY = [
    "答：今年春天我媳妇⟦邝秀兰⟧去找他理论，他不理。",
    "车是我和我表弟⟦窦家旺⟧一起买的，登记在他名下。",
    "家里收入低，女儿⟦卜佳欣⟧还在读初三。",
    "今年五月暴雨把我和老伴⟦喻桂芝⟧种的三亩玉米冲毁了。",
    "我和前妻⟦裘晓霞⟧前年离婚，约定她每月付800元。",
    "申请人称其胞妹⟦詹月琴⟧定居泰国。",
    "3. ⟦蓝晓东⟧（城南中学），华侨子女，外祖母⟦聂翠英⟧，照顾10分。",
    "我是在外打工的家长，孩子⟦樊子轩⟧跟着爷爷住在村里。",
    "我儿子⟦冀文博⟧今年参加高考，想了解照顾政策。",
    # the third character opens the next word ("正在"), or goes on the name ("多次" after it)
    "家庭月收入不足三千元，儿子⟦邹明⟧正在读高一。",
    "信访人之妻⟦程花懿⟧多次到窗口反映。",
    "我的儿子⟦司徒佩家⟧今年参加中考。",
]

AROUND = [
    "投诉某律师事务所律师与对方当事人⟦覃立伟⟧私下接触，处理结果：不予处分。",
    "当时同行的⟦邬海燕⟧也被要求购物，可作证。",
    "反映邻居⟦戈振宇⟧在院内违规搭建，多次协商无果。",
    "另外同组⟦巩德明⟧家的山林和我家相邻。",
    "答：是我隔壁的⟦钭建平⟧，他住本村10组6号。",
    "答：村里的⟦鲍成林⟧看见了，他可以作证。",
    "我的担保人是⟦房小军⟧，联系电话（0816）8673930。",
    "声明上的见证人为⟦栾晓红⟧。",
    "该烧烤店经营者为⟦宓志强⟧，营业执照登记为个体工商户。",
]

NEAR = [
    "邻居反映该户长期占道堆放柴草。",
    "对方单位至今未付款，请予答复。",
    "孩子上学路远，希望开通校车。",
    "我老婆身体不好，常年吃药。",
    "同组村民均表示同意。",
    "担保人为本公司，已签订合同。",
    "同行的游客均被要求购物。",
    "隔壁的房子去年翻修过。",
    "按村里的宣传可以领补贴。",
    "对方当事人未到场。",
    "我爱人在县医院上班。",
    "儿子高中在读，女儿大学毕业。",
    "见证人为本所工作人员。",
    "经营者为张家超市。",
    "承包人为李记饭店。",
]


@pytest.mark.parametrize("line", FAMILY + AROUND)
def test_a_person_after_a_relation_word(line):
    text, spans = _marked(line)
    assert found(text, ["name"]) == spans


@pytest.mark.parametrize("line", NEAR)
def test_a_relation_word_before_no_name(line):
    assert found(line, ["name"]) == []


EDGES = [
    # a name found by another rule, its end read from the word after it
    "被执行人⟦卢梓⟧经常不在家，无法送达。",
    "申请人⟦何秀⟧正在住院，由其女儿代办。",
    "被申请人⟦龚文⟧一直未履行还款义务。",
    "申请人⟦程花懿⟧多次来电，要求退费。",
    "申请人⟦何秀⟧多次来电，要求退费。",
    "经查，当事人⟦韩娜⟧私下收取费用。",
    "来信人⟦吴晓⟧表示满意。",
]


@pytest.mark.parametrize("line", EDGES)
def test_a_name_ends_before_the_words_after_it(line):
    text, spans = _marked(line)
    assert found(text, ["name"]) == spans


def test_who_a_list_s_line_was_entered_for():
    text, spans = _marked(
        "继续教育报名接龙\n"
        "1. ⟦龙建华⟧（代⟦钱素芬⟧报） 湘A12345 13800001111\n"
        "2. ⟦邱玉梅⟧ 湘A2B345 13911112222\n"
        "3. ⟦柴志刚⟧（代⟦孟庆元⟧报名） 湘AD7788 15022223333\n"
    )
    assert found(text, ["name"]) == spans


@pytest.mark.parametrize("text", ["本表（代管单位填写）。", "（代码：A01）", "（代表大会通过）"])
def test_a_bracket_of_代_before_no_name(text):
    assert found(text, ["name"]) == []
