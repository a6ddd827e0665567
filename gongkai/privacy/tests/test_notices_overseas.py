"""Persons in 寻亲 and 弃婴 notices, homes in Hong Kong, Macao and Taiwan, and the places,
numbers and mailboxes that are no one's (privfix16ud, invented fixtures)."""

from .spans import at, found, missing_names

# -- persons introduced by a notice ------------------------------------------------------


def test_a_foundlings_given_name_of_any_first_character():
    text = (
        "一、2024年3月2日，群众在车站候车室捡拾女婴一名，约10日龄。该女婴暂名桐雨婷，"
        "由县儿童福利院代为抚养。\n"
        "二、该男婴取名福安康，现由福利院抚养。\n"
        "三、受助人员暂名站明，系聋哑人。\n"
    )
    assert missing_names(text, "桐雨婷", "福安康", "站明") == []


def test_a_given_name_of_a_thing_is_no_person():
    text = "该项目暂名幸福里，计划年内开工；新楼盘取名为江景湾。\n"
    assert found(text, ["name"]) == []


def test_kin_named_after_a_verb_of_calling():
    prose = "该男子自述妻子叫贺兰芳，家中还有一姐姐名叫蒲晓玲，其他记不清。"
    cell = "2\t约60岁\t口音偏川北；自述儿子叫钮成林\n"
    assert missing_names(prose, "贺兰芳", "蒲晓玲") == []
    assert missing_names(cell, "钮成林") == []


def test_a_verb_of_calling_without_a_name_is_nothing():
    text = "他说他儿子叫什么不记得了，女儿叫外卖送过饭。"
    assert found(text, ["name"]) == []


def test_elder_kin_of_a_search_notice():
    text = "经村委会协助，确认其姑母衡秀珍已于2018年去世；其胞妹竺丽华现居本县。"
    assert missing_names(text, "衡秀珍", "竺丽华") == []


def test_overseas_chinese_named_by_their_tie_abroad():
    text = (
        "1. 新加坡华侨巫承志，持中华人民共和国护照，回乡寻找其兄。\n"
        "2. 加拿大籍华裔欧阳俊，于2022年来县寻找其生母。\n"
        "3. 归侨岑德明，现住县城。\n"
    )
    assert missing_names(text, "巫承志", "欧阳俊", "岑德明") == []
    assert found("华侨大学与华侨农场管理区签订协议。", ["name"]) == []


def test_a_person_before_a_bare_identity_number():
    row = '"2023-07","河滩","男","经比对疑似宗海峰（330521196802114617），待家属确认"\n'
    prose = "经DNA比对疑似上官秀兰（330521196802114617）。"
    assert missing_names(row, "宗海峰") == []
    assert missing_names(prose, "上官秀兰") == []
    assert found("申请单位：县民政局（330521196802114617）", ["name"]) == []


def test_a_word_for_citizen_after_a_party_is_no_name():
    text = "男方公民身份号码：330521196802114617\n女方公民身份号码：330521197002114627\n"
    assert found(text, ["name"]) == []


# -- homes in Hong Kong, Macao and Taiwan -----------------------------------------------


def test_a_floor_and_a_lettered_flat_close_the_address():
    kv = "男方住所：香港新界沙田大围道27号9楼C室\n"
    prose = "香港居民阮志强，香港住址香港九龙深水埗长沙湾道300号18楼A室，内地联系手机13512345678。"
    pipe = "| 2 | 家住九龙旺角弥敦道580号3座12楼B室 |\n"
    assert at(kv, "address", "香港新界沙田大围道27号9楼C室") in found(kv, ["address"])
    assert at(prose, "address", "香港九龙深水埗长沙湾道300号18楼A室") in found(prose, ["address"])
    assert at(pipe, "address", "九龙旺角弥敦道580号3座12楼B室") in found(pipe, ["address"])


def test_a_floor_and_a_lettered_area_is_no_flat():
    text = "本中心位于人民路50号2楼A区，欢迎来访。"
    assert found(text, ["address"]) == []


