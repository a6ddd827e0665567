"""A person's last domicile (最后住所地) and the address in a numbered item that opens
with the person; a lost document or a list's part in brackets is no person."""

from .spans import at, found, missing_names

DOMICILES = (
    "被告人：付某某之子付建军，男，最后住所地江川市北湖区青松路31号\n"
    "被申请人：罗秀珍（个体户），女，1962年生，最后住所地江川市南岭县白沙镇新市街道民主路7号附2号\n"
    "被申请人：江川市宏远运输有限公司，住所地江川市北湖区兴业大道188号\n"
)


def test_last_domicile_is_a_home():
    got = found(DOMICILES, ["address"])
    assert at(DOMICILES, "address", "江川市北湖区青松路31号") in got
    assert at(DOMICILES, "address", "江川市南岭县白沙镇新市街道民主路7号附2号") in got


def test_domicile_label_stays_out_of_the_span():
    text = "被申请人：贺某，男，最后住所地江川市北湖区翠竹路9号翠竹苑2栋301室\n"
    got = found(text, ["address"])
    assert got == [at(text, "address", "江川市北湖区翠竹路9号翠竹苑2栋301室")]


def test_a_company_seat_stays_clean():
    got = found(DOMICILES, ["address"])
    assert at(DOMICILES, "address", "江川市北湖区兴业大道188号") not in got


ITEMS = (
    "下列债权人的通知无法送达：\n"
    "1. 谭振国，账载地址江川市北湖区松林路118号，预留电话13807351234；\n"
    "（二）卓玉兰，地址：南岭县白沙镇解放路66号，账载债权类型：借款；\n"
    "三、欧阳德，登记住址南岭县城关镇五一中路3号附5号。\n"
    "4、江川市恒通物流公司，账载地址江川市北湖区物流大道9号；\n"
    "5. 办事大厅，地址江川市北湖区人民路1号；\n"
    "6. 谭振国，经营地址江川市北湖区松林路120号。\n"
)


def test_numbered_person_then_address():
    got = found(ITEMS, ["address"])
    for piece in (
        "江川市北湖区松林路118号",
        "南岭县白沙镇解放路66号",
        "南岭县城关镇五一中路3号附5号",
    ):
        assert at(ITEMS, "address", piece) in got


def test_numbered_unit_or_business_address_stays_clean():
    got = found(ITEMS, ["address"])
    for piece in ("江川市北湖区物流大道9号", "江川市北湖区人民路1号", "江川市北湖区松林路120号"):
        assert at(ITEMS, "address", piece) not in got


LOST = (
    "遗失声明\n"
    "公证书遗失，编号（2025）江证字第88号，声明作废。\n"
    "营业执照遗失，声明作废。\n"
    "　　谭小燕遗失居民身份证一张，声明作废。\n"
)


def test_lost_document_is_no_person():
    got = found(LOST, ["name"])
    assert all(LOST[s:e] not in ("公证书", "营业执照", "执照") for _, s, e in got)
    assert not missing_names(LOST, "谭小燕")


def test_part_of_a_list_in_brackets_is_no_person():
    text = "第二次债权人会议 债权表（自然人债权人部分）\n补助对象表（个体工商户名单）\n"
    assert found(text, ["name"]) == []
    text = "三、冯德胜（村民）申请宅基地一处。\n"
    assert not missing_names(text, "冯德胜")
