"""Records of a JSON export: each flat object a row, its keys the column headers."""

from .spans import at, found, rid


def test_pinyin_keys_make_a_record_of_a_person():
    card = rid("41152219800304123")
    text = (
        '{"header": {"dw": "某县民政局", "lxr": "钱卫东", "lxdh": "0376-1234567"},\n'
        ' "rows": [\n'
        f'  {{"xuhao": 1, "xingming": "闵海霞", "zjhm": "{card}", "xzz": "城关镇南街12号"}},\n'
        '  {"xuhao": 2, "xingming": "滕立新", "zjhm": null, "bz": "迁出"}\n'
        " ]}\n"
    )
    got = found(text, ["name", "id_card", "address"])
    assert at(text, "name", "闵海霞") in got
    assert at(text, "name", "滕立新") in got
    assert at(text, "address", "城关镇南街12号") in got
    # the sender's contact in the file's head acts in office
    assert at(text, "name", "钱卫东") not in got


def test_chinese_and_english_keys_in_records():
    text = '[{"姓名": "柴永红", "备注": "新增"}, {"name": "Tom", "realName": "骆春生"}]\n'
    got = found(text, ["name"])
    assert at(text, "name", "柴永红") in got
    assert at(text, "name", "骆春生") in got


def test_json_of_units_and_words_leaves_no_person():
    text = (
        '{"data": [{"dwmc": "某某农业合作社", "code": "A12"},'
        ' {"title": "公告", "status": "已发布", "author": "办公室"}]}\n'
    )
    assert found(text, ["name"]) == []
