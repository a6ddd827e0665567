"""Issue 16, the thirteenth held-out batch: a person's landline printed without its area
code (seven or eight digits) after a phone label or in a phone column, and the near
misses left alone: amounts, dates, account and case numbers, postcodes, counts, bare
digits without a label, and units' numbers.
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("landline", "mobile")


def test_a_local_number_after_a_phone_label_is_the_persons():
    text = (
        "申请人：庞玉珍，住址：安康市汉滨区兴安路22号，联系电话：3217745（本市）\n"
        "住户：祁长海　座机 87652031\n"
        "家庭固话：6604219\n"
        "推荐对象：甘菊花户，电话 5538104。\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "3217745"),
        at(text, "landline", "87652031"),
        at(text, "landline", "6604219"),
        at(text, "landline", "5538104"),
    ]


def test_a_local_number_in_a_phone_column_is_the_persons():
    text = (
        "编号,姓名,性别,手机,住宅电话,邮箱\n"
        "A-01,卢明华,男,13912345678,6238814,\n"
        "A-02,骆秀英,女,13812345679,7240056,\n"
        "A-03,詹立军,男,13712345670,5126603,3390187@qq.com\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "6238814"),
        at(text, "landline", "7240056"),
        at(text, "landline", "5126603"),
    ]
    tsv = f"姓名\t证件号码\t联系电话\n符海涛\t{rid('61090219800101001')}\t82215530\n"
    assert found(tsv, ["landline"]) == [at(tsv, "landline", "82215530")]


def test_digits_without_a_phone_label_are_no_phone():
    text = (
        "本次共拨付资金8,000,000元，其中12345678元用于道路维修。\n"
        "案号：2026第3345671号；受理日期20260115；邮编：725000。\n"
        "账号尾号：62284800（已核对）；共走访住户3456789户。\n"
        "庞玉珍的编号 5538104 已登记。\n"
    )
    assert found(text, PHONES) == []


def test_a_units_local_number_stays_the_units():
    text = (
        "咨询电话：3217700\n"
        "县民政局社会救助股，联系电话：3217701。\n"
        "编号,社区,社区服务站电话\nA-01,城东社区,6238800\n"
    )
    assert found(text, PHONES) == []


def test_a_units_local_number_after_a_persons_particulars_stays_the_units():
    text = (
        f"档案编号：{rid('43011119600101001')}，承办单位：城关镇人民政府 联系电话：5516602。\n"
        "住宅电话(0731)5502213，主办单位：城关镇人民政府 联系电话：5516603。\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", "(0731)5502213")]


def test_a_local_number_in_an_aligned_phone_column_is_the_persons():
    text = (
        "序号  姓名      监护人电话    存折编号      补助金额\n"
        "1     苗凤兰    3318620       5561234       1200\n"
        "2     柏永强    8420157       5561235       1500\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "3318620"),
        at(text, "landline", "8420157"),
    ]


def test_a_number_far_along_one_long_line_has_no_column():
    text = "序号  姓名  联系电话\n" + "说明文字。" * 200 + "  编号  3318620\n"
    assert found(text, PHONES) == []
