"""Issue 16 (privfix27c): a dotted name with a part of six signs (阿不都热合曼) filling a
field's value or a cell; ``dotted_names`` reads parts of five signs only.
Near misses: a slogan's dotted run, a run after an office's label, a run in a sentence."""

from __future__ import annotations

from .spans import found, names


def test_a_member_field_with_a_long_part():
    text = (
        "联系电话：13899176543\n"
        "家庭成员2：阿不都克力木·买买提｜父亲｜务农\n"
        "家庭成员3：古再丽努尔·阿不都沙拉木｜姐姐｜在读\n"
    )
    assert found(text, ("name",)) == names(text, "阿不都克力木·买买提", "古再丽努尔·阿不都沙拉木")


def test_a_table_cell():
    text = "序号\t姓名\t关系\t电话\n1\t阿不都热西提·艾力\t户主\t13899176543\n"
    assert names(text, "阿不都热西提·艾力")[0] in found(text, ("name",))


def test_near_misses_stay():
    text = (
        "联系电话：13899176543\n"
        "活动主题：绿水青山·美丽乡村建设\n"
        "经办人：阿不都热合曼·依明\n"
        "我们到了阿不都热合曼·依明家中走访\n"
    )
    got = found(text, ("name",))
    assert names(text, "阿不都热合曼·依明")[0] not in got
    assert all(text[s:e] != "绿水青山·美丽乡村建设" for _, s, e in got)
