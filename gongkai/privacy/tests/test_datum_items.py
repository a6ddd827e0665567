"""Names beside a private datum of the same list item (``datumitems``): owners listed with
their flats, payees with their phones or cards, in inline lists (、；，) and in rows of
pipe, box and tab tables; and the near misses — units, places, labels and words beside
a unit's address — left alone."""

from .spans import at, found, luhn, names, rid


def _names_exactly(text, *pieces):
    return [s for s in found(text, ["name"])] == names(text, *pieces)


def test_flats_then_owners_in_a_dunhao_list():
    text = (
        "加装电梯业主签字情况如下。\n"
        "（2号楼1单元）同意9户：2号楼1单元101 钟立群、2号楼1单元102 严素芬、"
        "2号楼1单元201 欧阳建国、2号楼1单元202 安然；反对1户：2号楼1单元302 金星。\n"
    )
    assert _names_exactly(text, "钟立群", "严素芬", "欧阳建国", "安然", "金星")
    # the flats stay addresses of their own
    assert at(text, "address", "2号楼1单元101") in found(text, ["address"])


def test_owners_in_brackets_after_their_flats_separated_by_commas():
    text = (
        "经摸底，拟退出公租房的承租户为：青松小区12栋305室（谭丽华），"
        "青松小区12栋306室（刘芳），青松小区14栋401室（温柔）。"
    )
    # 温柔 is a word, but the list's other items say the slot holds a person
    assert _names_exactly(text, "谭丽华", "刘芳", "温柔")


def test_numbered_items_name_then_flat_in_brackets():
    text = (
        "1. 王晓明（梧桐苑3栋2单元501室）、2. 安然（梧桐苑3栋2单元502室）、"
        "3. 阮氏秋（梧桐苑3栋2单元601室）"
    )
    assert _names_exactly(text, "王晓明", "安然", "阮氏秋")


def test_payees_with_mobiles_and_ids_separated_by_semicolons():
    text = "欠费用户：张立新 13812345678；李秀兰 13912345678；金星 13712345678。"
    assert _names_exactly(text, "张立新", "李秀兰", "金星")
    ids = (
        f"补发对象：（一）李文博 {rid('33010219880506123')}；"
        f"（二）陈雪 {rid('33010219900102123')}。"
    )
    assert _names_exactly(ids, "李文博", "陈雪")


def test_bank_cards_with_names_after_them():
    one, two = luhn("622202100111222333"), luhn("622202100111222344")
    text = f"退款账户：{one} 赵立新、{two} 孙梅。"
    got = found(text, ["name"])
    assert at(text, "name", "赵立新") in got and at(text, "name", "孙梅") in got


def test_rows_of_pipe_and_box_tables_without_a_person_header():
    pipe = "| 房屋 | 签字 |\n| 3幢1单元101室 | 甘强 |\n| 3幢1单元102室 | 何茜 |\n| 3幢1单元201室 | 金星 |\n"
    assert _names_exactly(pipe, "甘强", "何茜", "金星")
    box = "│1│东苑5栋302室│蓝海燕│\n│2│东苑5栋303室│覃德│\n"
    assert _names_exactly(box, "蓝海燕", "覃德")


def test_tab_rows_name_before_the_flat():
    text = "序号\t业主\t房屋\t意见\n1\t甘强\t3幢1单元101室\t同意\n2\t何茜\t3幢1单元102室\t同意\n"
    got = found(text, ["name"])
    for person in names(text, "甘强", "何茜"):
        assert person in got


def test_units_places_and_words_beside_an_address_stay_clean():
    text = (
        "联系地址：县人民路18号 县住建局、县人民路20号 县财政局。\n"
        "缴费地点：人民中路18号 营业厅、东门街5号 服务网点。\n"
        "涉及村组：石门村3组、李家庄5组、王村、张村。\n"
        "| 1 | 县住建局 | 人民路18号 | 同意 |\n| 2 | 县财政局 | 人民路20号 | 同意 |\n"
        "3幢1单元101室 已签字、3幢1单元102室 未签字。\n"
    )
    assert found(text, ["name"]) == []


def test_a_word_beside_one_flat_is_no_name_without_the_list():
    # a single item proves nothing about its slot: a word (温柔, 金星) stays clean alone
    text = "本次检查发现：3幢1单元101室 金星、3幢1单元102室 漏水。"
    assert at(text, "name", "金星") not in found(text, ["name"])


def test_an_html_table_of_flats_and_signers():
    from gongkai.privacy import scan_html

    html = (
        "<table><tr><th>房屋</th><th>签字</th></tr>"
        "<tr><td>3幢1单元101室</td><td>甘强</td></tr>"
        "<tr><td>3幢1单元102室</td><td>何茜</td></tr>"
        "<tr><td>3幢1单元201室</td><td>金星</td></tr></table>"
    )
    got = [f.text for f in scan_html(html, allow=[]) if f.type == "name"]
    assert got == ["甘强", "何茜", "金星"]
