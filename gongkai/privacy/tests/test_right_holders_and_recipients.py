"""Holders of a right (经营权人, 使用权人) and the recipient of a transfer (转让给X（…）)."""

from .spans import found, missing_names, names


def test_holder_of_a_right_before_a_name():
    for text, persons in (
        ("（1）湘D5T21：原经营权人潘树林于2025年3月病故，其子潘小军申请继承。\n", ("潘树林",)),
        ("二、车号湘NA1234，经营权人覃建华因病申请转让。\n", ("覃建华",)),
        ("原土地使用权人龙德生已于2019年迁出本村。\n", ("龙德生",)),
        ("房屋所有权人：罗月娥\n", ("罗月娥",)),
    ):
        assert missing_names(text, *persons) == [], text


def test_recipient_after_a_particle_before_a_bracket_of_particulars():
    for lead in ("转让给", "过户给", "发放给", "移交给", "依法送达给", "现向"):
        text = f"经批准，{lead}石春兰（公民身份号码431226199107247377，住龙潭镇青石村3组5号）。\n"
        assert missing_names(text, "石春兰") == [], lead


def test_name_after_a_plate_or_a_number_and_a_role_in_one_value():
    text = "（4）湘NT3236：经营权人符家旺（联系电话18047419296）申请退出经营。\n"
    assert names(text, "符家旺")[0] in found(text, ["name"])


def test_near_misses_units_and_officials_stay_out():
    for text in (
        "经营权人：柘川县顺达出租汽车有限公司（联系电话13907451234）\n",
        "经营权人：县城市客运公司（电话13907451234）\n",
        "受理单位：县城市客运管理所（电话13907451234）\n",
        "湘NT6951：出租汽车（住龙潭镇青石村3组5号停放）\n",
        "土地使用权人为县自然资源局，由县交通运输局负责实施。\n",
        "请向县客运管理所（电话13907451234）咨询。\n",
    ):
        assert found(text, ["name"]) == [], text


def test_name_before_a_bracket_of_kinship():
    for text, person in (
        ("委托龚桂英（之妻）代为领取。\n", "龚桂英"),
        ('"7","湘渔01234","船主已故，由韦建平（其子）继承领取"\n', "韦建平"),
        ("户主已故，补偿款由杨秀梅（其女，电话13907451234）领取。\n", "杨秀梅"),
        ("| 3 | 已故 | 委托唐志强（之侄）办理 |\n", "唐志强"),
    ):
        assert missing_names(text, person) == [], text


def test_kinship_bracket_after_a_word_that_is_no_name_stays_out():
    for text in (
        "由户主（其子）代为领取。\n",
        "委托代理人（之妻）签字。\n",
        "补偿款由村委会（其子）代管。\n",
    ):
        assert found(text, ["name"]) == [], text
