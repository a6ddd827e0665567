"""A column of the craftsmen building each household's house (施工工匠) names persons like
any role's column (privfix20c, tables.ROLE_HEADER)."""

from .spans import found, names


def test_craftsmen_found():
    text = (
        "| 序号 | 户主姓名 | 改造类型 | 施工工匠（单位） |\n|---|---|---|---|\n"
        "| 1 | 郜永福 | 加固 | 庹明辉 |\n| 2 | 冼秀英 | 拆除重建 | 某县宏达建筑有限公司 |\n"
    )
    assert found(text, {"name"}) == names(text, "郜永福", "庹明辉", "冼秀英")
