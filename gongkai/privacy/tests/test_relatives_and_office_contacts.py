"""Issue 16, the fourteenth held-out batch: relatives named in a record's prose (父母, 外婆,
舅舅, 妹妹, 老战友 …), a Yi name after a label without a sign, and near misses: an office's
head (财政所负责人), a count that opens with a surname's character (满三十日), a sign-off
ending a page's paragraph, a contact sentence after the unit's numbers.
"""

from __future__ import annotations

from .spans import found


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_relatives_named_in_prose():
    text = (
        "5.申请人由祖父戴永清代为报名，父母戴峰、柯玲在浙江务工，请补充委托书。\n"
        "6.房屋产权人为其外婆聂淑华，请补充亲属关系证明。\n"
        "7.户籍挂靠在其舅舅靳国富户内。您的妹妹靳振芳（手机13904102786）来电询问。\n"
        "8.走访了同期入伍的老战友厉守义（现年90岁）。\n"
    )
    got = _names(text)
    for name in ("戴永清", "戴峰", "柯玲", "聂淑华", "靳国富", "靳振芳", "厉守义"):
        assert name in got, name


def test_a_yi_name_after_a_label_without_a_sign():
    text = "监护人阿说拉且（父亲）申报的居住地址不属于居住用房。\n"
    assert _names(text) == ["阿说拉且"]


def test_heads_of_offices_counts_and_sign_offs_are_no_persons():
    text = (
        "　　东风镇：财政所负责人骆晓梅，0452-4811052；服务中心负责人陶立军，0452-4811053\n"
        "自本公告发布之日起满三十日即视为送达，境外当事人满三个月。\n"
        "<p>监督电话：县民政局 0771-5216730，县纪委监委 0771-5218812。经办人：甘秋萍　审核人：黄振东</p>\n"
        "有异议的请向市人社局反映，电话：0718-7283016；纪检监察组，电话：0718-7282530。"
        "联系人：邝红梅、农勇。\n"
    )
    assert _names(text) == []


def test_a_contact_sentence_after_a_mobile_stays_a_person():
    text = "请与申请人家属联系，电话：13807182345。联系人：邝红梅。\n"
    assert _names(text) == ["邝红梅"]


def test_a_household_by_its_number_and_a_declarant_in_the_notes():
    text = (
        "注：1.第2户晏金无联系电话，由其侄子晏永贵代为联系；2.原申报人蔺国平（系第1号蔺晓川之兄）"
        "已达法定退休年龄。3.第3户户主另有住房。\n"
    )
    got = _names(text)
    for name in ("晏金", "晏永贵", "蔺国平", "蔺晓川"):
        assert name in got, name
    assert not [n for n in got if n.startswith("户主")]
