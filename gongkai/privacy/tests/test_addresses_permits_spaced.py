"""Issue 16, the fourteenth held-out batch: where a declared address starts and ends in
prose (after 补充 / 申报 …, before the clause that follows its number, through an estate
written with ·), a former travel document's number beside the current one, and a local
landline in a table typed with one full-width space between fields.
"""

from __future__ import annotations

from .spans import at, found, rid


def test_a_declared_address_starts_after_the_verb_and_ends_at_its_number():
    text = (
        "1.监护人钱立新（父亲）申报的居住地址宁远县城关镇西街道幸福路17号经实地核查为"
        "幸福路17号商铺，不属于居住用房。\n"
        "2.请补充宁远县城关镇滨河大道86号的物业缴费凭证，监护人住址与户籍不一致。\n"
        "3.监护人吕芳申报居住地址为宁远县城关镇南环路9号星河·御景苑3栋2单元801室，"
        "购房合同未备案。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "宁远县城关镇西街道幸福路17号") in got
    assert at(text, "address", "宁远县城关镇南环路9号星河·御景苑3栋2单元801室") in got
    assert not [f for f in got if text[f[1] : f[2]].startswith(("请", "补充"))]
    assert not [f for f in got if "核查" in text[f[1] : f[2]]]


def test_a_former_permit_number_is_a_permit_too():
    text = (
        "林志远（男，台湾居民，台湾居民来往大陆通行证号码07345126）申请补领结婚证。"
        "经查，登记时所用证件号码与现证件不一致（原证件号码01289374），请本人确认。\n"
        "何嘉欣，护照号码EK1234567（旧护照号码G23456789），现居美国。\n"
    )
    got = found(text, ["permit", "passport"])
    assert at(text, "permit", "07345126") in got
    assert at(text, "permit", "01289374") in got
    assert at(text, "passport", "G23456789") in got


def test_a_former_number_needs_a_travel_document_before_it():
    text = f"张立新，身份证号{rid('35058319800101001')}，原证件号码00946315已注销。\n"
    assert found(text, ["permit", "passport"]) == []


def test_a_local_landline_in_a_table_typed_with_full_width_spaces():
    text = (
        "序号　姓名　性别　参保类别　认定结论　联系电话\n"
        "１．　昝长林　男　城乡居民　予以认定　—\n"
        "２．　蹇秀华　女　城镇职工　不予认定：资料不全　6631802\n"
        "３．　但国强　男　城乡居民　予以认定　0839-6631803\n"
        "说明：认定人数　12　人，县医保局　电话　6631800\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "6631802") in got
    assert at(text, "landline", "0839-6631803") in got
    assert at(text, "landline", "6631800") not in got
