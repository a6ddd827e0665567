"""Names missed for their structure (issue 16, privfix16qd): a role's holder with their own
identity number, a staff's key beside the same holder's identity number, a header naming a
person before another field, names one a line with a note, 向 in a given name."""

import json

from gongkai.privacy.validators import id_check_char

from .spans import at, found, names


def _id(first17):
    return first17 + id_check_char(first17)


ID1 = _id("43052119780412301")
ID2 = _id("51072319850923462")
ID3 = _id("37142519691130105")


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


# --- a role's holder given their own identity number after a comma --------------------
def test_a_post_holder_with_their_own_identity_number_is_a_person():
    prose = f"三、河口村：葛玉兰，女，手机13907312245；联络员田世忠，身份证号{ID1}，男，手机13873120456。"
    assert at(prose, "name", "田世忠") in found(prose, ["name"])
    row = f"（二）护林员祁长春，公民身份号码{ID2}，住青石镇石门村4组"
    assert at(row, "name", "祁长春") in found(row, ["name"])
    item = f"协管员罗文华，身份证号{ID3}，男，手机13873125566。"
    assert at(item, "name", "罗文华") in found(item, ["name"])


def test_a_company_or_a_bare_id_label_is_no_holder():
    plain = f"经核对，相关身份证号{ID2}，信息一致。"
    assert _names(plain) == []


# --- an export's staff key beside the same holder's identity number ---------------------
def test_a_staff_key_with_its_holders_id_beside_it_holds_a_person():
    rec = {
        "code": "F-2026-017",
        "entity_name": "某县绿野家庭农场",
        "operator": "钟立华",
        "operator_idno": ID1,
        "operator_mobile": "13807314421",
    }
    text = json.dumps(rec, ensure_ascii=False)
    assert at(text, "name", "钟立华") in found(text, ["name"])
    camel = json.dumps(
        {
            "applyNo": "A-88",
            "handler": "邬桂芬",
            "handlerIdCard": ID2,
            "handlerPhone": "13975120098",
        },
        ensure_ascii=False,
    )
    assert at(camel, "name", "邬桂芬") in found(camel, ["name"])


def test_a_staff_key_without_a_held_id_stays_the_offices():
    text = "\n".join(
        json.dumps(r, ensure_ascii=False)
        for r in (
            {"owner": "黎春梅", "idno": ID3, "operator": "程国栋", "operator_id": "U1023"},
            {"owner": "柏文斌", "idno": ID2, "operator": "程国栋", "operator_dept": "县农业农村局"},
        )
    )
    got = _names(text)
    assert "黎春梅" in got and "柏文斌" in got
    assert "程国栋" not in got


# --- a header naming a person before another field ------------------------------------
def test_a_person_before_the_relation_in_a_header_keeps_the_name():
    tab = (
        "序号\t户主\t身份证号\t补助金额\t领款人\t代领人及关系\t联系电话\n"
        f"1\t黎春梅\t{ID3}\t400\t邹国强\t邹国强（子）\t13907311234\n"
        f"2\t柏文斌\t{ID2}\t320\t柏文斌\t\t13907315678\n"
    )
    assert at(tab, "name", "邹国强（子）"[:3], tab.index("（子）") - 3) in found(tab, ["name"])
    pipe = (
        "| 序号 | 学生姓名 | 监护人及联系方式 | 学校 |\n|---|---|---|---|\n"
        "| 1 | 覃小雨 | 覃建军 13975121234 | 城关小学 |\n"
        "| 2 | 龙思远 | 龙海波 13975125678 | 城关小学 |\n"
    )
    assert set(names(pipe, "覃建军", "龙海波")) <= set(found(pipe, ["name"]))


def test_a_header_of_another_field_alone_still_reads_no_name():
    tab = f"序号\t姓名\t与户主关系\t身份证号\n1\t黎春梅\t之子\t{ID3}\n2\t柏文斌\t户主\t{ID2}\n"
    got = _names(tab)
    assert "之子" not in got and "户主" not in got


# --- names one a line with a note -----------------------------------------------------
def test_names_one_a_line_with_a_note_in_brackets():
    text = (
        "大学生志愿者名单：\n\n"
        "龚晓峰（湘潭大学，石门镇杨柳村2组）\n"
        "杜雨桐（长沙理工大学，白沙乡新塘村5组）\n"
        "鲁志刚（吉首大学，石门镇茶山村1组）\n"
    )
    assert names(text, "龚晓峰", "杜雨桐", "鲁志刚") == [
        f for f in found(text, ["name"]) if text[f[1] : f[2]] in ("龚晓峰", "杜雨桐", "鲁志刚")
    ]
    paren = "慰问对象：\n汤德旺(已故)\n尹秀珍(88岁)\n卢有才(独居)\n"
    assert set(names(paren, "汤德旺", "尹秀珍", "卢有才")) <= set(found(paren, ["name"]))


def test_names_one_a_line_noted_with_an_office_are_officials():
    for text in (
        "参加人员：\n王立军（副局长）\n贺建平（科长）\n谭明辉（主任）\n",
        "参加人员：\n王立军（县农业农村局）\n贺建平（县财政局）\n谭明辉（县水利局）\n",
    ):
        assert not ({"王立军", "贺建平", "谭明辉"} & set(_names(text)))


# --- 向 in a given name --------------------------------------------------------------
def test_xiang_in_a_given_name_as_a_labels_value():
    kv = f"经营者：侯向阳\n身份证号：{ID1}\n手机：13907318899\n"
    assert at(kv, "name", "侯向阳") in found(kv, ["name"])
    compound = "申请人：呼延向东\n联系电话：13907318899\n"
    assert at(compound, "name", "呼延向东") in found(compound, ["name"])
    prose = "申请人向本机关提出申请，本机关依法受理。"
    assert _names(prose) == []
