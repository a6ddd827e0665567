"""Role words of estates and grids (楼栋长, 单元长, 网格长, 片长) are no persons' names, though
their first character is a surname: in a title's list, a column of roles or prose."""

from gongkai.privacy.validators import plausible_name

from .spans import found, names

ALIGNED = (
    "幸福里小区楼栋长、单元长名单\n\n"
    " 序号  楼栋  姓名      职务    联系电话\n"
    " 1     3栋   韦振华    楼栋长  13907714521\n"
    " 2     5栋   欧阳敏    单元长  15977012233\n"
)
PIPE = (
    "第三网格网格长、楼长公示\n"
    "| 姓名 | 职责 | 手机 |\n"
    "| --- | --- | --- |\n"
    "| 覃美玲 | 网格长 | 13607710001 |\n"
    "| 黎德福 | 楼长 | 18977045566 |\n"
)
PROSE = "经居民推选，由单元长、楼栋长组成议事小组，定期收集群众意见。"


def test_role_column_aligned_keeps_persons_only():
    assert found(ALIGNED, ["name"]) == names(ALIGNED, "韦振华", "欧阳敏")


def test_role_column_pipe_keeps_persons_only():
    assert found(PIPE, ["name"]) == names(PIPE, "覃美玲", "黎德福")


def test_role_words_in_prose_no_names():
    assert found(PROSE, ["name"]) == []


def test_plausible_name_rejects_heads_not_persons():
    for word in ("楼栋长", "单元长", "网格长", "单片长", "楼组长"):
        assert not plausible_name(word), word
    # near misses: persons whose given name ends in 长 or holds a unit's character
    for person in ("李德长", "王元芳", "陈栋梁", "张长林"):
        assert plausible_name(person), person
