"""An item numbered in brackets or in Chinese numerals that opens with a person and
their sex ("（三）留某某，男，…", "二、仉某，女，…"): the person however rare the surname
(issue 16)."""

from .spans import found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_items_numbered_in_brackets_and_numerals():
    text = (
        "经审核，拟确认以下人员为归侨：\n"
        "（一）留德安，男，1952年5月生，原住国：荷兰，拟定居青田湾县鹤城街道。\n"
        "（二）仉晓云，女，1960年8月生，原住国：法国。\n"
        "三、逯长青，男，1948年生，原住国：西班牙。\n"
        "(4) 亢美兰，女，1957年3月生。\n"
    )
    assert missing_names(text, "留德安", "仉晓云", "逯长青", "亢美兰") == []


def test_a_role_before_the_name_or_a_unit_in_an_item_is_no_name_run():
    text = (
        "（一）受援人侯德胜，男，1970年生，农民工。\n"
        "（二）县城南建筑劳务公司，法定代表人未到场。\n"
        "三、基本情况，男女比例为3:2。\n"
    )
    got = _names(text)
    assert "受援人侯德胜" not in got
    assert not any("公司" in n or "基本" in n or "情况" in n for n in got)
