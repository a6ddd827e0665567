"""A phone keyed by another key of its record (``siblingkeys``), units' initials in keys
(``keymeaning``) and an offender's kind word before a numbered item's name (``namelines``);
issue 16. The fixtures are invented."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("44130219810607123")


def test_json_a_phone_keyed_by_a_sibling_holding_a_unit_is_the_units():
    text = (
        f'{{"xm": "欧阳春生", "sfzh": "{_ID}", "nfzx": "龙溪镇农业服务中心", '
        f'"nfzxdh": "0752-3316620", "jtdh": "0752-3398145"}}\n'
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0752-3316620") not in got  # nfzx: the centre's line
    assert at(text, "landline", "0752-3398145") in got  # jtdh 家庭电话: her home


def test_xml_sibling_element_and_attribute_forms():
    text = (
        "<rec>\n  <xm>韦桂兰</xm>\n  <bgd>城南派出所</bgd>\n  <bgd_tel>0771-5602218</bgd_tel>\n"
        "  <zzdh>0771-5690347</zzdh>\n</rec>\n"
        '<rec xm="蓝志强" kfd="江南区司法局" kfdlxdh="0771-5613309" />\n'
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0771-5602218") not in got
    assert at(text, "landline", "0771-5613309") not in got


def test_a_sibling_holding_a_persons_name_leaves_the_number_private():
    text = f'{{"xm": "莫少华", "sfzh": "{_ID}", "jhr": "莫建国", "jhrdh": "0773-2285106"}}\n'
    assert at(text, "landline", "0773-2285106") in found(text, ["landline"])  # 监护人's


def test_units_initials_in_a_phone_key():
    text = (
        f'{{"xm": "杨再兴", "sfzh": "{_ID}", "sfslxdh": "0855-3320871", '
        f'"lyzdh": "0855-3321990", "cwhdh": "0855-3325563", "gddh": "0855-3327784"}}\n'
    )
    got = found(text, ["landline"])
    for unit in ("0855-3320871", "0855-3321990", "0855-3325563"):
        assert at(text, "landline", unit) not in got
    assert at(text, "landline", "0855-3327784") in got  # 固定电话 of the person


def test_an_offenders_kind_word_is_cut_from_a_numbered_items_name():
    text = "拟提请假释罪犯名单：\n1．罪犯龚长林，男，1983年出生，因犯盗窃罪被判处有期徒刑4年。\n"
    got = found(text, ["name"])
    assert at(text, "name", "龚长林") in got
    assert not any(text[s:e].startswith("罪犯") for _t, s, e in got)
