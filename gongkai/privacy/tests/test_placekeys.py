"""Whose address an export's key names (``placekeys``, ``rolekeys``): a business's place
under its key (jycs 经营场所, shopAddress, "营业地址") is no home, the operator's home
beside it (jyzzs 经营者住所) is; a role's initials before an address's word (来电人地址,
当事人地址) read the address as that person's home. Every fixture is invented here."""

from gongkai.privacy.placekeys import business_key
from gongkai.privacy.rolekeys import role_place_header
from gongkai.privacy.xmltables import FIELD_HEADERS

from .spans import at, found


def _addresses(text):
    return found(text, ["address"])


def test_business_keys_are_read_by_their_head_and_its_modifier():
    for key in ("jycs", "jydz", "yycs", "mddz", "gt_jycs", "shopAddress", "business_addr"):
        assert business_key(key), key
    for key in ("营业地址", "经营场所", "storeLocation", "premises"):
        assert business_key(key), key
    # a person's word before the head (经营者住所, ownerAddress), a home's and a bare datum
    for key in ("jyzzs", "jyzdz", "ownerAddress", "shopOwnerAddr", "jtzz", "hjdz", "dz"):
        assert not business_key(key), key
    for key in ("address", "txdz", "经营者住所", "住所或经营场所", "家庭住址"):
        assert not business_key(key), key


def test_a_business_place_in_json_lines_is_dropped_the_operator_home_kept():
    jsonl = (
        '{"no": 1, "mc": "丰禾镇老韩五金店", "jyzxm": "韩德贵", "jyzzs": "丰禾镇杨柳村3组15号",'
        ' "jycs": "丰禾县建设路88号"}\n'
        '{"no": 2, "mc": "丰禾镇秋香裁缝铺", "jyzxm": "邝秋香", "jyzzs": "丰禾县人民路12号",'
        ' "jycs": "丰禾县解放街7号"}\n'
    )
    assert _addresses(jsonl) == [
        at(jsonl, "address", "丰禾镇杨柳村3组15号"),
        at(jsonl, "address", "丰禾县人民路12号"),
    ]


def test_english_and_chinese_keys_and_an_xml_element():
    jsonl = (
        '{"ownerName": "柴明远", "homeAddress": "青石县河西路21号", '
        '"shopAddress": "青石县河东路5号"}\n'
        '{"姓名": "葛兰", "家庭住址": "青石县南门街9号", "营业地址": "青石县北门街30号"}\n'
    )
    assert _addresses(jsonl) == [
        at(jsonl, "address", "青石县河西路21号"),
        at(jsonl, "address", "青石县南门街9号"),
    ]
    xml = (
        "<list>\n  <hu>\n    <jyzxm>柴明远</jyzxm>\n    <jyzzs>青石县河西路21号</jyzzs>\n"
        "    <jycs>青石县河东路5号</jycs>\n  </hu>\n</list>\n"
    )
    assert _addresses(xml) == [at(xml, "address", "青石县河西路21号")]


def test_a_flat_under_a_business_key_stays_a_home():
    jsonl = '{"jyzxm": "邬春兰", "jycs": "青石县河西路21号3栋2单元501室"}\n'
    assert _addresses(jsonl) == [at(jsonl, "address", "青石县河西路21号3栋2单元501室")]


def test_a_role_key_before_an_address_word_is_that_persons_home():
    assert role_place_header("ldrdz", FIELD_HEADERS) == "家庭住址"
    assert role_place_header("dsrdz", FIELD_HEADERS) == "家庭住址"
    # the office's staff and a legal person's representative: no private person's home
    for key in ("clrdz", "jbrdz", "fddbrdz", "dwdz", "dz", "xyz"):
        assert role_place_header(key, FIELD_HEADERS) is None, key
    xml = (
        "<orders>\n"
        "  <order>\n    <ldrxm>宁秀芝</ldrxm>\n    <lddh>13907351846</lddh>\n"
        "    <ldrdz>桃川县解放路41号</ldrdz>\n    <cbdw>桃川县住建局</cbdw>\n  </order>\n"
        "  <order>\n    <ldrxm>时守义</ldrxm>\n    <lddh>13907351957</lddh>\n"
        "    <ldrdz>桃川县白沙镇</ldrdz>\n    <cbdw>桃川县住建局</cbdw>\n  </order>\n"
        "</orders>\n"
    )
    # a bare town without a number is a place
    assert _addresses(xml) == [at(xml, "address", "桃川县解放路41号")]
