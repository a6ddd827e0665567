"""A road accident notice's records that share out the blame with no driving word in the
paragraph ("认定结果：X承担…责任，Y承担…"), and a label's value whose bracket notes a kinship
or a landlord ("协助人：X（房东，电话…）")."""

from .spans import at, found, names


def test_blame_of_each_record_in_a_traffic_accident_notice():
    text = (
        "县公安局交通管理大队道路交通事故认定书公告\n"
        "一、第0012号\n"
        "当事人：贺文涛，公民身份号码430521198803120011。\n"
        "责任认定：贺文涛承担事故全部责任，邝丽娟承担无责任。\n"
        "二、第0013号\n"
        "认定意见:晏子豪承担本次事故的主要责任；司马青云承担次要责任。\n"
    )
    got = found(text, ["name"])
    blame = at(text, "name", "贺文涛", text.index("责任认定"))
    for span in [blame, *names(text, "邝丽娟", "晏子豪", "司马青云")]:
        assert span in got


def test_blame_words_without_a_road_accident_name_no_one():
    text = (
        "安全生产事故调查报告\n"
        "责任认定：施工单位承担事故主要责任，监理单位承担次要责任。\n"
        "调查结论：项目部承担全部责任。\n"
    )
    assert found(text, ["name"]) == []


def test_officials_and_units_in_a_traffic_notice_stay_unnamed():
    text = (
        "交通事故处理通报\n"
        "处理结果：车辆所有人单位承担赔偿责任，保险公司承担相应责任。\n"
        "承办民警：交警大队，电话0746-8212122。\n"
    )
    assert found(text, ["name"]) == []


def test_landlord_and_kin_notes_after_a_label_name_a_person():
    text = (
        "3．副食店　隐患：电线私拉；协助整改人：鲁秋菊（房东，电话(0746)2829284）。\n"
        "4．小吃店　隐患：无应急照明；陪同人员：冼永康（其兄）；现场负责：欧阳春（租户，13912345678）。\n"
    )
    got = found(text, ["name"])
    for span in names(text, "鲁秋菊", "冼永康", "欧阳春"):
        assert span in got


def test_a_label_value_with_a_unit_role_in_its_bracket_is_left_alone():
    text = (
        "联系单位：房产局（房东单位，电话0746-8212122）\n"
        "负责人：王主任（办公室，电话0746-8212123）\n"
    )
    assert found(text, ["name"]) == []


def test_the_rare_surname_chong_names_a_party_but_not_its_words():
    text = (
        "当事人：充煜瀚，公民身份号码431103200311238174。\n"
        "申请人：充立新（其子，电话13912345678）。\n"
        "经营者应当充足储备灭火器材，保证物资充实、人员充裕，确保精力充沛、信心充满。\n"
    )
    got = found(text, ["name"])
    assert names(text, "充煜瀚", "充立新") == [s for s in got if s[0] == "name"]


def test_a_house_owner_named_in_a_report_letter():
    text = (
        "您举报的出租屋存在火灾隐患（房主葛秋云），经核查属实。\n"
        "群租房房主邬建平已签收整改通知；房主单位及房主委员会不是人。\n"
    )
    got = found(text, ["name"])
    assert names(text, "葛秋云", "邬建平") == [s for s in got if s[0] == "name"]


def test_operators_in_a_table_one_cell_a_line():
    text = (
        "沿街商户复查表\n"
        "编号\n商户名称\n经营者\n电话\n备注\n"
        "1\n老街理发店\n鲁秋菊\n0746-6820147\n已整改\n"
        "2\n和记五金店\n欧阳春\n3517486\n约谈\n"
        "3\n潇湘物流有限公司\n邬建平\n0746-6419158\n已整改\n"
    )
    got = found(text, ["name"])
    assert names(text, "鲁秋菊", "欧阳春") == [s for s in got if s[0] == "name"]
