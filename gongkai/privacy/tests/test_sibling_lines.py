"""Lines of one list, one place or group a line: a line whose one or two persons the
name rules find too weak alone is read like its sibling lines (siblinglines)."""

import pytest

from .spans import found, missing_names


@pytest.mark.parametrize(
    ("labels", "sign"),
    [
        (("东坪村", "西坪社区", "石门村", "黄竹村"), "："),
        (("一组", "二组", "三组", "四组"), ":"),
        (("城东片区", "城西片区", "河口片区", "新街片区"), "："),
        (("第一网格", "第二网格", "第三网格", "第四网格"), "："),
    ],
)
def test_a_lone_or_weak_name_among_lines_of_names(labels, sign):
    text = (
        "网格员名单如下：\n"
        f"　　{labels[0]}{sign}覃秀兰、韦明杰、蒙立新\n"
        f"　　{labels[1]}{sign}卢志强、黄丽萍\n"
        f"　　{labels[2]}{sign}田野、麻晓\n"
        f"　　{labels[3]}{sign}滕宇航\n"
    )
    assert missing_names(text, "田野", "麻晓", "滕宇航") == []


def test_lines_of_units_stay_places():
    text = (
        "各片区联系点：\n"
        "　　东坪村：村委会、卫生室\n"
        "　　西坪社区：居委会、党群服务中心\n"
        "　　石门村：村委会\n"
        "　　黄竹村：待定\n"
    )
    assert found(text, ["name"]) == []


def test_a_block_of_few_found_names_adds_nothing():
    text = "　　东坪村：田野\n　　西坪村：山林\n　　石门村：河流\n"
    assert found(text, ["name"]) == []


def test_a_placeholder_in_a_list_of_names_is_no_name():
    text = (
        "　　东坪村：覃秀兰、韦明杰\n"
        "　　西坪村：卢志强、黄丽萍\n"
        "　　石门村：暂缺\n"
        "　　黄竹村：蒙立新、梁春燕\n"
    )
    got = {text[s:e] for _, s, e in found(text, ["name"])}
    assert "暂缺" not in got
    assert {"覃秀兰", "韦明杰", "卢志强", "黄丽萍", "蒙立新", "梁春燕"} <= got
