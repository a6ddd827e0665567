"""Columns under keys no table knows, decided by their values across the records and by
the records themselves (``keycolumns``): persons' names in persons' records, officials
and units' people left alone."""

from gongkai.privacy.keycolumns import key_columns
from gongkai.privacy.tests.spans import at, found, rid
from gongkai.privacy.xmltables import field_header

_IDS = [rid(f"4305211978{m:02d}1{m}{m:03d}") for m in range(1, 6)]


def test_json_lines_an_opaque_key_of_distinct_names_in_persons_records():
    people = [("龚德明", "覃秋菊"), ("闫国梁", "祝晓燕"), ("蒲学军", "晏春兰")]
    text = "".join(
        f'{{"no": {k}, "xm": "{a}", "sfzh": "{_IDS[k]}", "sjh": "1390731{k}456", '
        f'"pxr": "{b}", "cbr": "邝振华", "zt": "已审核"}}\n'
        for k, (a, b) in enumerate(people)
    )
    got = found(text, ["name"])
    for _a, b in people:
        assert at(text, "name", b) in got
    assert at(text, "name", "邝振华") not in got  # 承办人: the office's, and the same throughout


def test_xml_elements_a_list_cell_and_a_template_cue():
    rows = [
        ("符永昌", "学艺于梁德胜，1986年", "冼丽珍、柯海生"),
        ("容淑华", "学艺于岑国平，1990年", "韦小兵"),
        ("黎志坚", "学艺于钟伯涛，1979年", "巫美凤、甘建文、卓玉梅"),
    ]
    body = "".join(
        f"  <item><xm>{a}</xm><sfzh>{_IDS[k]}</sfzh><xyjl>{cue}</xyjl>"
        f"<tdmd>{pupils}</tdmd><tbdw>某县文化馆</tbdw><tbdw_lxr>梅志勇</tbdw_lxr></item>\n"
        for k, (a, cue, pupils) in enumerate(rows)
    )
    text = f'<?xml version="1.0"?>\n<data>\n{body}</data>\n'
    got = found(text, ["name"])
    for piece in (
        "梁德胜",
        "岑国平",
        "钟伯涛",
        "冼丽珍",
        "柯海生",
        "韦小兵",
        "巫美凤",
        "甘建文",
        "卓玉梅",
    ):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "梅志勇") not in got  # the reporting unit's contact


def test_keyed_csv_an_unknown_header_key():
    rows = [("欧春生", "骆凤英"), ("黄世杰", "阮桂香"), ("庞振东", "綦秀兰")]
    text = "xh,xm,sfzh,gyr,zt\n" + "".join(
        f"{k + 1},{a},{_IDS[k]},{b},已录入\n" for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for _a, b in rows:
        assert at(text, "name", b) in got, b


def test_a_json_array_of_names_also_in_a_company_record():
    text = (
        f'{{"kind": "person", "applicant": "韩立群", "id_no": "{_IDS[0]}", '
        '"authors": ["韩立群"], "handler": "葛春燕"}\n'
        f'{{"kind": "person", "applicant": "詹雪梅", "id_no": "{_IDS[1]}", '
        '"authors": ["詹雪梅", "鲍子健"], "handler": "葛春燕"}\n'
        '{"kind": "unit", "applicant": "某市精工机械有限公司", "authors": ["邬晓峰", "宁海涛"], '
        '"handler": "葛春燕"}\n'
    )
    got = found(text, ["name"])
    for piece in ("鲍子健", "邬晓峰", "宁海涛"):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "葛春燕") not in got


def test_a_staff_key_holding_its_own_id_is_the_persons():
    text = "".join(
        f'{{"jbr_xm": "{a}", "jbr_sfzh": "{_IDS[k]}", "cbdw": "某县河长办", "cbr": "邹国华"}}\n'
        for k, a in enumerate(("鄢志平", "甄月娥"))
    )
    got = found(text, ["name"])
    assert at(text, "name", "鄢志平") in got
    assert at(text, "name", "甄月娥") in got
    assert at(text, "name", "邹国华") not in got


def test_officials_under_an_unknown_key_in_units_records_stay_in_office():
    # a unit's record (its licence, its office phone): no private person's datum
    text = "".join(
        f'{{"dwmc": "某县{u}砂石有限公司", "xkzh": "XK2026{k:03d}", "bgdh": "0737-622{k}100", '
        f'"zfry": "{n}"}}\n'
        for k, (u, n) in enumerate((("宏达", "郑宏伟"), ("鑫源", "丁卫国"), ("顺通", "车建华")))
    )
    got = found(text, ["name"])
    for piece in ("郑宏伟", "丁卫国", "车建华"):
        assert at(text, "name", piece) not in got, piece


def test_a_role_s_mobile_makes_no_record_a_persons():
    # a farm company's record holds its vet's mobile: the legal representative is no
    # column of persons' names decided here
    records = [
        [
            ("entity_name", f"某县{u}牧业有限公司", 0),
            ("legal_rep", n, 100 * k),
            ("village_vet_mobile", f"1381234{k}678", 100 * k + 20),
        ]
        for k, (u, n) in enumerate((("田园", "喻建新"), ("丰收", "邓桂芝"), ("绿野", "仇国强")))
    ]
    assert key_columns(records, field_header) == []


def test_a_repeated_official_and_places_and_words_are_no_names():
    def record(k, staff, place, note):
        return [
            ("xm", "某人", 0),
            ("sfzh", _IDS[k], 10),
            ("zrys", staff, 100 * k + 40),  # the same two doctors down the column
            ("cm", place, 100 * k + 50),  # a village, no person
            ("bz", note, 100 * k + 60),
        ]

    records = [
        record(0, "苗建军", "石门村", "已核实"),
        record(1, "苗建军", "龙泉村", "待复核"),
        record(2, "谷玉兰", "新华村", "已核实"),
        record(3, "苗建军", "高坪村", "已核实"),
        record(4, "谷玉兰", "石门村", "待复核"),
    ]
    assert key_columns(records, field_header) == []
