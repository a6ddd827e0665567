"""A verb of two characters glued before a dotted name (issue 16, privfix18e): "委托叶尔兰·努尔兰
代领" names 叶尔兰·努尔兰; a name that only begins like such a word is left whole."""

from .spans import at, found

ROWS = (
    "序号\t姓名\t身份证号\t备注\n"
    "1\t古丽米拉·巴合提\t654021198006224762\t委托别克·吐尔逊代领\n"
    "2\t王秀英\t330328198604114929\t委托阿依努尔·买买提代领\n"
)


def test_verb_before_dotted_name_is_cut():
    got = found(ROWS, ["name"])
    assert at(ROWS, "name", "别克·吐尔逊") in got
    assert at(ROWS, "name", "阿依努尔·买买提") in got
    assert not any(ROWS[s:e].startswith(("委托", "授权")) for _k, s, e in got)
