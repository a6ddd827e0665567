"""privfix19i: a witness's landline in the bracket after the name, though an organ and the
witness's work stand before it; a house number with a dashed sub-number (后垄8-1号); a
decision's 确认 is no part of the address after it; a village's short name, its group and
a house number after a residence's or a door plate's word (住溪头2组8号)."""

from .spans import at, found


def kinds(text, *wanted):
    return found(text, list(wanted))


# --- a witness's own landline


def test_witness_landline_after_work_and_name():
    text = "本局向证人、桐山县南关镇宏发农机维修部负责人邹友才（电话0396-6251174）了解情况，其称曾见到该车。"
    assert kinds(text, "landline") == [at(text, "landline", "0396-6251174")]


def test_witness_landline_plain():
    text = "本机关于5月6日询问证人蒋玉梅（联系电话：0553-4812093），其陈述与现场记录一致。"
    assert kinds(text, "landline") == [at(text, "landline", "0553-4812093")]


def test_witness_near_misses_stay_clean():
    # a 见证人 may act in office; a bracket after a unit is the unit's
    text = (
        "本机关邀请见证人邹友才（电话0396-6251174）到场。\n"
        "本机关向证人所在的桐山县公共交通公司（电话0396-6251988）核实情况。\n"
    )
    assert kinds(text, "landline") == []


# --- a dashed house number


def test_dashed_house_number_in_prose():
    text = "二、第三人的房屋重新编定门牌为桐山县南关镇后垄村岭头8-1号，由镇人民政府安装。"
    assert kinds(text, "address") == [at(text, "address", "桐山县南关镇后垄村岭头8-1号")]


def test_dashed_numbers_that_are_no_house_stay_clean():
    text = "合同编号TS-2024-15号，已备案。档案号为2023-7号。"
    assert kinds(text, "address") == []


# --- 确认 before the address


def test_confirm_is_no_part_of_the_address():
    text = "一、确认桐山县南关镇后垄村岭头22号门牌编定于申请人的房屋，维持原编号；"
    assert kinds(text, "address") == [at(text, "address", "桐山县南关镇后垄村岭头22号")]


# --- a village's short name, its group and a house number


def test_group_house_after_door_plate_and_residence():
    text = "原门牌“溪头2组8号”与邻户重号，本次一并更正。申请人住坪上五组31号。"
    assert kinds(text, "address") == [
        at(text, "address", "溪头2组8号"),
        at(text, "address", "坪上五组31号"),
    ]


def test_group_house_without_a_cue_stays_clean():
    text = "比赛分组：第3组12号选手晋级。专家评审组2号意见已归档。溪头2组8号。"
    assert kinds(text, "address") == []


# --- an estate's address with a building and no flat after it


def test_estate_then_building_without_flat_is_a_block():
    text = (
        "<table><tr><th>车主</th><th>住址</th></tr>\n"
        "<tr><td>邵文杰</td><td>桐山县南关街道青石路18号青石花园3栋2单元</td></tr>\n"
        "<tr><td>岑小燕</td><td>桐山县南关街道青石路18号青石花园3栋2单元502室</td></tr></table>\n"
    )
    assert kinds(text, "address") == [
        at(text, "address", "桐山县南关街道青石路18号青石花园3栋2单元502室")
    ]


# --- an organisation in the holder's column


def test_unit_in_holder_column_gives_its_door():
    text = (
        "序号,乡镇,行政村,户主姓名,门牌地址,签收人,与户主关系,联系电话\n"
        "1,南关镇,岭头村,申友德,桐山县南关镇岭头村上组12号,申友德,本人,13972615508\n"
        "2,南关镇,岭头村,岭头村民委员会,桐山县南关镇岭头村上组1号,邝建平,村委会主任,0396-6251174\n"
    )
    got = kinds(text, "address")
    assert got == [at(text, "address", "桐山县南关镇岭头村上组12号")]


# --- an institution's premises in a complaint's record


def test_institution_placed_at_an_address_is_no_home():
    text = (
        '{"gdbh": "TS20240311002", "ldr": "汤小琴", "ldhm": "13815520941", "lxdz": "", '
        '"sqnr": "来电人反映，孩子在桐山县启航美术培训中心学习，机构搬迁至桐山县城关街道府后街15号后'
        '路程太远，要求退费。"}\n'
        "序号,受理日期,来信人,联系方式,被反映机构,反映内容,处理结果\n"
        "1,2024-03-21,韦立群,18632901145,桐山县智学教育咨询有限公司,反映周末补课,"
        '"经检查,该机构在桐山县南关街道青石路72号三楼违规开展学科类培训,已责令停止。"\n'
    )
    assert kinds(text, "address") == []


# --- a person's own home named before the address


def test_own_home_before_the_address():
    text = (
        "经查，戴雪梅在其住所（桐山县南关镇岭头村203号）开办补习班；"
        "钱立新在其住宅桐山县城关镇文昌路9号二楼开展托管。\n"
    )
    assert kinds(text, "address") == [
        at(text, "address", "桐山县南关镇岭头村203号"),
        at(text, "address", "桐山县城关镇文昌路9号"),
    ]


def test_company_seat_is_no_own_home():
    text = "该公司住所桐山县城关镇文昌路9号，法定代表人已变更。"
    assert kinds(text, "address") == []
