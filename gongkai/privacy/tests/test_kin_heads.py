"""A relative named in a cell after their kinship's single character (privfix20c, kinheads):
"（妻X·Y代为记账）", "子X代为报送"."""

from .spans import found


def _span(text, piece):
    s = text.index(piece)
    return ("name", s, s + len(piece))


def test_kinship_character_cut_off_a_dotted_name():
    text = (
        "| 序号 | 记账户户主 | 人口 | 身份证号码 |\n|---|---|---|---|\n"
        "| 1 | 吐尔洪·依明（妻古再丽·买买提代为记账） | 5 | 653125196507103396 |\n"
    )
    got = found(text, {"name"})
    assert _span(text, "古再丽·买买提") in got
    s = text.index("妻古再丽")
    assert ("name", s, s + len("妻古再丽·买买提")) not in got


def test_relative_after_kinship_in_a_cell_found():
    text = (
        '"序号","户主","房屋情况","备注"\n'
        '"1","滕宏亮","后墙开裂","子滕志勇代为报送"\n'
        '"2","郜永福","屋面塌陷","低保户，妻邹秀英腿部轻伤"\n'
        '"3","冼国强","围墙倒塌","子女外出务工"\n'
    )
    got = found(text, {"name"})
    assert _span(text, "滕志勇") in got
    assert _span(text, "邹秀英") in got
    assert not any(text[s:e].startswith("女") for _k, s, e in got)


def test_a_party_s_side_is_no_kinship():
    text = "二、男方邹建国，住某镇正街18号；女方何丽萍，住某镇嘉陵路39号。\n"
    got = found(text, {"name"})
    assert not any(text[s] == "方" for _k, s, _e in got)
