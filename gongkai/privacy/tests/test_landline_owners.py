"""Whose landline it is, by its own shape (landlineowner): a unit's or an official's in
office is no finding unless its record or line names a private owner (issue 16)."""

import pytest

from .spans import at, found

UNITS = [
    # a label whose head names a service or a function
    "如对本决定不服，可于收到之日起十五日内向本机关申请复核。复核电话：0771-5523301。",
    "收款单位：某县供水有限公司、某县燃气有限公司\n对账电话 0750-5528866（工作日）\n",
    "二、报名时间：2026年5月6日至10日。报名咨询热线：(0736)7021145。\n",
    "社区在广场拾到钱包一个，请失主携身份证到社区认领。认领电话0816-2265510。",
    "如对本复查决定仍不服，可向市人社局申请。复查电话：0773-2750836。",
    "快递网点：城关镇邮政所　投递电话：0773-2216655\n",
    "申诉电话：（0771）5528870，申诉邮箱：ss@example.com\n",
    "水表故障请联系维修电话0771-5528871。\n",
    "粮库名称\t库点电话\t仓容（吨）\n城北粮库\t0396 2660237\t12000\n",
    "| 乡镇 | 站点 | 服务站电话 |\n| --- | --- | --- |\n| 城关镇 | 城东站 | 0772-6612030 |\n",
    # a call offered
    "申请人可携带材料到县市场监管局二楼窗口办理，也可拨打 0771-5528867 咨询。",
    "报名表可到县人才交流中心三楼领取，详情请致电（0736）7023311，工作时间周一至周五。",
    "请于2026年6月1日前到镇便民服务中心一楼窗口办理，或拨打0773-2223669。\n",
    # an official in office on the line
    "承办人：民事审判庭书记员 覃丽　联系电话：0775 3210876\n",
    "经办人：黎文华　　电话：0773-2216654\n",
    "网格员 韦华荣 办公电话 0816-2285190\n",
    "承办人：执行局法官助理 蒙志坚　电话：0773 3410752\n",
    # a table's footer
    "1\t张三\t3.5\n2\t李四\t2.0\n制表人：王五　审核人：赵六　库点电话：0396 2660231\n",
    "填报单位（盖章）：某镇财政所　填报人：韦某　审核人：覃某　联系电话：0396-2660236\n",
    # a unit's name right before the number
    "户籍业务请到县公安局城关派出所户籍室 0577-6772110；岭西派出所 0577-6783011。\n",
    "一、县农业农村局（农机股）0773-6612031\n二、县财政局（农业股）0773-6612032\n",
    '5. "护苗"专项行动工作组（治安大队）　0577-6772611\n',
    # a unit opening a clause of the number's sentence
    "意见征集期间，县交通运输局共收到来电意见12条（电话0773-6612033）、信件3封。\n",
    "东门社区居委会：城关镇东门社区　电话 0816 6966190\n",
    "您可持身份证明前往查询，城南派出所地址为某县解放路8号，电话0310-4650111。\n",
    # a unit's row among persons' rows (no name, ID or mobile in it)
    "序号\t户主\t地址\t欠费（元）\t电话\n"
    "1\t卢永康\t城南路12号\t356.00\t13907735521\n"
    "2\t县宏达建材经营部\t城南路40号\t2120.00\t0773-3386602\n",
]


@pytest.mark.parametrize("text", UNITS)
def test_units_and_officials_landlines_are_no_findings(text):
    assert found(text, ["landline"]) == []


def test_a_unit_row_among_households_is_dropped_and_the_households_kept():
    text = (
        "编号\t户名\t用水地址\t电话\n"
        "1\t黄德明\t城西路3号\t0771-5523310\n"
        "2\t县第三小学\t城西路9号\t0771-5523311\n"
        "3\t蓝春梅\t城西路11号\t0771-5523312\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0771-5523310"),
        at(text, "landline", "0771-5523312"),
    ]


def test_a_call_offered_with_no_unit_in_its_sentence_stays_a_finding():
    text = "他在信中说，如有需要请拨打0830-2345679找他本人。"
    assert found(text, ["landline"]) == [at(text, "landline", "0830-2345679")]


def test_a_home_address_in_the_sentence_keeps_the_number_after_a_units_clause():
    text = (
        "经城关派出所调查核实，证人覃志远（住某县双龙镇青杠村2组46号，电话0831-5207417）"
        "的证言与上述材料相互印证。\n"
    )
    assert at(text, "landline", "0831-5207417") in found(text, ["landline"])


def test_a_verb_after_a_units_last_character_is_no_units_clause():
    text = "楼上住户装修漏水多次，请尽快处理此事，我的电话0771-5523313。\n"
    assert found(text, ["landline"]) == [at(text, "landline", "0771-5523313")]


def test_a_persons_record_keeps_the_home_line():
    text = "申请人：陆海平，身份证号：450103198507061517，住宅电话：0771-5523302\n"
    assert at(text, "landline", "0771-5523302") in found(text, ["landline"])


def test_a_persons_row_with_a_work_unit_keeps_the_number_under_a_home_column():
    text = (
        "序号\t姓名\t工作单位\t住宅电话\n"
        "1\t韦秀兰\t县第二中学\t0771-5523303\n"
        "2\t覃建军\t城关镇卫生院\t13877125566\n"
    )
    assert at(text, "landline", "0771-5523303") in found(text, ["landline"])


def test_a_holders_label_after_an_appeal_clause_stays_a_finding():
    text = "如对本答复不服，可依法申请行政复议。\n申请人：蒙丽娟　监护人电话：0771-5523304\n"
    assert at(text, "landline", "0771-5523304") in found(text, ["landline"])


def test_a_callers_number_in_a_unit_row_of_a_hotline_export_stays_a_finding():
    text = "工单号\t来电号码\t来电人\t承办单位\nGD001\t0771-5523305\t匿名\t县住房和城乡建设局\n"
    assert at(text, "landline", "0771-5523305") in found(text, ["landline"])


def test_a_work_unit_on_the_line_above_a_one_cell_record_gives_no_owner():
    text = "姓名\n导游证号\n旅行社\n电话\n潘美玲\nD-2205-112233\n某县青山国际旅行社有限公司\n0435-3899830\n"
    assert at(text, "landline", "0435-3899830") in found(text, ["landline"])
