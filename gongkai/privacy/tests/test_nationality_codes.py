"""A 15-character number of three capitals and twelve digits is a foreigner's permanent
residence card (2004) only when the capitals name a nationality (``nationality``, ISO 3166-1
alpha-3 through ``pycountry``); under the card's own label any letters stand. Every fixture
is invented for these tests; each asserts the exact spans found and the near misses left alone.
"""

from gongkai.privacy.nationality import is_nationality

from .spans import at, found

KINDS = ["residence", "passport", "permit"]


def test_codes_of_countries_current_and_former():
    for code in ("USA", "CAN", "SGP", "KOR", "DEU", "GBR", "ZAF", "YUG", "SCG"):
        assert is_nationality(code), code
    for code in ("TDR", "JZZ", "ABC", "XYZ", "QQQ"):
        assert not is_nationality(code), code


def test_a_residence_card_in_a_table_row_without_its_label():
    text = (
        "序号\t姓名\t国籍\t证件号码\t登记日期\n"
        "1\t白杰明\t美国\tUSA110078901234\t2024-03-02\n"
        "2\t金珉京\t韩国\tKOR310020304056\t2024-03-05\n"
    )
    assert found(text, KINDS) == [
        at(text, "residence", "USA110078901234"),
        at(text, "residence", "KOR310020304056"),
    ]


def test_three_capitals_that_name_no_country_are_another_numbers_prefix():
    text = (
        '{"xh": 1, "syr": "某某", "ddjbh": "TDR567980034925", "fzrq": "2021-05-06"}\n'
        '{"xh": 2, "syr": "某某", "ddjbh": "TDR388610964194", "fzrq": "2021-06-01"}\n'
        "居住证编号：JZZ296692984180，请于十五个工作日内领取。\n"
        "订单编号 ABC123456789012 已完成支付。\n"
    )
    assert found(text, KINDS) == []


def test_the_cards_own_label_keeps_any_letters():
    text = "外国人永久居留身份证号码：USA110078901234；永久居留证号码 FRA220099887766。\n"
    assert found(text, KINDS) == [
        at(text, "residence", "USA110078901234"),
        at(text, "residence", "FRA220099887766"),
    ]
