"""Taiwan permits (8 or 10 digits) with a key, a sentence or more cells between (issue 16)."""

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_json_record_key_between_type_and_number():
    text = (
        '{"xm": "某某", "zjzl": "台湾居民来往大陆通行证", "zjhm": "05512873", "bz": ""}\n'
        '{"xm": "某某", "zjzl": "居民身份证", "zjhm": "", "bz": "20230101"}\n'
    )
    assert permits(text) == [at(text, "permit", "05512873")]


def test_xml_and_key_value_forms():
    xml = "<zjlx>台胞证</zjlx><zjhm>1023456789</zjhm><rq>20240315</rq>"
    assert permits(xml) == [at(xml, "permit", "1023456789")]
    kv = "证件类型：台湾居民来往大陆通行证  证件号码：04418260  登记日期：20240315"
    assert permits(kv) == [at(kv, "permit", "04418260")]


def test_prose_names_taiwan_before_the_pass():
    text = (
        "该酒店接待台籍旅客某某（通行证号码：31840275）后未登记；"
        "另接待香港居民某某，通行证号码H12345678。"
    )
    assert at(text, "permit", "31840275") in permits(text)
    assert ("permit", text.index("H12345678"), text.index("H12345678") + 9) in permits(text)


def test_later_cells_of_the_same_shape_in_one_row():
    for sep in ("\t", " | ", ","):
        row = sep.join(["2", "某某", "台湾居民来往大陆通行证", "03381249", "09917364", "通过"])
        assert permits(row) == [at(row, "permit", "03381249"), at(row, "permit", "09917364")]


def test_near_misses_stay_unmarked():
    texts = [
        "货车通行证编号：20240156，有效期至20241231。",
        "台账通行证 20240017 号已收回。",
        "台湾同胞来访3批；香港居民某某（通行证号码 12345678）另案处理。",
        "台胞证办理窗口电话 0592 5123456",
    ]
    for text in texts:
        assert permits(text) == [], text


def test_number_cell_before_the_type_cell():
    for sep in (",", "\t", " | "):
        row = sep.join(["1", "01234567", "台湾居民来往大陆通行证", "某某"])
        assert permits(row) == [at(row, "permit", "01234567")], sep
    text = '"2","1023456789","台胞证","某某"'
    assert permits(text) == [at(text, "permit", "1023456789")]
