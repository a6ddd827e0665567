"""A landline ending in a bare 转 is a switchboard; a bracketed area code's local part is
not read alone (issue 16)."""

from .spans import at, found


def phones(text):
    return found(text, ["landline"])


def _table(tel):
    return (
        "序号  姓名    身份证号            所属单位          联系电话\n"
        f"1     某甲    110101199003071234  某某出租车服务站  {tel}\n"
    )


def test_bare_transfer_sign_is_a_switchboard():
    for tel in ("（0431）83610000转", "0431-83610000转", "(0431)83610000 转"):
        text = _table(tel)
        assert phones(text) == [], tel


def test_extension_after_transfer_stays_a_persons_number():
    for tel, span in (
        ("0755-26837104转203", "0755-26837104"),
        ("（0431）83610000", "（0431）83610000"),
    ):
        text = _table(tel)
        assert phones(text) == [at(text, "landline", span)], tel


def test_csv_row_switchboard():
    text = "姓名,身份证号,联系电话\n某乙,110101199003071234,0539-2611820转\n"
    assert phones(text) == []
