"""Persons named in prose and notes by what stands right beside them (``cuedpersons``):
a label with a note, a household's label, a relative before a bracket of particulars,
an individual business's operator, the partner of a person found, a masked ID, a
relation in brackets, a proxy, a former name, a row referred to by its number, and
pieces counted by their label.

Every fixture is written for these tests (names, places and wording of their own) in the
forms the layout reaches the scanner — prose, records one field a line, a DOCX form's
tab-separated cells, HTML, CSV — and asserts exact spans and the near misses left alone.
"""

import pytest

from gongkai.privacy import scan_html
from gongkai.privacy.cuedpersons import cued_persons

from .spans import at, found, names, rid

ID1 = rid("45032219750612301")
ID2 = rid("45032219820304452")


def name_set(text):
    return set(found(text, {"name"}))


def html_names(html):
    return {
        (f.start, f.end) for f in scan_html(html, allow=[], expressions=False) if f.type == "name"
    }


# --- a label with a note, a household's label -------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        (f"【07】承包合同号：QX-2024-017\n  承包方（户主）：龙秀英\n  身份证：{ID1}\n", "龙秀英"),
        (f"承租人（乙方）：温雅琴　身份证号：{ID1}　租期三年", "温雅琴"),
        (f"承租方（乙方）：\t温雅琴\t身份证号：\t{ID1}\n", "温雅琴"),  # a DOCX form's cells
        (f"被征收户：汤志远（已故），由其子汤小川签约\n身份证：{ID1}", "汤志远"),
        (f"养殖户：\t阿依努尔·买买提\t身份证号：\t{ID2}\n", "阿依努尔·买买提"),
        ("种植户：覃永福\n联系电话：13907315521\n", "覃永福"),
    ],
)
def test_the_value_of_a_noted_or_household_label_is_a_person(text, person):
    assert at(text, "name", person) in name_set(text)


def test_a_noted_label_in_an_html_form():
    html = (
        "<table><tr><td>出租方（户主）：</td><td>闫春生</td></tr>"
        f"<tr><td>身份证号：</td><td>{ID1}</td></tr></table>"
    )
    s = html.index("闫春生")
    assert (s, s + 3) in html_names(html)


@pytest.mark.parametrize(
    "text",
    [
        "发包方（甲方）：青溪村股份经济合作社\n承包期限：2024年至2028年",
        "出租方（甲方）：县恒达物业管理有限公司\n租金：每月3000元",
        "开户：农业银行城关支行\n落户：城关镇",
        "养殖户：青山村生猪养殖专业合作社\n存栏：320头",
        "承包方（户主）：见附表\n",
    ],
)
def test_a_unit_or_a_word_after_such_a_label_is_none(text):
    assert cued_persons(text, []) == []


# --- relatives, relations, proxies -----------------------------------------------------


def test_a_relative_before_a_bracket_of_particulars():
    text = (
        "补助资金由其外甥女付晓霞（手机13907315521）代为领取；"
        "老人的堂兄宁建华（住城北街道和平巷7号）每周探望一次。"
    )
    got = name_set(text)
    assert set(names(text, "付晓霞", "宁建华")) <= got


def test_a_relatives_workplace_in_brackets_is_no_person():
    text = "申请人称其父亲单位（县供销社）已改制，其母亲工作（临时工）收入不稳定。"
    assert cued_persons(text, []) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("联系人：谢春生（儿子），电话13907315521", "谢春生"),
        ("代办人：万丽萍（外甥女），联系电话15874210036", "万丽萍"),
        ("二、领款人变更：房冬梅（系其女），原领款人因病无法签字。", "房冬梅"),
    ],
)
def test_a_name_before_a_relation_in_brackets(text, person):
    assert at(text, "name", person) in name_set(text)


def test_a_units_contact_with_an_office_in_brackets_is_left_alone():
    text = "联系人：王主任（办公室），电话0731-84521136"
    assert cued_persons(text, []) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("电话：13907315521（谭丽君代领，系其女）", "谭丽君"),
        ("注：因本人行动不便，由其夫覃永福代为签字确认。", "覃永福"),
        ("│ 3 │韦家旺代收，已电话告知本人。│", "韦家旺"),
    ],
)
def test_a_proxy_who_collects_or_signs(text, person):
    assert at(text, "name", person) in name_set(text)


def test_a_unit_that_collects_is_no_proxy():
    text = "第5号船由村委会代领，第3号楼由物业代管，补贴由银行代发，社保由单位代缴。"
    assert cued_persons(text, []) == []


# --- an individual business's operator --------------------------------------------------


