"""A form's fields parted from their values by wide blanks, not colons (spacedfields)."""

from gongkai.privacy.spacedfields import spaced_fields

from .spans import at, found, names


def test_fields_of_a_decision_several_on_a_line():
    text = (
        "当事人    欧阳春花        性别  女      出生年月  1980年7月\n"
        "现住址    某县南门镇建设路12号3栋201室\n"
        "手机号码  13912345678\n"
        "当事人签名：欧阳春花\n"
    )
    got = found(text, ["name", "address"])
    assert names(text, "欧阳春花", "欧阳春花") == [s for s in got if s[0] == "name"]
    assert at(text, "address", "某县南门镇建设路12号3栋201室") in got
    # the labels under the first line are no persons
    assert not [s for s in got if text[s[1] : s[2]] in ("现住址", "手机号码")]


def test_fields_with_ideographic_blanks_and_tabs():
    text = "姓名\u3000\u3000钱小满\u3000\u3000民族\u3000\u3000汉\n家庭住址\t\t某市北区和平街8号\n"
    assert names(text, "钱小满") == found(text, ["name"])


def test_single_field_lines_need_a_neighbour():
    form = "举报人  孙二妹\n联系电话  13800001111\n"
    assert spaced_fields(form) == "举报人： 孙二妹\n联系电话： 13800001111\n"
    lone = "姓名  所在村  补助金额\n张三  上庄村  600\n"
    assert spaced_fields(lone) == lone  # a table's header stays one


def test_headers_of_aligned_tables_are_left_alone():
    header = "姓名  性别  出生日期  住址\n"
    assert spaced_fields(header) == header
    table = "序号  姓名    性别  住址\n1     李四    男    某村3组12号\n"
    assert spaced_fields(table) == table


def test_same_length_so_offsets_hold():
    text = "被处罚人  王五  性别  男\n住址  某镇某路1号\n"
    out = spaced_fields(text)
    assert len(out) == len(text) and out.replace("：", " ") == text


def test_a_form_exported_with_tabs_whose_labels_ask_for_a_name():
    text = (
        "某县转学申请表\n\n"
        "学生姓名\t柯一鸣\t性别\t男\t民族\t汉族\n"
        "转出学校\t某县实验小学\t年级\t三年级\n"
        "父亲姓名\t柯建军\t联系电话\t13912340001\n"
        "母亲姓名\t上官若雪\t工作单位\t个体经营\n"
        "监护人\t柯建军\t家庭电话\t0817-5123456\n"
        "监护人签字\t柯建军\t日期\t2026年8月25日\n"
    )
    got = found(text, ["name"])
    assert names(text, "柯一鸣", "柯建军", "上官若雪", "柯建军", "柯建军") == got
    # the labels (监护人, 监护人签字) and the school are no persons


def test_tab_headers_of_tables_stay_headers():
    header = "学生姓名\t家长姓名\t联系电话\n柯一鸣\t柯建军\t13912340001\n"
    assert spaced_fields(header) == header
    lone = "户主姓名\t所在村\t补助金额\n张三\t上庄村\t600\n"
    assert spaced_fields(lone) == lone
    form = "户主姓名\t孟庆祥\n联系电话\t13800001111\n"
    assert spaced_fields(form) == "户主姓名：孟庆祥\n联系电话：13800001111\n"


def test_a_name_label_of_a_form_with_wide_blanks():
    text = "监护人姓名    欧阳红梅    与学生关系  母女\n联系电话      13912340002\n"
    assert names(text, "欧阳红梅") == found(text, ["name"])
