"""Issue 16 (twenty-third and twenty-fourth held-out batches): landlines in records of a
flat's or a plot's holders written one field a line, in every printed form; phones that
their own words give to a unit (a note after the number, the office speaking of itself,
a unit named as the one to call); a letter's addressee line under its signature.
"""

from __future__ import annotations

from .spans import at, found

PHONES = ("landline", "mobile")


def test_landlines_in_records_of_owners_in_every_printed_form():
    text = (
        "以下为本次分摊明细：\n\n"
        "【房号】3幢2单元402室\n【产权人】柴雨桐、万俟良\n【建筑面积】91.20㎡\n"
        "【联系电话】0571 86613302\n【表决意见】同意\n\n"
        "【房号】7幢1单元1101室\n【产权人】鲍一鸣\n【分摊金额】412.08元\n"
        "【联系电话】（0571）87720931\n\n"
        "【房号】7幢1单元1102室\n【产权人】宁采薇\n【分摊金额】380.15元\n"
        "【联系电话】(0571)85542107\n\n"
        "【房号】2幢1单元301室\n【产权人】芮德胜\n【分摊金额】290.00元\n"
        "【联系电话】0571-88123407\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0571 86613302"),
        at(text, "landline", "（0571）87720931"),
        at(text, "landline", "(0571)85542107"),
        at(text, "landline", "0571-88123407"),
    ]


def test_a_bare_local_number_in_an_owners_colon_record():
    text = (
        "一、业主姓名：郜春燕\n"
        "    房屋坐落：幸福里小区5幢601室\n"
        "    退还金额：1,210.50元\n"
        "    联系电话：66128043\n"
        "二、承租人：聂晓峰\n"
        "    租赁期限：三年\n"
        "    固定电话：0571-56231189\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "66128043"),
        at(text, "landline", "0571-56231189"),
    ]


def test_a_record_of_a_company_or_the_owners_committee_keeps_its_phone_a_units():
    text = (
        "1．产权人：澄江市禾丰置业有限公司\n"
        "   房屋坐落：锦绣路18号商铺\n"
        "   联系电话：0571-88310021\n"
        "2．业主委员会：东园小区业主委员会\n"
        "   主任：吕某\n"
        "   联系电话：0571-88310022\n"
    )
    assert found(text, PHONES) == []


def test_a_note_after_the_number_gives_it_to_a_unit():
    text = (
        "办件查询可拨打0571-85101234，夜间值班手机13957100110为单位公务手机。\n"
        "申请人：骆冰，手机13957100111，是本人手机。\n"
        "受理窗口电话0571-85101235系本中心办公电话。\n"
    )
    assert found(text, PHONES) == [at(text, "mobile", "13957100111")]


def test_a_mobile_the_public_is_asked_to_call_stays_a_finding():
    # a service line is a landline; a mobile there may be a cadre's own phone (RULES §4)
    text = (
        "您的低保已于今日发放，如有疑问请拨打13812345678咨询。\n"
        "办件查询可拨打0571-85101234。咨询请致电13957100112。\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13812345678"),
        at(text, "mobile", "13957100112"),
    ]


def test_the_office_speaking_of_itself_on_the_numbers_line():
    text = (
        "当事人：甘小满，电话0571—86001122。\n"
        "本委地址：禾兴路301号仲裁院二楼；联系电话：0571—86001188。\n"
        "我局办公电话：0571-86001199，传真同号。\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", "0571—86001122")]


def test_a_unit_named_as_the_one_to_call_before_the_phone_label():
    text = (
        "今后就医时，可由家属郑秋生（您的弟弟，电话15147003410）提前联系医院医务科，"
        "电话0534-5321188。如有疑问请致电镇社会事务办，电话0534-5321199。\n"
        "请联系其女儿房佳怡，电话0534-5321177。\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "15147003410"),
        at(text, "landline", "0534-5321177"),
    ]


def test_the_addressee_line_under_a_letters_signature_is_the_persons():
    text = (
        "如对本意见不服，可于30日内申请复查。\n\n"
        "澄江市住房和城乡建设局\n2025年5月6日\n\n"
        "抄送：城南街道办事处\n"
        "送达地址：城南区和园8幢1单元302室  闻人雅（收）  手机：13027571234  固话：0571 32194800\n"
    )
    got = found(text, ["address", "mobile", "landline"])
    assert got == [
        at(text, "address", "城南区和园8幢1单元302室"),
        at(text, "mobile", "13027571234"),
        at(text, "landline", "0571 32194800"),
    ]


def test_the_issuers_contact_line_under_its_signature_stays_the_units():
    text = (
        "特此公告。\n\n"
        "澄江市住房和城乡建设局\n2025年5月6日\n\n"
        "（联系地址：城南区和平路18号，电话：0571-88990011）\n"
    )
    assert found(text, ["address", "landline"]) == []


def test_a_person_named_after_the_offices_own_words_keeps_the_phone():
    text = "本院地址：禾兴路18号；当事人甘小满，联系电话0571-86001123。\n"
    assert found(text, ["landline"]) == [at(text, "landline", "0571-86001123")]
