"""A dotted token whose part after the dot is a county, city or district is a place
written prefecture·county (喀什·疏勒县), not a transliterated name (listwords.dotted_place);
the dotted names beside it stay found."""

import pytest

from .spans import found


@pytest.mark.parametrize(
    "text",
    [
        "据了解，其弟在喀什·疏勒县务工多年。",
        "其兄在和田·墨玉县工作，家中无劳动力。",
        "申请人长期居住于伊犁·霍城县，现回原籍。",
        "该户次子在阿克苏·库车市打工。",
    ],
)
def test_a_prefecture_and_its_county_after_a_dot_is_no_name(text):
    assert found(text, {"name"}) == []


def test_the_dotted_names_beside_such_places_stay_found():
    text = "其弟买买提·艾力在喀什·疏勒县务工多年，其妻阿依古丽·吐尔逊在家务农。"
    got = [text[s:e] for _t, s, e in found(text, {"name"})]
    assert got == ["买买提·艾力", "阿依古丽·吐尔逊"]
