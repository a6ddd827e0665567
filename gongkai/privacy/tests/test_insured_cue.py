"""The insured (被保险人) named in prose is a private person."""

from .spans import at, found


def test_insured_named_in_a_note():
    text = "　　2.第9户被保险人车玉林已于去年病故，赔款由其子代领。\n"
    assert at(text, "name", "车玉林") in found(text, ["name"])


def test_insured_before_words_is_no_person():
    text = "　　被保险人应当如实告知，被保险人账户由保险公司核对。\n"
    assert found(text, ["name"]) == []
