"""Persons named with a title of courtesy before a bracket of home particulars, the
person served in a 送达回执, and a name right after a word ending in a surname's
character (关于, 对于) — issue 16, the sixteenth held-out batch's classes, with fixtures
of their own."""

import pytest

from .spans import at, found


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


@pytest.mark.parametrize("title", ["老师", "师傅", "阿姨", "先生"])
@pytest.mark.parametrize(
    "note",
    [
        "（住东城区柳荫街8弄3号201室，联系电话010-64052231）",
        "（家住城关镇南街社区15号，电话0746-3228410）",
        "（身份证号：430521197805163325）",
    ],
)
def test_a_name_with_a_courtesy_title_before_home_particulars(title, note):
    text = f"　　3. 庞建勋{title}{note}捐赠旧照片12张。\n"
    assert at(text, "name", "庞建勋") in found(text, ["name"])


@pytest.mark.parametrize(
    "line",
    [
        "　　如有疑问请联系学校教务处刘国强老师（电话：0746-3228410）。\n",
        "　　详询县文化馆宋红梅老师（办公室电话0746-3228411）。\n",
    ],
)
def test_a_teacher_named_as_the_offices_contact_is_left_alone(line):
    assert _names(line) == []


@pytest.mark.parametrize("word", ["关于", "对于"])
def test_a_name_after_a_word_ending_in_a_surname_character(word):
    text = f"{word}杜鹏飞同志反映问题的答复\n\n杜鹏飞同志：\n　　您反映的问题收悉。\n"
    got = _names(text)
    assert got and all(n == "杜鹏飞" for n in got)
    text = f"{word}杨帆同志反映问题的答复\n\n杨帆同志：\n　　您反映的问题收悉。\n"
    assert "于杨帆" not in _names(text)


def test_the_person_served_in_a_service_receipt():
    text = "（送达回执）\n受送达人：卓春生\n送达地址：清河镇向阳村4组12号\n送达人：（签名）\n"
    assert at(text, "name", "卓春生") in found(text, ["name"])


def test_a_company_served_is_no_name():
    text = "受送达人：兴旺建材有限公司\n送达地址：清河镇工业园8号\n"
    assert _names(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "　　申请人年事已高，委托龙春生（手机13908120001）代为签字。\n",
        "　　款项交由谭秀英（身份证号430521197805163325）代领。\n",
        "　　户主外出务工，由其罗小勇（电话13908120002）代办。\n",
    ],
)
def test_the_one_entrusted_before_a_bracket_of_particulars(line):
    got = _names(line)
    assert any(n in got for n in ("龙春生", "谭秀英", "罗小勇"))
    assert not any(n.startswith(("委托", "交由", "由其")) for n in got)


def test_a_unit_entrusted_is_no_name():
    line = "　　委托县公证处（电话0746-3228410）办理。\n"
    assert _names(line) == []
