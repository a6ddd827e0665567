"""Officials listed by post and office line (postcolumns, privfix20f): a table of towns'
leaders under 职务 and 办公电话 headers (副镇长, 党委副书记, 人大主席) acts in office, as does a
post assigned in prose ("办公室主任由X兼任"); a company's row, a row with an ID or a card,
and a person holding no post in prose stay names."""

from .spans import found, names

_HEAD = "乡镇（街道）　　责任人　　职务　　　　办公电话　　　　值班手机"
_ROWS = (
    "石桥镇　　　　卓文涛　　党委副书记　0571-6510012　　15305346120",
    "河口乡　　　　蓝海平　　副乡长　　　0571-6530216　　15305346121",
    "城东街道　　　莘国梁　　人大工委主任　0571-6221506　　15305346128",
)


def _got(text):
    return {text[s:e] for _k, s, e in found(text, {"name"})}


def test_towns_leaders_by_post_and_office_line_are_in_office():
    text = "各乡镇（街道）防汛责任人如下：\n\n" + "\n".join([_HEAD, *_ROWS]) + "\n"
    assert not {"卓文涛", "蓝海平", "莘国梁"} & _got(text)


def test_a_companys_row_and_a_pay_sheets_row_stay_names():
    rows = (
        "某某农机有限公司　卓文涛　　办公室主任　0571-6510012　　15305346120",
        "河口乡　　　　蓝海平　　副乡长　　　0571-6530216　　15305346121",
    )
    text = "责任人名单\n\n" + "\n".join([_HEAD, *rows]) + "\n"
    got = _got(text)
    assert "卓文涛" in got and "蓝海平" not in got
    head = "村名　　姓名　　职务　　身份证号码　　　　　　办公电话"
    row = "石门村　　韩立秋　　村委会主任　　110105198803157716　　0571-6510012"
    text = "村干部报酬发放表\n" + head + "\n" + row + "\n"
    assert "韩立秋" in _got(text)


def test_a_post_assigned_in_prose():
    text = (
        "县级总指挥：蓝海平（副县长），副总指挥：卓文涛（县政府办公室副主任）、"
        "郜明远（县生态环境分局局长）、莘国梁（县农业农村局局长）。"
        "指挥部办公室设在县生态环境分局，办公室主任由郜明远兼任。"
        "村民韩立秋反映秸秆焚烧问题，由韩立秋负责联络的说法不实。\n"
    )
    assert found(text, {"name"}) == names(text, "韩立秋", "韩立秋")
