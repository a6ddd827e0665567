"""Taiwan permits under a document-number column of a delimited table (issue 16)."""

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_tab_export_with_resident_kind_in_another_column():
    text = (
        "名单\n"
        "序号\t姓名\t居民类别\t来往内地（大陆）通行证号码\t受理日期\n"
        "1\t某某\t香港居民\tH1234567801\t2026-08-02\n"
        "2\t某甲\t台湾居民\t04418263\t2026-08-15\n"
        "3\t某乙\t台湾居民\t1037642911\t2026-08-15\n"
        "4\t某丙\t澳门居民\t20261234\t2026-08-15\n"
    )
    got = permits(text)
    assert at(text, "permit", "04418263") in got
    assert at(text, "permit", "1037642911") in got
    assert at(text, "permit", "20261234") not in got  # a Macao resident's row


def test_semicolon_and_pipe_exports_with_document_kind_cell():
    for sep in (";", " | ", ","):
        head = sep.join(["序号", "证件类别", "作废原因", "证件号码", "日期"])
        row1 = sep.join(["1", "台湾居民来往大陆通行证", "遗失", "06138427", "2026-10-22"])
        row2 = sep.join(["2", "普通护照", "遗失", "20261022", "2026-10-23"])
        text = f"{head}\n{row1}\n{row2}\n"
        assert permits(text) == [at(text, "permit", "06138427")], sep


def test_taiwan_in_header_marks_every_row():
    text = "姓名\t台胞证号码\t住所\n某某\t05512873\t某地\n某乙\t0961834701\t某地\n"
    assert permits(text) == [at(text, "permit", "05512873"), at(text, "permit", "0961834701")]


def test_near_misses_in_columns():
    texts = [
        # a vehicle pass column, Taiwan named in the row
        "序号\t车牌\t货车通行证号\t备注\n1\t某A\t20240156\t台湾客商\n",
        # no Taiwan anywhere in the rows
        "通行证登记\n序号\t姓名\t证件号码\t备注\n1\t某某\t12345678\t香港居民\n台湾居民另表\n",
        # a column of another number (受理编号) beside a Taiwan row
        "通行证领取登记\n序号\t居民类别\t受理编号\t备注\n1\t台湾居民\t20261101\t已领\n",
        # the table ended: a later line with another width
        "序号\t台胞证号码\t备注\n1\t05512873\t无\n办理日期 20261101，台湾 通行证\n",
    ]
    for text in texts:
        got = permits(text)
        assert all(text[s:e] != "20240156" and text[s:e] != "12345678" for _, s, e in got), text
        assert all(text[s:e] != "20261101" for _, s, e in got), text
