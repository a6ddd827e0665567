"""Issue 16, the forty-sixth held-out batch: a row of spaced fields — a name, the sex,
the age, the home ("X　男　90岁　…镇新街112号") — as a notice board or a Word list writes
the aged, and a household's size before its home in brackets ("X（3人户，…）")."""

from __future__ import annotations

from .spans import at, found


def test_a_name_sex_age_and_home_in_spaced_fields():
    text = (
        "高龄津贴新增人员：\n"
        "闫春花　女　90岁　长乐镇东大街37号\n"
        "熊大有  男  80周岁  长乐镇西街8号附2号\n"
        "庞桂英\t女\t100岁\t长乐社区5组11号\n"
    )
    got = found(text)
    for piece in ("闫春花", "熊大有", "庞桂英"):
        assert at(text, "name", piece) in got, piece
    for piece in ("长乐镇东大街37号", "长乐镇西街8号附2号", "长乐社区5组11号"):
        assert at(text, "address", piece) in got, piece


def test_a_households_size_in_the_bracket_before_its_home():
    text = "本月新增：周秀兰（2人户，长乐镇南街15号）、邓启明（1人户，长乐社区3组20号）。"
    got = found(text)
    assert at(text, "address", "长乐镇南街15号") in got
    assert at(text, "address", "长乐社区3组20号") in got


def test_offices_with_a_count_or_a_street_alone_stay_out():
    text = (
        "办理地点：\n"
        "长乐镇便民服务中心　长乐镇东大街1号\n"
        "民政办　男　女　均可咨询\n"
        "共计3人户，长乐镇东大街1号统一发放。\n"
    )
    got = found(text)
    assert [k for k, s, e in got if k in ("name", "address")] == []
