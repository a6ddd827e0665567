"""A mixed column of parties whose row says 自然人 or 个人 (issue 16): the cell is a
person's name there; a unit's row and other columns are left alone."""

from .spans import at, found


def _names(text):
    return {text[s:e] for _k, s, e in found(text, ["name"])}


def test_quoted_csv_register():
    text = (
        '"当事人名称","主体类别","信用代码","处罚决定书文号","处罚日期"\n'
        '"邬春来","自然人","","X市监罚〔2023〕12号","2023/05/01"\n'
        '"X县红星建材有限公司","法人及非法人组织","91130627MA0000000X","X市监罚〔2023〕13号","2023/05/02"\n'
        '"诸葛云飞","自然人","","X市监罚〔2023〕14号","2023/05/09"\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "邬春来") in got
    assert at(text, "name", "诸葛云飞") in got
    assert "X县红星建材有限公司" not in _names(text)


def test_tab_and_pipe_tables():
    tab = "序号\t相对人名称\t相对人类型\t处罚机关\n1\t牟秀云\t个人\t县交通运输局\n2\t平安物流部\t个体工商户\t县交通运输局\n"
    assert at(tab, "name", "牟秀云") in found(tab, ["name"])
    assert "平安物流部" not in _names(tab)
    pipe = (
        "| 序号 | 被处罚人姓名 | 类别 | 决定文号 |\n|---|---|---|---|\n"
        "| 1 | 鲁宏达 | 自然人 | 县综执罚〔2024〕3号 |\n"
    )
    assert at(pipe, "name", "鲁宏达") in found(pipe, ["name"])


def test_no_category_cell_no_name_from_this_rule():
    text = "名称,类别,文号\n县粮油公司,企业,罚〔2024〕1号\n城关供销社,集体,罚〔2024〕2号\n"
    assert _names(text) == set()
