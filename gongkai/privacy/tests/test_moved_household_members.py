"""A column of the household members who move, live or are resettled with the head
("共同搬迁家庭成员", "随迁家庭成员") holds persons; a category of households written as
a cell ("低保家庭成员", "零就业家庭成员") heads no column."""

import pytest

from gongkai.privacy.tables import _column_kind

from .spans import missing_names


@pytest.mark.parametrize(
    "header", ["共同搬迁家庭成员", "随迁家庭成员", "安置家庭成员", "同户家庭成员"]
)
@pytest.mark.parametrize("joiner", ["<br>", "、"])
@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_members_moving_with_the_head_are_persons(header, joiner, sep):
    rows = [
        ["序号", "户主", "搬迁人口", header, "原住址"],
        ["1", "韦德昌", "3", f"蓝秀英（妻）{joiner}韦小勇（长子）", "弄怀村上屯12号"],
        ["2", "黄志坚", "2", "农丽萍（妻）", "弄怀村下屯5号"],
    ]
    text = "\n".join(sep.join(r) for r in rows) + "\n"
    if sep == " | ":
        text = "\n".join("| " + line + " |" for line in text.splitlines()) + "\n"
        text = text.replace("\n", "\n|---|---|---|---|---|\n", 1)
    assert missing_names(text, "韦德昌", "蓝秀英", "韦小勇", "农丽萍") == []


@pytest.mark.parametrize("cell", ["低保家庭成员", "零就业家庭成员", "困难家庭成员", "搬迁户数"])
def test_a_category_of_households_heads_no_name_column(cell):
    assert _column_kind(cell) != "name"
