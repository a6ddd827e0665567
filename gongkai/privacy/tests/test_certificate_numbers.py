"""A certificate's number built on its holder's ID (a valid ID's shape) under its own
column or key is that certificate's, not an ID (issue 16, docs144–149, ``certnumbers``):
tab, bar, quoted CSV, aligned, HTML with a two-row header, JSON and XML exports; real IDs
under 身份证号 / 证件号码 / 驾驶证号 / ``certNo`` stay marked. A field whose other values
mostly fail the ID check holds a serial; a format's sample is no ID. A Taiwan permit
under a party's 证件号码 on the line after its type."""

from gongkai.privacy import scan_html

from .spans import at, found

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id(body: str) -> str:
    """``body`` (17 digits) with its ID check character."""
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _W, strict=True)) % 11]


def _bad(body: str) -> str:
    """``body`` with a wrong check character."""
    good = _id(body)[-1]
    return body + ("0" if good != "0" else "1")


P1, C1 = _id("42010219830514302"), _id("42010219830514719")
P2, C2 = _id("42010219910203156"), _id("42010219910203448")
P3, C3 = _id("51010419770911082"), _id("51010419770911531")


def _ids(text):
    return found(text, ["id_card"])


def test_tab_table_certificate_column_beside_ids():
    text = (
        "序号\t姓名\t公民身份号码\t执业证书号\t执业机构\n"
        f"1\t周立新\t{P1}\t{C1}\t某某律师事务所\n"
        f"2\t何丽\t{P2}\t{C2}\t某某律师事务所\n"
    )
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]


def test_pipe_table_certificate_column_after_a_continued_page():
    text = (
        "| 序号 | 姓名 | 身份证号 | 上岗证编号 | 单位 |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | 周立新 | {P1} | {C1} | 某保安公司 |\n"
        "\n续表\n\n"
        f"| 2 | 何丽 | {P2} | {C2} | 某保安公司 |\n"
    )
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]


def test_quoted_csv_and_plain_csv_without_an_id_column():
    quoted = (
        '"序号","姓名","证件号码","资格证书号码"\n'
        f'"1","周立新","{P1}","{C1}"\n"2","何丽","{P2}","{C2}"\n'
    )
    assert _ids(quoted) == [at(quoted, "id_card", P1), at(quoted, "id_card", P2)]
    plain = f"序号,姓名,许可证号,手机\n1,周立新,{C1},13907361234\n2,何丽,{C2},13907362345\n"
    assert _ids(plain) == []


def test_aligned_columns():
    text = (
        " 序号  姓名    身份证号            培训合格证号        单位\n"
        f" 1     周立新  {P1}  {C1}  甲公司\n"
        f" 2     何丽    {P2}  {C2}  乙公司\n"
    )
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]


def test_html_header_over_two_rows():
    html = (
        "<table><thead><tr><th rowspan='2'>序号</th><th colspan='2'>基本信息</th>"
        "<th colspan='2'>证书信息</th></tr>"
        "<tr><th>姓名</th><th>身份证号码</th><th>资格证号</th><th>发证日期</th></tr></thead>"
        f"<tbody><tr><td>1</td><td>周立新</td><td>{P1}</td><td>{C1}</td><td>2024-05-01</td></tr>"
        f"<tr><td>2</td><td>何丽</td><td>{P2}</td><td>{C2}</td><td>2024-06-01</td></tr>"
        "</tbody></table>"
    )
    got = [f for f in scan_html(html, allow=[], expressions=False) if f.type == "id_card"]
    assert [html[f.start : f.end] for f in got] == [P1, P2]


def test_documents_numbered_by_the_holders_id_stay_ids():
    text = f"序号\t姓名\t驾驶证号\t居住证号码\n1\t周立新\t{P1}\t{P2}\n"
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]


def test_export_keys():
    text = (
        f'{{"name": "周立新", "id_no": "{P1}", "qual_cert_no": "{C1}"}}\n'
        f'{{"name": "何丽", "idCard": "{P2}", "practiceLicenseNo": "{C2}"}}\n'
        f'{{"name": "王强", "certNo": "{P3}", "driverLicenseNo": "{C3}"}}\n'
    )
    assert _ids(text) == [
        at(text, "id_card", P1),
        at(text, "id_card", P2),
        at(text, "id_card", P3),
        at(text, "id_card", C3),
    ]


def test_xml_certificate_tag_and_a_serial_field():
    text = (
        "<list>\n"
        f"<rec><xm>周立新</xm><sfzh>{P1}</sfzh><zgzh>{C1}</zgzh>"
        f"<slbh>{_bad('42010220250301001')}</slbh></rec>\n"
        f"<rec><xm>何丽</xm><sfzh>{P2}</sfzh><slbh>{_bad('42010220250302002')}</slbh></rec>\n"
        f"<rec><xm>王强</xm><sfzh>{P3}</sfzh><slbh>{_id('42010220250303003')}</slbh></rec>\n"
        f"<rec><slbh>{_bad('42010220250304004')}</slbh></rec>\n"
        "</list>\n"
    )
    assert _ids(text) == [
        at(text, "id_card", P1),
        at(text, "id_card", P2),
        at(text, "id_card", P3),
    ]


def test_a_formats_sample():
    sample = _id("11010519900101123")
    text = f"查询时输入证号（如{sample}格式）即可；申请人身份证号{P1}。"
    assert _ids(text) == [at(text, "id_card", P1)]


def test_taiwan_permit_under_a_partys_number_key():
    text = (
        "受让方：林志明（台湾居民）\n受让方证件类型：台湾居民来往大陆通行证\n"
        "受让方证件号码：07356281\n受让方手机：13907361234\n"
    )
    assert found(text, ["permit"]) == [at(text, "permit", "07356281")]


def test_header_without_a_number_word_and_split_over_two_rows():
    text = (
        "序号\t姓名\t身份证\t从业资格证\n"
        f"1\t周立新\t{P1}\t{C1}\n"
        "\n序号\t姓名\t公民身份\t资格证书\n\t\t号码\t编号\n"
        f"2\t何丽\t{P2}\t{C2}\n"
    )
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]


def test_pinyin_initials_keys():
    text = (
        f'{{"xm": "周立新", "sfzh": "{P1}", "cyzgzh": "{C1}"}}\n'
        f'{{"xm": "何丽", "gmsfhm": "{P2}", "zyzsbh": "{C2}"}}\n'
    )
    assert _ids(text) == [at(text, "id_card", P1), at(text, "id_card", P2)]
