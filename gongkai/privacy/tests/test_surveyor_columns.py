"""The surveyors of an inspection body by their column's header (``surveyorcols``,
privfix26a): in office; the rows' owners keep their names, and a 检验 column of no persons
or a trade noted in a person's own cell changes nothing."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4211261968{m:02d}1{m}{m:03d}") for m in range(1, 7)]


def test_csv_ship_register_a_surveyor_column_and_a_cell_of_two():
    rows = [
        ("柯德旺", "冼国栋"),
        ("伍秀莲", "冼国栋"),
        ("麦长发", "冼国栋、区志远"),
        ("梁水生", "区志远"),
    ]
    text = "序号,船名,所有人,身份证号码,手机号码,检验类别,验船师,结论\n" + "".join(
        f"{k + 1},粤江门货{k}71,{a},{_IDS[k]},1362208{k}517,年度检验,{b},合格\n"
        for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "冼国栋") not in got
    assert at(text, "name", "区志远") not in got
    assert not [g for g in got if text[g[1] : g[2]] in ("冼国栋", "区志远")]


def test_tab_vehicle_register_an_inspector_column_with_its_signature_note():
    rows = [("滕玉梅", "欧阳建"), ("郎青山", "欧阳建"), ("贝永发", "甘泽民")]
    text = "序号\t车主姓名\t身份证号\t联系电话\t检验员（签名）\t检验日期\n" + "".join(
        f"{k + 1}\t{a}\t{_IDS[k]}\t1594471{k}306\t{b}\t2023-0{k + 1}-12\n"
        for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "欧阳建") not in got
    assert at(text, "name", "甘泽民") not in got


def test_pipe_table_a_ship_inspector_column():
    rows = [("蒲永清", "祁海涛"), ("苟大贵", "祁海涛"), ("鞠春兰", "晏立新")]
    text = "| 编号 | 船舶所有人 | 身份证号 | 电话 | 船检员 |\n|---|---|---|---|---|\n" + "".join(
        f"| C{k + 1} | {a} | {_IDS[k]} | 1387720{k}645 | {b} |\n" for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "祁海涛") not in got
    assert at(text, "name", "晏立新") not in got


def test_near_misses_an_inspection_column_of_no_persons_and_a_trade_in_a_persons_cell():
    text = (
        "序号,姓名,身份证号,工作单位,检验类别,检验结论\n"
        f"1,储明辉,{_IDS[0]},市疾病预防控制中心（检验师）,初次检验,合格\n"
        f"2,韩秀芝,{_IDS[1]},县人民医院,年度检验,合格\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "储明辉") in got
    assert at(text, "name", "韩秀芝") in got
    # a column of persons of their own kind, under a header that is no surveyor's
    text = "序号\t申请人\t身份证号\t代办人\n" + "".join(
        f"{k + 1}\t{a}\t{_IDS[k]}\t{b}\n"
        for k, (a, b) in enumerate([("龚德胜", "邝玉华"), ("瞿金凤", "邝玉华")])
    )
    got = found(text, ["name"])
    assert at(text, "name", "龚德胜") in got
    assert at(text, "name", "邝玉华") in got
