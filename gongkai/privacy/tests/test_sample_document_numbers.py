"""A document's number given as a sample of its shape is no one's."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "text",
    [
        "社保卡号（9位，如L43130001）与金融账号（19位）不同。",
        "港澳通行证号码格式为：H12345678，共9位。",
        "台湾居民来往大陆通行证号码（例：T01234567）填写在第3栏。",
        "护照号码示例 E12345678，请勿照抄。",
    ],
)
def test_a_sample_number_is_left_alone(text):
    assert found(text, ["permit", "passport"]) == []


def test_a_persons_permit_after_its_label_is_still_found():
    text = "申请人张某某，港澳居民来往内地通行证号码H60472931，联系电话13912345678。"
    assert at(text, "permit", "H60472931") in found(text, ["permit"])
