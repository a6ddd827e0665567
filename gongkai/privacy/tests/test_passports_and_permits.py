"""Passports of every shape by their label or column; 港澳台居民居住证 numbers (issue 16).

Exact spans found, and the codes of the same shapes left alone where nothing says
passport.
"""

import pytest

from gongkai.privacy.tests.spans import at, found
from gongkai.privacy.validators import id_check_char


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("护照号码：P1234567，", "P1234567"),  # 公务普通护照
        ("公务护照号码：SE1234567。", "SE1234567"),
        ("持外交护照（DE1234567）入境", "DE1234567"),
        ("护照号 123456789，国籍：美国", "123456789"),  # nine digits
        ("护照号码:TZ1234567", "TZ1234567"),
        ("护照编号 C01X00T47。", "C01X00T47"),  # letters and digits mixed
    ],
)
def test_a_passport_after_its_label(text, number):
    assert found(text, {"passport"}) == [at(text, "passport", number)]


def test_a_passport_column_in_tab_pipe_csv_and_aligned_tables():
    tab = "序号\t姓名\t护照号码\t国籍\n1\t王秀兰\tE12345678\t中国\n2\t李建国\tK9876543\t韩国\n"
    assert found(tab, {"passport"}) == [
        at(tab, "passport", "E12345678"),
        at(tab, "passport", "K9876543"),
    ]
    pipe = "| 序号 | 姓名 | 护照号 |\n|---|---|---|\n| 1 | 王秀兰 | 512345678 |\n"
    assert found(pipe, {"passport"}) == [at(pipe, "passport", "512345678")]
    csv = "序号,姓名,护照号码,入境日期\n1,王秀兰,PE1234567,2024-03-01\n"
    assert found(csv, {"passport"}) == [at(csv, "passport", "PE1234567")]
    aligned = "序号  姓名      护照号码     国籍\n1     王秀兰    S12345678    中国\n"
    assert found(aligned, {"passport"}) == [at(aligned, "passport", "S12345678")]


def test_a_passport_after_a_document_type_cell():
    text = "序号\t姓名\t证件类型\t证件号码\n1\t王秀兰\t护照\tP12345678\n2\t李建国\t往来港澳通行证\tC61234567\n"
    assert found(text, {"passport", "permit"}) == [
        at(text, "passport", "P12345678"),
        at(text, "permit", "C61234567"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "请携带护照办理。\n序号\t批次号\t数量\n1\t123456789\t5\n",  # 护照 in prose above a table
        "序号\t护照类型\t办理数量\t批次号\n1\t普通护照\t12\tA12345678\n",  # another column
        "护照办理须知：2024年5月6日起实行。",
        "本季度共受理护照申请123456789件。",
        "序号\t项目编号\t金额\n1\tP12345678\t300\n",  # no passport anywhere
    ],
)
def test_codes_of_the_same_shape_are_no_passports(text):
    assert found(text, {"passport"}) == []


@pytest.mark.parametrize("region", ["810000", "820000", "830000"])
def test_a_residence_permit_of_hong_kong_macao_taiwan_residents(region):
    body = region + "19900101123"
    number = body + id_check_char(body)
    text = f"港澳台居民居住证号码：{number}，"
    assert found(text) == [at(text, "id_card", number)]
    wrong = number[:-1] + ("1" if number[-1] != "1" else "2")
    assert found(f"编号{wrong}，", {"id_card"}) == []  # wrong check character, no ID label
    table = f"序号\t姓名\t居住证号码\n1\t陈大文\t{number}\n"
    assert at(table, "id_card", number) in found(table)
