"""A household members' cell saying the household has no other member (独居, 单身, 孤寡,
无子女) is no name (cellpersons ``NOT_NAMES``); the members named in the other rows, and a
person whose name begins with such a character, stay findings."""

from .spans import found, names

_ROWS = [
    ("苗德順", "独居"),
    ("卓桂芬", "韦建国、韦小燕"),
    ("石秋生", "单身"),
    ("窦兰英", "孤寡"),
    ("单志华", "单晓玲"),
    ("居美霞", "无子女"),
]


def _table(sep):
    lines = [sep.join(["序号", "户主姓名", "家庭成员", "人口", "备注"])]
    for n, (head, members) in enumerate(_ROWS):
        lines.append(sep.join([str(n + 1), head, members, "1", "已转移"]))
    return "\n".join(lines) + "\n"


def test_status_words_in_a_members_column_are_no_names():
    for sep in (",", "\t", "|"):
        text = _table(sep)
        expect = names(
            text,
            "苗德順",
            "卓桂芬",
            "韦建国",
            "韦小燕",
            "石秋生",
            "窦兰英",
            "单志华",
            "单晓玲",
            "居美霞",
        )
        assert found(text, ["name"]) == expect, sep
