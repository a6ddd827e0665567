"""A column headed by a person's post joined to their office's line ("分管领导及办公电话",
"包片干部/办公电话"): the landline in it is the office's, even in a private person's row
(landlineowner._unit_head_cell, privfix22c). A bare phone word after the joiner (联系人及电话)
keeps the number."""

from .spans import at, found

ROSTER = (
    "序号\t护林员姓名\t身份证号码\t手机号码\t所在村\t包村干部 及办公电话\n"
    "1\t龙建华\t522631198705123417\t13985012376\t平寨村\t吴德明（副乡长） 0855-5211034\n"
    "2\t杨秀珍\t52263119900315262X\t15185507714\t岑孔村\t潘志刚（武装部长） 0855-5211208\n"
)

FLAT = "姓名,联系电话,村组,联系领导/办公电话\n韦小梅,18785590361,高坡村3组,石志勇 0851-83310526\n"

BARE = "序号\t姓名\t身份证号码\t联系人及电话\n1\t龙建华\t522631198705123417\t0855-5216650\n"


def test_office_line_after_a_post_in_a_persons_row_is_the_offices():
    got = found(ROSTER, ["landline", "mobile", "id_card"])
    assert at(ROSTER, "landline", "0855-5211034") not in got
    assert at(ROSTER, "landline", "0855-5211208") not in got
    assert at(ROSTER, "mobile", "13985012376") in got
    assert at(ROSTER, "id_card", "52263119900315262X") in got


def test_slash_joiner_in_a_csv_header():
    got = found(FLAT, ["landline", "mobile"])
    assert at(FLAT, "landline", "0851-83310526") not in got
    assert at(FLAT, "mobile", "18785590361") in got


def test_a_bare_phone_word_after_the_joiner_keeps_the_number():
    assert at(BARE, "landline", "0855-5216650") in found(BARE, ["landline"])
