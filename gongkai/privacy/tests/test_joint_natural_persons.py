"""Joint parties in one cell of an enforcement register's mixed column, where the row's
category says 自然人: each piece is a person's name (two co-owners fined together);
a unit's row keeps its cell clean (privfix16je)."""

from .spans import found, names

QUOTED = (
    '"行政相对人名称","行政相对人类别","统一社会信用代码","证件类型","处罚内容"\n'
    '"隗平、庾秀云","自然人","","身份证","罚款人民币伍佰元"\n'
    '"宏达出租屋管理、河西物业","法人及非法人组织","91340825MA2TX1234","","警告"\n'
)

TSV = (
    "当事人名称\t当事人类别\t违法行为\t处罚结果\n"
    "郦强，郦小燕\t个人\t群租房隔断\t罚款\n"
    "南山茶社\t个体工商户\t未配灭火器\t警告\n"
)


def test_two_co_owners_in_a_quoted_csv():
    assert found(QUOTED, ["name"]) == names(QUOTED, "隗平", "庾秀云")


def test_two_persons_in_a_tab_register():
    assert found(TSV, ["name"]) == names(TSV, "郦强", "郦小燕")
