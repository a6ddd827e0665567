"""Issue 16, the fourteenth held-out batch: a DOCX or XLSX row wrapped over several lines
by the paragraph breaks of one cell, a header that joins two headers of persons, a
relation written before each person of a cell (母, 孙, 兄, 婿, 祖母 …), and the parties of
a land contract's change named in prose.
"""

from __future__ import annotations

from .spans import at, found, rid


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_a_row_wrapped_by_a_cells_paragraph_breaks_is_one_row():
    text = (
        "编号\t村屯\t受助人\t证件号码\t共同生活家庭成员\t住址\t电话\n"
        f"1\t前进村\t宫立平\t{rid('23072219600101001')}\t妻曲秀云\n"
        "长女宫晓丹（外地务工）\n"
        "次子宫晓峰\t前进村东屯8号\t0458-3312456\n"
        f"2\t胜利村\t荆玉兰\t{rid('23072219550505002')}\t夫满德胜、孙荆浩\t胜利村二屯4号\t13904581234\n"
    )
    got = _names(text)
    for name in ("宫立平", "曲秀云", "宫晓丹", "宫晓峰", "荆玉兰", "满德胜", "荆浩"):
        assert name in got, name
    assert at(text, "landline", "0458-3312456") in found(text, ["landline"])
    assert not [n for n in got if n[0] in "妻夫孙长次"]


def test_a_wrapped_row_does_not_swallow_a_paragraph_after_the_table():
    text = (
        "序号\t姓名\t家庭成员\t备注\n"
        "1\t柴国梁\t妻车小燕\t无\n"
        "\n"
        "以上名单公示7天，如有异议请与村委会联系。\n"
    )
    assert _names(text) == ["柴国梁", "车小燕"]


def test_a_header_joining_two_headers_of_persons_reads_each_person():
    text = (
        "序号,老人姓名,赡养人和其他家庭成员,村组\n"
        "1,钮德山,子钮国富、儿媳卜丽华,红光村三组\n"
        "2,甘秀珍,兄甘秀清（监护人）；嫂嫂 任翠花,红光村五组\n"
    )
    got = _names(text)
    for name in ("钮德山", "钮国富", "卜丽华", "甘秀珍", "甘秀清"):
        assert name in got, name
    assert "红光村三组" not in got


def test_relations_that_are_also_surnames():
    text = (
        "户主\t共同生活成员\n"
        "覃永福\t母覃桂英（监护人）、妹覃秀莲\n"
        "孙建军\t妻黎秀兰、孙孙浩然\n"
        "母国清\t祖母薛玉兰\n"
    )
    got = _names(text)
    for name in ("覃永福", "覃桂英", "覃秀莲", "孙建军", "黎秀兰", "孙浩然", "母国清", "薛玉兰"):
        assert name in got, name
    assert "母覃桂英" not in got and "祖母薛玉兰" not in got


def test_the_parties_of_a_land_contracts_change():
    text = (
        "一、分户：原承包方代表蔺庆和（已故）。其子分户：承包方代表蔺传福，共有人桑秀梅（妻）；"
        "承包方代表蔺传禄，共有人郜春燕（妻）。\n"
        "二、转让：将承包地2.5亩转让给本集体经济组织成员邬守田，原共有人邬晨、邬旭已书面同意。\n"
    )
    got = _names(text)
    for name in ("蔺庆和", "蔺传福", "桑秀梅", "蔺传禄", "郜春燕", "邬守田", "邬晨", "邬旭"):
        assert name in got, name


def test_a_contracting_party_that_is_a_collective_is_no_person():
    text = "发包方：城关镇东风村股份经济合作社；承包方代表大会于3月5日召开，共有人数42人。\n"
    assert _names(text) == []
