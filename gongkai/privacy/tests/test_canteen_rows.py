"""A canteen is a unit (issue 16, privfix18e): in a register mixing households and units, the
contact and the fixed line on a 食堂's row are the canteen's, a household's stay its own."""

from .spans import at, found

TAB = (
    "用户编号\t用户名称\t联系人\t证件号码\t联系电话\n"
    "A-101\t严桂香\t严桂香\t110101196805121238\t0431-83216570\n"
    "A-102\t青松镇第二中学食堂\t苗立春\t12220183MB1234567X\t0431-83219911\n"
    "A-103\t贺长根\t贺长根\t110101195503071254\t13904317788\n"
    "A-104\t县人民政府机关食堂\t闫雪梅\t11220183MB7654321Y\t0431-83210066\n"
)


def test_canteen_row_contacts_are_the_units():
    got = found(TAB, ["name", "landline"])
    assert at(TAB, "name", "苗立春") not in got
    assert at(TAB, "landline", "0431-83219911") not in got
    assert at(TAB, "name", "闫雪梅") not in got
    assert at(TAB, "landline", "0431-83210066") not in got


def test_household_rows_beside_canteens_keep_their_contacts():
    got = found(TAB, ["name", "landline"])
    assert at(TAB, "name", "严桂香") in got
    assert at(TAB, "landline", "0431-83216570") in got
    assert at(TAB, "name", "贺长根") in got
