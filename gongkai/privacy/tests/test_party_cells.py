"""A landline after a party's mobile in the party's contact cell (partycells, privfix22d):
the party's when the party's cell holds a name, though the row names a company; nothing
added when the party's cell is an organisation's or the column is named after no party."""

from .spans import at, found

_HEAD = (
    "| 序号 | 中介机构名称 | 投诉人/当事人 | 投诉人联系方式 | 处理结果 |\n|---|---|---|---|---|\n"
)


def test_landline_after_the_mobile_of_a_named_party():
    text = (
        _HEAD
        + "| 7 | 某市宜家房地产经纪有限公司 | 柏秀兰 | 13912345670，0572-2150001 | 责令退还 |\n"
    )
    assert found(text, {"mobile", "landline"}) == [
        at(text, "mobile", "13912345670"),
        at(text, "landline", "0572-2150001"),
    ]


def test_party_that_is_a_unit_adds_nothing():
    text = (
        _HEAD
        + "| 7 | 某市宜家房地产经纪有限公司 | 某街道综合执法队 | 13912345670，0572-2150001 | 责令退还 |\n"
    )
    assert at(text, "landline", "0572-2150001") not in found(text, {"landline"})


def test_plain_contact_column_adds_nothing():
    text = (
        "| 序号 | 中介机构名称 | 当事人 | 联系方式 | 处理结果 |\n|---|---|---|---|---|\n"
        "| 7 | 某市宜家房地产经纪有限公司 | 柏秀兰 | 13912345670，0572-2150001 | 责令退还 |\n"
    )
    assert at(text, "landline", "0572-2150001") not in found(text, {"landline"})
