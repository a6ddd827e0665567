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
