"""An adoptive family and its child named in a report; a pair's word after a listed name."""

from .spans import found, names


def test_family_pair_and_child():
    text = "我局对收养家庭邬春梅、钟立夫妇进行回访，收养儿童钟晓（男，现4岁）身体健康。"
    assert found(text, ["name"]) == names(text, "邬春梅", "钟立", "钟晓")


def test_three_character_name_before_a_pair_word_stays_whole():
    text = "农户桂德明、钟建华夫妇反映"
    assert found(text, ["name"]) == names(text, "桂德明", "钟建华")


def test_two_character_name_before_a_pair_word():
    text = "农户桂德明、钟立父子反映"
    assert found(text, ["name"]) == names(text, "桂德明", "钟立")


def test_family_word_without_a_person():
    text = "收养家庭应当接受民政部门的回访，收养儿童的户口依法办理。"
    assert found(text, ["name"]) == []


def test_child_word_ending_in_a_surname_is_not_the_name():
    text = "困境儿童钟晓（男，2018年生）；童建国（男，1960年生）"
    assert found(text, ["name"]) == names(text, "钟晓", "童建国")


def test_relative_acting_for_a_family():
    text = "收养人委托其国内亲属樊秀琴（身份证号略）办理；亲属关系证明由派出所出具。"
    assert found(text, ["name"]) == names(text, "樊秀琴")
