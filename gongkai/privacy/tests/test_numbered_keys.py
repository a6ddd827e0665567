"""Issue 16 (privfix25a): a person's second phone under an export's numbered key
("dhhm2" beside "dhhm", <lxdh_2> beside <lxdh>) is the same owner's as the first, though
the record names its handling office in a field before it.
Near misses: a numbered key whose first number is a unit's line or missing; a numbered
key holding no phone (a second date).
"""

from __future__ import annotations

from .spans import at, found

_PHONES = ("mobile", "landline")


def test_a_second_line_after_the_office_field():
    text = (
        '{"bh": 31, "dsr": "蒯晓丽", "dhhm": "13907451286", "bljg": "某县市场监督管理局", '
        '"cbr": "甘志远", "dhhm2": "0734-8215637"}\n'
        '{"bh": 32, "dsr": "柏德顺", "dhhm": "15973420818", "bljg": "某县市场监督管理局", '
        '"dhhm_2": "0734-6619013"}\n'
    )
    assert found(text, _PHONES) == [
        at(text, "mobile", "13907451286"),
        at(text, "landline", "0734-8215637"),
        at(text, "mobile", "15973420818"),
        at(text, "landline", "0734-6619013"),
    ]


def test_a_second_line_in_xml_records():
    text = (
        "<records>\n<record>\n  <xm>尉迟秀兰</xm>\n  <lxdh>13857124690</lxdh>\n"
        "  <cljg>某区公安分局交警大队</cljg>\n  <lxdh_2>0571-89427715</lxdh_2>\n</record>\n</records>\n"
    )
    assert found(text, _PHONES) == [
        at(text, "mobile", "13857124690"),
        at(text, "landline", "0571-89427715"),
    ]


def test_numbered_keys_of_no_private_number():
    text = (
        '{"dwmc": "某县市场监督管理局", "bgdh": "0734-8210000", "cljg": "某县市场监督管理局", '
        '"bgdh2": "0734-8210011"}\n'
        '{"dsr": "蒯晓丽", "cljg": "某县市场监督管理局", "dhhm2": "0734-8210022", "rq2": "2024-05-06"}\n'
    )
    assert found(text, _PHONES) == []
