"""Who signed or collected for another (代签：X, 代签人：X, 代领人：X) is a private person,
in a remarks cell of a tab export or in a line of prose; 代签收, 代签字 are no labels."""

from .spans import found, names

TSV = (
    "序号\t业主姓名\t房号\t备注\n"
    "001\t韦振华\t1栋2单元601\t代签：黎德福\n"
    "002\t覃丽\t6栋3单元201\t放弃，顺延\n"
    "003\t上官明\t2栋1单元301\t代签人：蒙秀英\n"
)
LINE = "补贴已发放，代领人：罗光明，与户主系父子关系。"
NEAR = "通知书已由村委会代签收。请本人代签字确认后交回。代签：县民政局\n"


def test_proxy_in_remarks_cell():
    got = found(TSV, ["name"])
    for person in names(TSV, "黎德福", "蒙秀英"):
        assert person in got


def test_collector_in_prose():
    assert found(LINE, ["name"]) == names(LINE, "罗光明")


def test_signing_words_without_person():
    assert found(NEAR, ["name"]) == []
