"""A keeper's name inside an individual quarry's or sand pit's trade name (某旗X石料厂, 某县X采砂场,
某区X石料加工部): marked, the rest plain; a quarry named by a place or a word, or a company's,
names nobody (privfix26c, quarrykeepers)."""

from .spans import at, found


def test_keepers_of_individual_quarries_in_a_register():
    text = (
        "序号\t案件名称\t联系电话\t处理结果\n"
        "1\t个体工商户：安平旗孟庆发石料厂超越批准范围开采\t13947712503\t罚款\n"
        "2\t南台乡清河县蔺金宝采砂场（个体）无证采砂\t15049716682\t没收\n"
    )
    got = found(text, {"name"})
    assert at(text, "name", "孟庆发") in got
    assert at(text, "name", "蔺金宝") in got


def test_a_keeper_named_elsewhere_by_a_dotted_name():
    text = (
        "一、阿依夏木·托合提（联系电话：13899071264）：\n"
        "你作为和田市玉龙区阿依夏木砂石料加工部（个体工商户）经营者，收购无证开采的砂石。\n"
    )
    got = found(text, {"name"})
    assert at(text, "name", "阿依夏木", text.index("玉龙区")) in got


def test_quarries_named_by_places_words_or_companies_stay_plain():
    text = (
        "序号\t采矿权人\t联系电话\t备注\n"
        "1\t个体工商户：清河县石坝石料厂\t13947712503\t整改\n"
        "2\t个体工商户：安平旗东坡采石场\t15049716682\t整改\n"
        "3\t安平旗宏达碎石有限公司石料厂（非个体）\t18904778932\t整改\n"
        "4\t清河县蔺金宝石料厂\t15147781246\t国有企业下属\n"
    )
    assert found(text, {"name"}) == []