def test_the_operator_of_an_individual_business():
    text = (
        "遗失声明：河口镇阿香米粉店（个体工商户，经营者甘秀兰）遗失营业执照副本，声明作废。\n"
        "其中“老街烧烤”（经营者莫小东）夜间占道经营；县城管局对经营者莫小东、覃丽分别处以罚款。"
    )
    got = name_set(text)
    assert set(names(text, "甘秀兰", "莫小东", "莫小东", "覃丽")) <= got


def test_a_companys_operator_is_left_to_the_company_rule():
    text = "县恒通商贸有限责任公司（经营者韦国强）于2025年3月变更登记。"
    assert cued_persons(text, []) == []


# --- the partner of a person found ------------------------------------------------------


def test_the_partner_of_a_person_found():
    text = (
        f"一、拟聘用人员：龙海涛，男，身份证号{ID1}。\n"
        "二、如有放弃，由候补人员龙海涛、韦书琪依次递补。\n"
    )
    assert at(text, "name", "韦书琪") in name_set(text)


def test_the_partner_with_the_same_ending_may_be_a_word_name():
    """ "A户、B户": B ends like A, so a name that is also a word (田园) is taken."""
    text = "河口镇：龙德贵户、田园户。"
    s = text.index("龙德贵")
    got = cued_persons(text, [(s, s + 3, "name", 0.8)])
    assert (text.index("田园"), text.index("田园") + 2, "name", 0.75) in got


def test_a_unit_after_a_person_found_is_no_partner():
    text = (
        f"申请执行人：龙海涛（身份证号{ID1}）、县农村信用合作联社等，"
        "请于十日内到本院执行局领取执行款。"
    )
    got = name_set(text)
    assert at(text, "name", "龙海涛") in got
    assert all(text[s:e] in ("龙海涛",) for _k, s, e in got)


# --- masked IDs, former names, rows by their number -------------------------------------


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "受助学生：欧阳一鸣，430521********1234，脱贫户；房冬，4305**********5027，低保户。",
            ("欧阳一鸣", "房冬"),
        ),
        (
            "序号,姓名,身份证号\n1,房冬,4305**********5027\n2,韦萌,430521********302X\n",
            ("房冬", "韦萌"),
        ),
    ],
)
def test_a_name_before_a_masked_id(text, persons):
    assert set(names(text, *persons)) <= name_set(text)


def test_a_place_before_a_masked_id_is_none():
    text = "城关镇，430521********1234；县民政局，4305**********5027"
    assert cued_persons(text, []) == []


def test_a_former_name_in_prose_and_in_html():
    text = "被执行人：张富强（曾用名张福强），男，1975年6月出生。"
    assert at(text, "name", "张福强") in name_set(text)
    html = "<dl><dt>被执行人</dt><dd>黄德顺<br>（曾用名黄得顺）</dd></dl>"
    s = html.index("黄得顺")
    assert (s, s + 3) in html_names(html)


@pytest.mark.parametrize(
    "text, persons",
    [
        ("备注：第3户龙家旺系第2户龙德贵之子，已分户。", ("龙家旺", "龙德贵")),
        (
            "注：第12号阿依古丽·买买提由其兄代领；第4号韦振邦本人无手机。",
            ("阿依古丽·买买提", "韦振邦"),
        ),
        (
            '"备注：第5户覃秀兰系第1户覃永福之女，已分户","","",""\n',
            ("覃秀兰", "覃永福"),
        ),
    ],
)
def test_a_row_referred_to_by_its_number(text, persons):
    assert set(names(text, *persons)) <= name_set(text)


def test_rows_by_number_that_are_no_persons():
    text = "第3号楼由物业代管；第5户为村集体；第2号为企业所有渔船；第6户身份证号码以户籍系统为准。"
    assert cued_persons(text, []) == []


# --- pieces counted by their label ------------------------------------------------------


def test_pieces_counted_by_their_label():
    text = (
        "五、注销人员（因死亡注销，共2人）：覃凤英（河口镇，2025年9月去世）；"
        "龙正清（城南街道，2025年10月去世）。家属请于三个月内办理手续。"
    )
    assert set(names(text, "覃凤英", "龙正清")) <= name_set(text)


@pytest.mark.parametrize(
    "text",
    [
        "涉及单位（共3名）：县教育局、县卫健局、县民政局。",
        "检查组（共3人）：城关镇、河口镇、白马镇。",
        "本次共2人：覃凤英（河口镇）；龙正清（城南街道）；韦三妹（白马镇）。",  # a count that differs
    ],
)
def test_counts_over_units_places_or_other_numbers(text):
    assert cued_persons(text, []) == []


