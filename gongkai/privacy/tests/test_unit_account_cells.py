"""A card-shaped number under a column naming a unit's account (``unitaccountcells``,
privfix25c): a contractor's 工资专用账户 is the unit's, in a row naming its wage
administrator; a payee's account column keeps its cards."""

from gongkai.privacy.tests.spans import at, found, luhn, rid

_UNIT = luhn("622848071023456")
_OWN = luhn("621799501000123")
_ID = rid("37292319850614301")


def test_a_wage_accounts_column_is_the_units():
    text = (
        "序号,施工单位,开户银行,工资专用账户账号,劳资专管员,身份证号,手机\n"
        f"1,菏泽广厦建筑有限公司,某农商银行城区支行,{_UNIT},邵立群,{_ID},13905301742\n"
    )
    got = found(text)
    assert at(text, "bank_card", _UNIT) not in got
    assert at(text, "name", "邵立群") in got
    assert at(text, "id_card", _ID) in got


def test_a_payees_account_column_keeps_its_card():
    text = f"序号,姓名,身份证号,收款账号,手机\n1,邵立群,{_ID},{_OWN},13905301742\n"
    got = found(text, ["bank_card"])
    assert at(text, "bank_card", _OWN) in got
