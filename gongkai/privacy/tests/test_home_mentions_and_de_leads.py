"""A home's later mentions (addressmentions), a name after 的 before its particulars
(bracketparticulars) and the surname 孙 before 子/女 (blocks) — issue 16, docs57/59."""

from .spans import at, found


def test_a_home_named_again_without_a_label():
    text = (
        "我叫侯梓睿，家住某县城关街道金岭嘉园17栋4单元203室，孩子被划到西关小学。\n"
        "答复：经核查，您家所在的某县城关街道金岭嘉园17栋4单元203室属城关小学施教区。\n"
        "| 户主 | 住址 |\n|---|---|\n| 柯建军 | 青河县双河镇正街183号 |\n"
        "柯建军原登记于青河县双河镇正街183号，现已迁出。\n"
    )
    got = found(text, ["address"])
    home = "某县城关街道金岭嘉园17栋4单元203室"
    assert at(text, "address", home) in got
    assert at(text, "address", home, text.index("答复")) in got
    assert at(text, "address", "青河县双河镇正街183号", text.index("原登记")) in got


def test_a_longer_number_or_a_units_address_is_no_mention():
    text = (
        "家住某县城关镇解放路12号。\n"
        "该局设在某县城关镇解放路128号，电话0736-7022927。\n"
        "另：某县城关镇解放路12号之一为商铺。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "某县城关镇解放路12号") in got
    assert not [s for s in got if s[1] > text.index("该局")]


def test_a_name_after_de_before_its_particulars():
    text = (
        "此前反映情况的赵岚静（家住澧阳县复兴乡柳叶路242号，电话0736-7479091）已收到回复。\n"
        "本村的困难户（家住东村3组）已上报；新建的文化站（住房面积120平方米）已启用。\n"
    )
    got = found(text, ["name"])
    assert got == [at(text, "name", "赵岚静")]


def test_the_surname_sun_before_zi_or_nv_is_no_grandchild():
    text = (
        "7. 张浩，五年级，监护人孙子涵（母亲），身份证130623198004047360。\n"
        "8. 李明，四年级，监护人：孙女婷，电话13900001111。\n"
        "9. 王刚，三年级，监护人：孙子王建明（男），电话13900001112。\n"
    )
    got = found(text, ["name"])
    for piece in ("孙子涵", "孙女婷", "王建明"):
        assert at(text, "name", piece) in got, piece
    assert not [s for s in got if text[s[1] : s[2]].startswith("孙子王")]


def test_a_street_address_in_a_bracket_after_a_person():
    text = (
        "快递员联系到失主席霖（罗溪县板桥镇南盘江路339号）当面归还。\n"
        "3. 住户仇美华（潭口镇园区路南侧17号附2号）反映积水。\n"
        "4. 农户欧阳明家（青河县城关镇解放路12号3栋2单元501室，电话13900001111）已整改。\n"
    )
    got = found(text, ["address"])
    for piece in (
        "罗溪县板桥镇南盘江路339号",
        "潭口镇园区路南侧17号附2号",
        "青河县城关镇解放路12号3栋2单元501室",
    ):
        assert at(text, "address", piece) in got, piece


def test_a_bracket_after_a_unit_or_with_more_than_a_street_stays_alone():
    texts = [
        "由县邮政分公司（城关镇人民路12号）负责投递。\n",
        "请到城关网点（城关镇人民路12号）领取。\n",
        "联系人王建国（县城人民路1号县政府大院）。\n",
    ]
    for text in texts:
        assert found(text, ["address"]) == [], text
