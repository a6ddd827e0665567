"""A linked work order's party under a reply's signature gives its own phone and then its
address in one clause (issue 16, privfix25b, ``footers._PARTY_CLAUSE``): the address is
the party's; the office's contact line under the signature stays the office's."""

from .spans import at, found

REPLY = (
    "特此答复。\n\n某县农业农村局\n2024年9月2日\n\n"
    "关联工单：GD2024083000127（来电人：庞秋菊，联系电话：13956120847，地址：某县河口镇柳湾村后庄组14号）\n"
)
OFFICE = "特此答复。\n\n某县农业农村局\n2024年9月2日\n联系地址：某县人民路118号，联系电话：0564-5213370\n"


def test_party_address_kept_office_line_left():
    assert at(REPLY, "address", "某县河口镇柳湾村后庄组14号") in found(REPLY, ["address"])
    assert not found(OFFICE, ["address", "landline"])
