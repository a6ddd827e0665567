"""Issue 16 (privfix25a): an address followed by a bracket naming the office that sits
there down to its part (a team, a section, a room: "（县公安局交警大队法制室）",
"（区市场监管局消保科）") is the office's, as one naming the office alone is.
Near misses kept as homes: a bracket of staff housing (县粮食局宿舍), a former brigade's
name (原红旗大队: a place), a landmark beside the home.
"""

from __future__ import annotations

from .spans import at, found


def test_an_office_part_in_brackets():
    text = (
        "联系地址：某县城关镇文昌路66号（某县公安局交通警察大队法制室）\n"
        "通讯地址：某区滨江路2号（区市场监督管理局消费者权益保护科）\n"
        "地址：某县某镇人民路15号（县自然资源局执法支队）\n"
    )
    assert found(text, ("address",)) == []


def test_homes_with_a_bracket_of_no_office_part():
    text = (
        "住址：某县城关镇文昌路66号（县粮食局宿舍）\n"
        "户籍地：某县某镇新街村12号（原红旗大队）\n"
        "现住：某县某镇人民路15号（村委会旁）\n"
    )
    assert found(text, ("address",)) == [
        at(text, "address", "某县城关镇文昌路66号"),
        at(text, "address", "某县某镇新街村12号"),
        at(text, "address", "某县某镇人民路15号"),
    ]
