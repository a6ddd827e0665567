"""A number given as the example of a code's rule ("…编码为12位区划代码加3位顺序号，
如…") is that code's sample, not an ID; an ID given after 如下 stays an ID."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "rule",
    [
        "普查小区编码为12位统计用区划代码加3位顺序号，如",
        "档案编号按“区划代码+顺序号”编制，例如：",
        "网格代码由乡镇代码和3位顺序号组成，比如",
    ],
)
def test_the_sample_of_a_codes_rule_is_no_id(rule):
    text = f"{rule}431226101201003，不属于个人信息。"
    assert found(text, ["id_card"]) == []


def test_an_id_after_ru_xia_stays_an_id():
    text = "申请人覃五，身份证号码如下：431226701201003。"
    assert at(text, "id_card", "431226701201003") in found(text, ["id_card"])
