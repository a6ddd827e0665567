"""A witness, a co-worker or who collects a notice for another is a private person."""

import pytest

from .spans import found, names


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("代收人：闵秀英，关系：母亲", ("闵秀英",)),
        ("【代收人】 柴玉兰\n【关系】 配偶", ("柴玉兰",)),
        ("证人祁德顺（住某村）证明当日情况。", ("祁德顺",)),
        ("当即由同事蔡春生、易雪梅送至医院救治。", ("蔡春生", "易雪梅")),
    ],
)
def test_person_after_the_word(text, persons):
    assert found(text, ["name"]) == names(text, *persons)


@pytest.mark.parametrize(
    "text",
    ["证人证言、同事关系证明均已提交。", "证人应当如实作证。", "代收人应当出示身份证件。"],
)
def test_wording_without_a_person(text):
    assert found(text, ["name"]) == []
