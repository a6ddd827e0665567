"""A one-sign kinship glued before a relative's name in a record's cell (子阿都木呷,
（女沙马尔呷）, 母令狐翠英) is cut off, also before a transliterated name of four
(anchoredcells ``_kin_led``, tables ``_KIN_SURNAME``); a cell whose first sign is a
surname that is also a kinship (孙丽华, 母国清) keeps its whole name."""

from .spans import found, names


def test_kin_glued_before_names_of_four_in_a_pipe_table():
    text = (
        "| 序号 | 姓名 | 身份证号码 | 家庭成员 | 住址 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 吉伍拉且 | 513431198203157715 | 妻阿苏莫日、子吉伍史哈 | 昭觉县比尔乡3组12号 |\n"
        "| 2 | 欧阳德贵 | 513431197611023412 | 妻龚丽、母上官秀芝（81岁） | 昭觉县比尔乡4组6号 |\n"
        "| 3 | 孙丽华 | 513431198807214420 | 夫母国清 | 昭觉县比尔乡5组2号 |\n"
    )
    got = found(text, ["name"])
    expect = names(
        text, "吉伍拉且", "阿苏莫日", "吉伍史哈", "欧阳德贵", "龚丽", "上官秀芝", "孙丽华", "母国清"
    )
    assert got == expect, got


def test_kin_in_a_note_after_a_phone_one_cell_a_line():
    for kin, name in (("子", "吉伍史哈"), ("女", "沙马尔呷"), ("子", "阿苏莫日")):
        text = (
            "附表：搬迁对象名单\n\n序号\n乡（镇）\n村\n组\n户主姓名\n公民身份号码\n人口\n联系电话\n"
            "1\n比尔乡\n木渣村\n2组\n阿的日哈\n513431197905233316\n4\n13908144012\n"
            f"2\n比尔乡\n木渣村\n2组\n勒格阿支\n513431198102146613\n3\n13908144517（{kin}{name}）\n"
            "3\n比尔乡\n木渣村\n3组\n"
        )
        got = found(text, ["name"])
        assert got == names(text, "阿的日哈", "勒格阿支", name), (kin, name, got)