# --- a kinship word after 之/其/及/、, a role ending in 人, a private representative --------


@pytest.mark.parametrize(
    "text, persons",
    [
        ("2. 见义勇为牺牲人员韦光明之父韦德才、母覃桂香", ("韦德才", "覃桂香")),
        ("因公牺牲消防员龙天宇之妻杨晓琴及子龙一鸣（未成年，由母亲监护）", ("杨晓琴", "龙一鸣")),
        ("第6号次仁系接替其父次仁多吉（因病不再续聘）。", ("次仁多吉",)),
        ("| 3 | 莫德贵 | 之女莫小燕，在外务工 |", ("莫小燕",)),
    ],
)
def test_a_relative_after_a_kinship_word(text, persons):
    assert set(names(text, *persons)) <= name_set(text)


@pytest.mark.parametrize(
    "text",
    [
        "其子女均在外地务工，其父母（均已去世）。",
        "该公司及子公司的财务报表",
        "由其父亲所在单位出具证明，其妻子所在村委会盖章。",
    ],
)
def test_kinship_words_before_no_name(text):
    assert cued_persons(text, []) == []


def test_a_person_after_a_role_ending_in_ren_with_particulars():
    text = "二、受援人龙再兴，男，41岁，外来务工人员，因劳动争议申请法律援助。"
    assert at(text, "name", "龙再兴") in name_set(text)


def test_a_private_representative_before_a_mailbox_and_an_official_one():
    text = "监督人员：家长代表：韦晓峰（weixf88@163.com）、覃雅（652017734@qq.com）。"
    assert set(names(text, "韦晓峰", "覃雅")) <= name_set(text)
    official = "出席：人大代表：韦晓峰（weixf88@163.com）"
    assert at(official, "name", "韦晓峰") not in name_set(official)


# --- the parties of a lawsuit or an enforcement ----------------------------------------


def test_the_parties_enumerated_after_their_role():
    text = (
        "本院受理原告覃正文诉被告覃晓东、龙秀梅赡养纠纷一案。\n"
        "申请执行人韦玉兰、阿依古丽·沙吾提、县顺达运输有限公司等如发现被执行人财产线索，"
        "可向本院执行局提供。"
    )
    got = name_set(text)
    assert set(names(text, "覃正文", "覃晓东", "韦玉兰", "阿依古丽·沙吾提")) <= got


def test_the_parties_in_an_html_notice():
    html = "<p>　　上诉人莫德福与被上诉人县恒发建材有限公司买卖合同纠纷一案，现已审理终结。</p>"
    s = html.index("莫德福")
    assert (s, s + 3) in html_names(html)


@pytest.mark.parametrize(
    "text",
    [
        "原告诉称，被告应于判决生效之日起十日内履行。",
        "被告县人民政府、第三人县自然资源局未到庭。",
        "被执行人名下无可供执行的财产，申请执行人申请终结本次执行。",
    ],
)
def test_party_roles_before_no_name(text):
    assert cued_persons(text, []) == []


# --- a footer's field that falls under a person column ----------------------------------


@pytest.mark.parametrize(
    "table",
    [
        # an XLSX export as CSV: the footer row's cells fall under 序号 … 姓名
        '"序号","村组","姓名","身份证号"\n"1","白马组","{a}","{ida}"\n"2","青溪组","{b}","{idb}"\n'
        '"填报单位：县民政局","","联系人：{c}","电话：0771-5812236"\n',
        # a DOCX table flattened with tabs
        "序号\t村组\t姓名\t身份证号\n1\t白马组\t{a}\t{ida}\n2\t青溪组\t{b}\t{idb}\n"
        "填报单位：县民政局\t\t经办人：{c}\t电话：0771-5812236\n",
        # a pipe table
        "| 序号 | 村组 | 姓名 | 身份证号 |\n|---|---|---|---|\n| 1 | 白马组 | {a} | {ida} |\n"
        "| 2 | 青溪组 | {b} | {idb} |\n| 填报单位：县民政局 | | 填报人：{c} | 电话：0771-5812236 |\n",
    ],
)
def test_a_footer_field_under_the_name_column_is_no_person(table):
    text = table.format(a="韦德明", b="覃丽萍", c="黄晓燕", ida=ID1, idb=ID2)
    got = name_set(text)
    assert set(names(text, "韦德明", "覃丽萍")) <= got
    footer = text.index("县民政局")
    assert not [span for span in got if span[1] > footer]
