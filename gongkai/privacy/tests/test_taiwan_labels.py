"""A Taiwan permit's eight digits under a person's bare 证件号码 label in a text about Taiwan
residents (taiwanlabels, privfix22d); elsewhere, under another number's label or as a count,
nothing."""

from .spans import at, found


def _form(tail="代办人证件号码：05814932"):
    return (
        "申请人姓名：郑明宏\n"
        "证件类型：台湾居民来往大陆通行证\n"
        "证件号码：05814930\n"
        "代办人：郑雅雯（孙女）\n"
        f"{tail}\n"
        "代办人电话：13712345678\n"
    )


def test_an_agents_document_number_is_a_permit():
    text = _form()
    got = found(text, {"permit"})
    assert got == [at(text, "permit", "05814930"), at(text, "permit", "05814932")]


def test_another_numbers_label_is_not():
    text = _form(tail="受理编号：05814932")
    assert found(text, {"permit"}) == [at(text, "permit", "05814930")]


def test_no_taiwan_in_the_text_no_permit():
    text = "监护人：韦德全\n监护人证件号码：05814932\n联系电话：13712345678\n"
    assert found(text, {"permit"}) == []


def test_officers_warrant_numbers_are_not():
    text = _form() + "执法人员：邓某、陈某    执法证件号：36072104、36072117\n"
    assert at(text, "permit", "36072104") not in found(text, {"permit"})
