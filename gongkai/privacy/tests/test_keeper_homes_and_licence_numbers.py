"""A keeper's home phone in a register of individual businesses, a home phone in a letter,
and 15-digit licence numbers under their own header (issue 16, docs53–docs55)."""

from .spans import at, found

# shaped like old 15-digit IDs (region, a 19YY date): under a licence's header they are not
LICENCE_A = "330226650405123"
LICENCE_B = "330282710913046"
OLD_ID = "330226580317021"  # a real old ID under its own header


def _phones(text):
    return found(text, ["landline"])


def _ids(text):
    return found(text, ["id_card"])


# --- a keeper's landline in a register of 个体工商户 and their homes -----------------------


def test_keepers_landline_in_pipe_register_with_rule_line():
    text = (
        "| 序号 | 字号 | 经营者 | 身份证号 | 住所 | 经营场所 | 联系电话 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | 北山县老李废品回收站 | 李国富 | 330226197103054654 | 北山县城关镇桃源村5组48号 "
        "| 北山县工业区19号 | (0574)88736702 / 13838608739 |\n"
        "| 2 | 北山县红星农资经营部 | 陈秀兰 | 33022619650405938X | 北山县新华街397号 "
        "| 北山县工业区21号 | 66046471 |\n"
    )
    got = _phones(text)
    assert at(text, "landline", "(0574)88736702") in got
    assert at(text, "landline", "66046471") in got


def test_keepers_landline_in_tab_register():
    text = (
        "店名\t负责人\t公民身份号码\t家庭住址\t联系方式\n"
        "福兴粮油加工厂\t王德明\t330282198009172406\t南湾镇新民村3组28号\t0574-63043074\n"
        "小周便民服务社\t周小燕\t330226199103132623\t南湾镇和美家园21幢4单元701室\t85455999\n"
    )
    got = _phones(text)
    assert at(text, "landline", "0574-63043074") in got
    assert at(text, "landline", "85455999") in got


def test_keepers_landline_in_aligned_register():
    text = (
        "序号  字号            经营者      身份证号              住址                     电话\n"
        "1     春花竹编加工厂  赵春花      330226197712105509    东岭乡上坪村6组1号       0574-82812541\n"
        "2     立新修理部      孙立新      330225198710258462    东岭乡北岸村6组47号      13666065134\n"
    )
    assert at(text, "landline", "0574-82812541") in _phones(text)


def test_units_phone_in_a_keepers_register_stays_the_units():
    # a column of the unit's phone, and a company's register (企业名称): not the keeper's
    text = (
        "| 字号 | 经营者 | 身份证号 | 住所 | 单位电话 |\n"
        "|---|---|---|---|---|\n"
        "| 北山县老李修车铺 | 李国富 | 330226197103054654 | 北山县城关镇桃源村5组48号 "
        "| 0574-88736702 |\n"
        "\n"
        "| 企业名称 | 法定代表人 | 身份证号 | 住所 | 联系电话 |\n"
        "|---|---|---|---|---|\n"
        "| 北山县宏达建材有限公司 | 陈秀兰 | 33022619650405938X | 北山县新华街397号 "
        "| 0574-66925617 |\n"
    )
    assert _phones(text) == []


# --- a home phone in a letter ------------------------------------------------------------


def test_home_phone_after_a_copula_in_a_letter():
    text = (
        "父亲年纪大了不用手机，家里座机是8750847，住在白沙镇岩背村7组41号。\n"
        "母亲住在老屋，家里的电话为 86543210。\n"
    )
    got = _phones(text)
    assert at(text, "landline", "8750847") in got
    assert at(text, "landline", "86543210") in got


def test_offices_phone_after_a_copula_stays_the_offices():
    text = "如有疑问，县信访局办公室电话是6220915，咨询电话为 12345。\n"
    assert _phones(text) == []


# --- 15-digit licence numbers under their own header -------------------------------------


def test_licence_numbers_under_their_header_in_a_pipe_table():
    text = (
        "| 序号 | 姓名 | 乡村医生执业证书编号 | 执业地点 | 本人手机 |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | 宰长贵 | {LICENCE_A} | 猫场镇瓦厂村卫生室 | 19741871653 |\n"
        f"| 2 | 聂若溪 | {LICENCE_B} | 八堡乡高坡村卫生室 | 17336719493 |\n"
    )
    assert _ids(text) == []


def test_licence_numbers_under_other_headers_tab_and_comma():
    text = (
        f"姓名\t许可证号\t地址\n张桂英\t{LICENCE_A}\t城关镇\n\n"
        f"姓名,从业资格证号,备注\n李明,{LICENCE_B},新办\n"
    )
    assert _ids(text) == []


def test_licence_numbers_in_an_aligned_table():
    text = (
        "序号  姓名      注册证编号          发证日期\n"
        f"1     吴建国    {LICENCE_A}     2026-03-01\n"
        f"2     郑丽      {LICENCE_B}     2026-04-11\n"
    )
    assert _ids(text) == []


