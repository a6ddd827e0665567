"""A name followed by the writer's relation in brackets (issue 16, docs66's mail export):
"申请查阅X（我的父亲）的档案", "X（系我母亲）", "X（本人之子）"; a place or a unit with a
bracketed note of the writer's is no name."""

from .spans import found, missing_names


def test_names_before_the_writers_relation():
    text = (
        "我想申请查阅韦振林（我的父亲）在贵馆保存的档案。\n"
        "请协助调取夏侯春生（我的祖父）的知青档案；另需邬桂英(系我母亲)的招工表。\n"
        "代为查询栾春萍（本人之女）的学籍档案，凌翠兰（是我姐姐）同意。\n"
    )
    assert not missing_names(text, "韦振林", "夏侯春生", "邬桂英", "栾春萍", "凌翠兰")


def test_places_and_units_with_the_writers_note_are_left_alone():
    text = "我想查阅本县（我的家乡）的档案，联系县档案馆（我的单位）或第三中学（我的母校）。\n"
    assert found(text, ["name"]) == []
