"""A label's value naming a unit, then its officer after a blank, holds no person."""

from .spans import found, names


def test_village_committee_then_its_officer():
    for text in (
        "安置点负责人：桃溪村委会 王某（电话0835-6596012）\n",
        "联络人：龙湾居委会\u3000李某\n",
        "负责人：东坝村委会\n",
        "责任单位：青石镇人民政府 张某\n",
    ):
        assert found(text, ["name"]) == [], text


def test_a_person_before_a_unit_word_is_still_read():
    text = "权利人：孙秀英，女，住某县某村\n"
    assert found(text, ["name"]) == names(text, "孙秀英")
