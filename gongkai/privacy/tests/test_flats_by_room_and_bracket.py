"""Issue 16, set L (docs231–233, privfix17c): a bare flat closed by 房 ("1栋303房") is a flat
like one closed by 室; a door column may be one of a header's alternatives ("所在单位及职务／
房号"); a note in brackets may follow the flat in its cell; and a bare flat alone in a
bracket right after a person's name ("X（5栋1201房）") is that person's home."""

from __future__ import annotations

from .spans import at, found


def _addresses(text):
    return [text[s:e] for k, s, e in found(text, ["address"])]


def test_flats_closed_by_fang_under_a_door_column():
    text = "序号\t房号\t业主姓名\t联系电话\n1\t3栋602房\t冯国强\t13912340001\n2\t12栋1803房\t韩秀云\t13912340002\n"
    got = found(text, ["address"])
    for flat in ("3栋602房", "12栋1803房"):
        assert at(text, "address", flat) in got, flat


def test_a_door_column_among_a_headers_alternatives_and_a_note_after_the_flat():
    text = (
        "序号\t类别\t姓名\t单位及职务／房号\t电话\n"
        "1\t社区\t苏明\t社区居委会主任\t0668-2212345\n"
        "2\t业主\t冯国强\t7幢1102室\t13912340001\n"
        "3\t业主\t韩秀云\t9栋402房（租住，代表户主）\t13912340002\n"
    )
    assert _addresses(text) == ["7幢1102室", "9栋402房"]


def test_a_bare_flat_in_a_bracket_after_a_name():
    cases = (
        ("联名投诉人：冯国强（5栋1201房）、韩秀云（3栋802室）。", ["5栋1201房", "3栋802室"]),
        ("会议决定罢免委员邵伟东（6幢2单元1101号）的职务。", ["6幢2单元1101号"]),
        ("经核实，业主何丽萍（12号楼502室）未签收表决票。", ["12号楼502室"]),
    )
    for text, flats in cases:
        assert _addresses(text) == flats, text


def test_rooms_of_units_layouts_and_buildings_alone_are_left():
    for text in (
        "请到小区物业服务中心（3栋101室）领取表决票。",
        "业主冯国强（3栋）反映电梯故障。",
        "该户型为3房2厅，位于小区北侧。",
        "冯国强（3栋802室业主代表）出席会议。",
        "序号\t车位号\t业主\n1\t2栋502房\t冯国强\n",
    ):
        assert _addresses(text) == [], text
