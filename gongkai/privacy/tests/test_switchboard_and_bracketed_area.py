"""A landline ending in 转 (with or without a desk's extension) is a switchboard; a
bracketed area code's local part is not read alone (issue 16)."""

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


def test_extension_after_transfer_is_a_switchboard_too():
    # settled convention: a number put through to a desk (转/分机 and an extension) is a
    # switchboard's, the unit's, even in a person's row
    for tel in ("0755-26837104转203", "（0431）83610000 转 8", "0431-83610000分机12"):
        text = _table(tel)
        assert phones(text) == [], tel
    text = _table("（0431）83610000")
    assert phones(text) == [at(text, "landline", "（0431）83610000")]


def test_switchboard_beside_a_persons_home_number_in_every_layout():
    rows = (
        "姓名\t家庭电话\t联络员\t联络员电话\n龚永强\t0570-8446060\t饶建辉\t0570-8429680转825\n",
        '"姓名","住址","联系电话"\n"何秀兰","7幢1单元1302室","单位0874-7239667转225"\n'
        '"唐立新","3幢2单元801室","0874-7231185"\n',
        "| 姓名 | 宅电 | 工作单位电话 |\n|---|---|---|\n| 蒋振华 | 0379-23219489 | 0379-62345678转301 |\n",
        "信访人：伊棠；住址：新丰街道秀水华庭19幢2003室；预留电话：0573-84541231转846。\n",
    )
    homes = ("0570-8446060", "0874-7231185", "0379-23219489", None)
    for text, home in zip(rows, homes, strict=True):
        expected = [at(text, "landline", home)] if home else []
        assert phones(text) == expected, text


def test_csv_row_switchboard():
    text = "姓名,身份证号,联系电话\n某乙,110101199003071234,0539-2611820转\n"
    assert phones(text) == []
