"""Parties of a marriage record (男方/女方) and units' landlines by their cell or label
(issue 16, docs38): a one-cell-a-line table's duty-phone column, a number under an
office's name, a service window's numbers."""

from .spans import at, found, missing_names, names


def test_parties_of_a_marriage_record_are_names():
    text = (
        "二、离婚登记信息更正：男方欧阳建华，公民身份号码见档案；女方柴秀英，现居本县。\n"
        "三、男方宋志远与女方诸葛月于2001年登记结婚。\n"
    )
    assert not missing_names(text, "欧阳建华", "柴秀英", "宋志远", "诸葛月")


def test_words_after_a_party_are_no_names():
    text = (
        "男方当事人应携带户口簿；女方现居外地的，可委托代理人办理。"
        "男方委托女方代为申请。男方因工作原因未到场。\n"
    )
    assert found(text, ["name"]) == []


STACKED = (
    "序号\n社区\n办公电话\n联系人\n手机\n住宅电话\n"
    "1\n西门社区\n0728-6421100\n庞立新\n13907281234\n0728-6425588\n"
    "2\n南关社区\n0728-6421200\n梅玉霞\n15807281235\n6425577\n"
)


def test_units_column_in_a_table_of_one_cell_a_line_is_clean():
    got = found(STACKED, ["landline"])
    assert at(STACKED, "landline", "0728-6421100") not in got
    assert at(STACKED, "landline", "0728-6421200") not in got
    assert at(STACKED, "landline", "0728-6425588") in got
    assert at(STACKED, "landline", "6425577") in got


def test_number_under_an_offices_name_is_the_offices():
    text = STACKED + "镇社会事务办（业务咨询）\n0728-6423000\n镇值班室\n0728-6423001\n"
    got = found(text, ["landline"])
    assert at(text, "landline", "0728-6423000") not in got
    assert at(text, "landline", "0728-6423001") not in got


def test_persons_phone_under_an_employers_cell_is_kept():
    text = (
        "序号\n姓名\n工作单位\n联系电话\n"
        "1\n鲍春生\n乡财政所\n0728-6431122\n"
        "2\n申屠秀\n县农技站\n0728-6431133\n"
    )
    got = found(text)
    assert at(text, "landline", "0728-6431122") in got
    assert at(text, "landline", "0728-6431133") in got
    assert names(text, "鲍春生", "申屠秀")[0] in got


def test_service_windows_numbers_are_the_units():
    text = (
        "如需补正，请到县政务服务中心三楼社保专窗办理。专窗电话：0728-6234501、"
        "0728-6234502。申请人滕小满，联系电话0728-6234503。\n"
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0728-6234503")]


def test_a_landlines_note_leaves_the_mobile_before_it_the_persons():
    text = (
        "当事人：柏小川，男，在外务工，联系电话13605741234、0574-88123456（公司宿舍）。\n"
        "受援人：骆青，电话15905741235/0571-86543210（单位座机）。\n"
    )
    got = found(text, ["mobile"])
    assert got == [at(text, "mobile", "13605741234"), at(text, "mobile", "15905741235")]


def test_a_note_after_two_landlines_still_makes_both_the_units():
    text = "咨询电话：0728-6234501、0728-6234502（办公室）。\n"
    assert found(text, ["landline"]) == []


def test_phone_of_a_unit_standing_in_the_persons_column_of_a_pipe_table():
    text = (
        "| 序号 | 死者姓名 | 申请人 | 关系 | 申请人电话 | 金额 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 韩有田 | 韩春燕 | 女儿 | 0728-6551234 | 1500 |\n"
        "| 2 | 戴秀云 | 县社会福利院 | 供养单位 | 0728-6559900 | 1500 |\n"
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0728-6551234")]


def test_phone_of_a_guardian_replaced_by_a_units_custody_in_a_tab_table():
    text = (
        "序号\t儿童姓名\t监护人\t监护人电话\t备注\n"
        "1\t蓝小雨\t蓝志明（父）\t0728-6560011\t\n"
        "2\t莫天乐\t南街社区居委会代管（待指定）\t0728-6560000\t暂停发放\n"
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0728-6560011")]


def test_given_name_with_chao_is_taken_whole():
    text = "注销原因：持证人病故（其女儿阚春潮提供死亡证明）。申请人：蒯潮生，电话13907281111。\n"
    got = found(text, ["name"])
    assert at(text, "name", "阚春潮") in got
    assert at(text, "name", "蒯潮生") in got
