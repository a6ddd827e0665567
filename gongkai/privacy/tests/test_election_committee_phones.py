"""村民 / 居民 opening a unit's name (村民选举委员会, 居民选举委员会)
is no person: the number in that committee's sentence is the committee's; a villager's
own number stays found."""

import pytest

from .spans import at, found

LANDLINE = ["landline"]


@pytest.mark.parametrize(
    "sentence",
    [
        "对本公告有异议的，请于5月3日前向村民选举委员会提出，电话0771-5623418。",
        "本社区居民选举委员会地址：城关街道和平路8号，联系电话0576-89213370。",
        "选民对名单有不同意见的，可到居民选举委员会登记，联系电话：（0736）7812046。",
    ],
)
def test_committee_numbers_left_alone(sentence):
    text = "以上选民共计112名。" + sentence
    assert found(text, LANDLINE) == []


def test_villager_own_number_still_found():
    text = "村民韦小梅家住石门村3组12号，家里电话0773-6258814，反映道路积水。"
    assert found(text, LANDLINE) == [at(text, "landline", "0773-6258814")]