def test_macao_and_taiwan_homes_under_a_partys_label():
    text = (
        "收养人（男方）：项国栋\n"
        "男方住所：台湾省高雄市苓雅区四维三路58号\n"
        "女方住所：澳门氹仔孙逸仙大马路71号\n"
        "单位住所：福建省泉州市中山路22号\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "台湾省高雄市苓雅区四维三路58号") in got
    assert at(text, "address", "澳门氹仔孙逸仙大马路71号") in got
    assert at(text, "address", "福建省泉州市中山路22号") not in got


# -- what is no one's -------------------------------------------------------------------


def test_a_procedures_serial_is_no_identity_number():
    text = "（经办：某某　公安协查编号：330521202409160031）\n督办编号：330521202409160031\n"
    assert found(text, ["id_card"]) == []
    assert found("申请人身份证号码：330521199009160037", ["id_card"]) != []


def test_a_mailbox_on_an_offices_address_line_is_the_offices():
    html = "<p>地址：临川县文昌路16号县水务局二楼205室。电子邮箱：lcxswjgs@163.com</p>"
    plain = "办公地址：临川县文昌路16号县便民服务中心。邮箱：zhangwei1988@163.com\n"
    home = "住址：临川县文昌路16号3栋310室。电子邮箱：zhangwei1988@163.com\n"
    assert found(html, ["email"]) == []
    assert found(plain, ["email"]) == []
    assert len(found(home, ["email"])) == 1


def test_an_individual_business_premises_in_its_row():
    text = (
        "序号,类型,用户名称,经营者,身份证号码,联系电话,用气地址\n"
        "1,个体工商户,城关镇曾记面馆,曾大海,330521198508285875,13775672582,城关镇和平街88号\n"
        "2,个体工商户,北坪村林家农家乐,林小燕,330521197508285826,13775672583,北坪村5组12号\n"
        "3,居民,邝小红,邝小红,330521197410205318,13677781195,城关镇和平村4组48号\n"
        "4,个体工商户,城关镇曾记超市,曾二海,330521198508285859,13775672584,城关镇和平街8号2单元301室\n"
    )
    got = found(text, ["address", "name"])
    assert at(text, "address", "城关镇和平街88号") not in got
    assert at(text, "address", "北坪村5组12号") not in got
    assert at(text, "address", "城关镇和平村4组48号") in got
    assert at(text, "address", "城关镇和平街8号2单元301室") in got
    assert at(text, "name", "曾大海") in got


def test_an_estate_under_its_own_label_is_a_place():
    text = (
        "小区：临川县向阳路96号翠湖苑（换热站：翠湖苑1号站）\n"
        "| 户号 | 户名 | 房号 |\n"
        "|---|---|---|\n"
        "| 0101 | 童海生 | 3栋1单元502室 |\n"
    )
    assert at(text, "address", "临川县向阳路96号翠湖苑") not in found(text, ["address"])
    home = "住址：临川县向阳路96号翠湖苑\n"
    assert found(home, ["address"]) == [at(home, "address", "临川县向阳路96号翠湖苑")]


def test_an_individual_business_premises_in_a_pipe_row():
    text = (
        "| 类型 | 名称 | 经营者 | 地址 |\n"
        "|---|---|---|---|\n"
        "| 个体工商户 | 南街陶记饭店 | 陶宏 | 城关镇南街12号 |\n"
        "| 居民 | 卜晓梅 | 卜晓梅 | 城关镇南街14号3单元201室 |\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "城关镇南街12号") not in got
    assert at(text, "address", "城关镇南街14号3单元201室") in got


def test_a_persons_occupation_of_business_keeps_the_home():
    text = (
        "序号\t姓名\t职业\t住址\t意见\n"
        "1\t应春兰\t个体\t石门镇河东村上坪12号\t不同意在此建厂，要求搬迁\n"
        "2\t柯文亮\t个体户\t石门镇河东村上坪15号\t同意\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "石门镇河东村上坪12号") in got
    assert at(text, "address", "石门镇河东村上坪15号") in got
