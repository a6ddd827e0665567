"""Issue 16, the forty-sixth held-out batch: residents appointed as the heads of a
building or a staircase (楼栋长, 单元长) named right after the role, in 、 lists whose
items a rare surname left unknown, and in lists given "in turn" (依次为, 分别是)."""

from __future__ import annotations

from .spans import found, names


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_a_building_head_and_staircase_heads_after_their_roles():
    text = "5栋：楼栋长郑海涛（13912345678）；单元长冯秀英、蒋国平。\n"
    assert set(names(text, "郑海涛", "冯秀英", "蒋国平")) <= set(found(text, ["name"]))


def test_a_staircase_head_before_a_note_and_a_tibetan_name_whole():
    text = "西区9栋：楼栋长扎西顿珠（住本栋，电话18012345678）；单元长韩桂兰（兼）。"
    assert {"扎西顿珠", "韩桂兰"} <= set(_names(text))


def test_a_list_in_turn_after_the_role_with_an_unknown_surname_skipped():
    text = "南区15至18栋楼栋长依次为邹大勇、历红霞、侯宝林、宋秀珍，电话依次为13800001111、13800002222。"
    got = _names(text)
    assert {"邹大勇", "侯宝林", "宋秀珍"} <= set(got)
    text = "候选业主分别是罗建军、胡春燕。"
    assert {"罗建军", "胡春燕"} <= set(_names(text))


def test_not_names_after_the_words_of_a_building():
    for text in (
        "2单元长期漏水，3单元长江路一侧需加装护栏。",
        "楼栋长依次为本楼住户推选产生，单元长、楼长由居民小组推荐。",
        "各单元长依次为各单元推选，报社区备案。",
    ):
        assert _names(text) == [], text


def test_a_person_after_a_cue_keeps_the_word_after_the_name_out():
    text = "邻居邵文斌家（3号楼）漏水至楼下。"
    assert "邵文斌家" not in _names(text)
