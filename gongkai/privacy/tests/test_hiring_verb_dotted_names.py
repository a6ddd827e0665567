"""A dotted name read with the verb before it (并雇用X·Y, 先后聘用X·Y) starts after the verb;
a first part that merely holds such signs' neighbours stays whole (privfix26c, dottedverbs)."""

from .spans import at, found


def test_a_hiring_verb_before_a_dotted_name():
    text = (
        "　　二、经查，你与他人合伙在托里县铁厂沟镇以南无证开采煤炭，并雇用"
        "叶尔兰·吾拉孜别克、马占林等人作业，涉案煤炭约300吨。\n"
    )
    got = found(text, {"name"})
    assert at(text, "name", "叶尔兰·吾拉孜别克") in got
    assert not [g for g in got if text[g[1] : g[2]].startswith(("并", "雇"))]


def test_a_dotted_name_without_a_verb_is_left_whole():
    text = "　　当事人：阿依努尔·托合提（身份证号码：650102199003154320），联系电话13899452017。\n"
    assert at(text, "name", "阿依努尔·托合提") in found(text, {"name"})
