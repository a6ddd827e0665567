"""A name under a unit's contact column with the unit's landline in the next cell acts for
the unit (unitcontactcols, privfix22d); the row's person stays, and so does a contact whose
next cell is a mobile or whose column names the person's own contact."""

from .spans import found

_HEAD = "序号\t姓名\t身份证号码\t工作单位\t{head}\t{phone_head}\t月补贴（元）\n"
_ROW = "{n}\t{name}\t{pid}\t{unit}\t{contact}\t{phone}\t300\n"


def _table(head="单位联系人", phone_head="单位电话", phones=("0471-7390211", "0471-6251982")):
    rows = [
        ("柏丽娜", "150105199603186920", "某市某乳业股份有限公司", "邵晓云", phones[0]),
        ("戴永军", "140981198805046152", "某市某建筑劳务有限公司", "卞雪峰", phones[1]),
    ]
    body = "".join(
        _ROW.format(n=k + 1, name=a, pid=b, unit=c, contact=d, phone=p)
        for k, (a, b, c, d, p) in enumerate(rows)
    )
    return _HEAD.format(head=head, phone_head=phone_head) + body


def _names(text):
    return {text[s:e] for _k, s, e in found(text, {"name"})}


def test_unit_contacts_beside_the_units_line_are_in_office():
    got = _names(_table())
    assert {"柏丽娜", "戴永军"} <= got and not got & {"邵晓云", "卞雪峰"}


def test_a_contact_with_a_mobile_stays():
    got = _names(_table(phones=("13904711234", "13904715678")))
    assert {"邵晓云", "卞雪峰"} <= got


def test_the_persons_own_contact_stays():
    got = _names(_table(head="紧急联系人", phone_head="联系电话"))
    assert {"邵晓云", "卞雪峰"} <= got
