"""A note of the line's use before a phone; how a person came is no unit's cell (issue 16)."""

from .spans import at, found


def phones(text):
    return found(text, ["mobile", "landline"])


def test_note_between_label_and_number_makes_the_office_line():
    for text in (
        "镇农经站联络员：某某，手机（工作专线）13812345678。",
        "联系人：某某　电话（办公）：0734-8123456",
        "经办：某某，移动电话(值班)13987654321，请工作时间联系。",
    ):
        assert phones(text) == [], text


def test_a_persons_own_note_keeps_the_number():
    text = "申请人：某某，身份证号110101199003071234，手机（本人）13812345678。"
    assert at(text, "mobile", "13812345678") in phones(text)


def _rows(method):
    head = "编号  姓名      身份证号            固定电话       认证方式\n"
    rows = [
        ("01", "某甲", "0539-2611820"),
        ("02", "某乙", "0539 2637015"),
        ("03", "某丙", "(0539)2613472"),
    ]
    body = "".join(
        f"{n}    {who}    110101199003071234  {tel}   {method}\n" for n, who, tel in rows
    )
    return head + body


def test_how_the_person_came_is_no_units_cell():
    for method in ("本人到站", "亲自到所", "上门认证", "委托家属到局"):
        text = _rows(method)
        got = phones(text)
        for tel in ("0539-2611820", "0539 2637015", "(0539)2613472"):
            assert at(text, "landline", tel) in got, (method, tel)


def test_units_cell_after_the_number_still_the_units():
    text = "序号,单位,联系电话,备注\n1,某镇,0539-2611820,镇民政所\n2,某乡,0539-2637015,乡卫生院\n"
    assert phones(text) == []