def test_licence_numbers_in_a_table_one_cell_a_line():
    text = (
        "序号\n姓名\n执业证书编号\n执业机构\n"
        f"1\n吴建国\n{LICENCE_A}\n瓦厂村卫生室\n"
        f"2\n郑丽\n{LICENCE_B}\n高坡村卫生室\n"
    )
    assert _ids(text) == []
    parted = (  # records parted by blank lines
        "姓名\n性别\n备案编号\n备注\n\n"
        f"吴建国\n男\n{LICENCE_A}\n新办\n\n"
        f"郑丽\n女\n{LICENCE_B}\n延续\n"
    )
    assert _ids(parted) == []


def test_licence_numbers_after_their_labels():
    text = f"执业证号：{LICENCE_A}\n资格证书编号 {LICENCE_B}\n"
    assert _ids(text) == []


def test_old_ids_under_identity_headers_stay_ids():
    pipe = (
        f"| 姓名 | 身份证号 | 执业证书编号 |\n|---|---|---|\n| 吴建国 | {OLD_ID} | {LICENCE_A} |\n"
    )
    assert _ids(pipe) == [at(pipe, "id_card", OLD_ID)]
    stacked = f"姓名\n执业证书编号\n公民身份号码\n吴建国\n{LICENCE_A}\n{OLD_ID}\n"
    assert _ids(stacked) == [at(stacked, "id_card", OLD_ID)]
    prose = f"经查，当事人吴建国（身份证号码{OLD_ID}）于2026年3月…\n"
    assert _ids(prose) == [at(prose, "id_card", OLD_ID)]
    register = f"户主\t与户主关系\t公民身份号码\n吴建国\t户主\t{OLD_ID}\n"
    assert _ids(register) == [at(register, "id_card", OLD_ID)]


# --- units' contact lines: a sign-off naming the office, a unit's address line ------------


def test_form_signoff_naming_the_office_gives_the_offices_phone():
    tsv = (
        "序号\t经营主体名称\t负责人\t负责人身份证号\t手机\n"
        "1\t容川县农友农资店\t崔建平\t450922196808213294\t18174780385\n"
        "\t\t\t\t\n"
        "制表：容川县供销合作社联合社\u3000联系电话：（0775）8892389\t\t\t邮箱：gxs@163.com\n"
    )
    assert _phones(tsv) == []
    plain = "填表：县民政局社会救助股  联系电话：6123456\n"
    assert _phones(plain) == []


def test_units_address_line_gives_the_units_phone():
    text = (
        "患方联系电话：0312 6909318\n"
        "县医调委地址：清滦县府前街12号三楼  电话：6220915（保定）\n"
        "镇司法所办公地址：新华路8号，联系电话：0312-6081610\n"
    )
    assert _phones(text) == [at(text, "landline", "0312 6909318")]


def test_persons_address_line_keeps_the_persons_phone():
    text = (
        "申请人：韩秀梅\n"
        "住所地址：清滦县城关镇南街村3组12号  电话：6220915\n"
        "收件人地址：清滦县府前街56号，联系电话：0312-6604287\n"
    )
    got = _phones(text)
    assert at(text, "landline", "6220915") in got
    assert at(text, "landline", "0312-6604287") in got


def test_licence_numbers_in_a_table_of_single_spaces():
    text = (
        "序号 姓名 性别 执业证书编号 执业机构 本人手机 个人邮箱\n"
        f"1 吴建国 男 {LICENCE_A} 瓦厂村卫生室 19741871653 wjg@163.com\n"
        f"2 郑丽 女 {LICENCE_B} 高坡村卫生室 17336719493\n"  # (no mailbox: one cell fewer)
    )
    assert _ids(text) == []
    # an ID column beside it: a row one cell short may have shifted the ID, it stays
    shifted = f"序号 姓名 执业证书编号 身份证号 备注\n1 吴建国 {OLD_ID} 新办\n"
    assert _ids(shifted) == [at(shifted, "id_card", OLD_ID)]


def test_licence_numbers_one_cell_a_line_with_empty_cells_dropped():
    rows = [
        ("吴建国", "男", LICENCE_A, "瓦厂村卫生室", "19741871653", "wjg@163.com"),
        ("郑丽", "女", LICENCE_B, "高坡村卫生室", "17336719493"),  # no mailbox line
        ("何平", "男", "330226621107055", "新寨村卫生室", "13900001234", "hp@qq.com"),
    ]
    text = "序号\n姓名\n性别\n乡村医生执业证书编号\n执业机构\n本人手机\n个人邮箱\n"
    text += "".join(f"{k}\n" + "\n".join(r) + "\n" for k, r in enumerate(rows, 1))
    assert _ids(text) == []


def test_keepers_landline_in_a_register_of_single_spaces():
    text = (
        "序号 字号 经营者 身份证号 住所 回收站点 联系电话 备案编号\n"
        "1 北山县老李废品回收站 李国富 330226197103054654 北山县城关镇桃源村5组48号 "
        "北山县工业区54号 0574-88736702 / 13838608739 ZSBA20261937\n"
        "2 北山县红星农资经营部 陈秀兰 33022619650405938X 北山县新华街397号 "
        "北山县墙头镇工业区37号 (0574)66925617 ZSBA20268537\n"
    )
    got = _phones(text)
    assert at(text, "landline", "0574-88736702") in got
    assert at(text, "landline", "(0574)66925617") in got
    units = text.replace("联系电话", "单位电话")  # the unit's column is no keeper's
    assert at(units, "landline", "0574-88736702") not in _phones(units)
