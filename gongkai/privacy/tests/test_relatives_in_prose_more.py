"""Relatives named in prose after 其 / 之 with a relation word: cousins and kin
(堂兄, 表妹, 亲属, a qualifier like 内地 / 在外 before), and the next relatives of the
same list ("其长子X、次子Y")."""

import pytest

from .spans import found, missing_names


@pytest.mark.parametrize("relation", ["堂兄", "表妹", "亲属", "内地亲属", "在外亲戚", "远房堂弟"])
def test_a_relative_after_qi(relation):
    text = f"该户由其{relation}顾文涛（手机号见档案）代为办理。"
    assert missing_names(text, "顾文涛") == []


@pytest.mark.parametrize("sep", ["、", "和", "及"])
def test_the_next_relatives_of_the_list(sep):
    text = f"户主去世后，由其长子顾文涛{sep}次子顾文波{sep}长女顾文英共同继承。"
    assert missing_names(text, "顾文涛", "顾文波", "顾文英") == []


@pytest.mark.parametrize(
    "text",
    ["其亲属关系证明已提交。", "解决其子女教育问题、父母赡养问题。", "其表姐妹二人均已成年。"],
)
def test_kinship_words_without_a_name(text):
    assert found(text, ["name"]) == []
