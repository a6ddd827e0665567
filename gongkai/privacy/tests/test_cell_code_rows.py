"""A one-cell-a-line table's row whose ID cell holds a body's credit code (issue 16,
privfix25b, ``cellcoderows``): its landline is the body's; the persons' rows keep their
landlines and the code's own labelled line in prose leaves the next line alone."""

from .spans import at, found

TABLE = (
    "某县2025年油菜种植保险理赔清单\n"
    "序号\n村组\n被保险人\n身份证号码\n赔款（元）\n联系电话\n"
    "1\n河湾村3组\n伍长发\n130529197403152513\n1820.00\n0319-5527741\n"
    "2\n河湾村3组\n某县河湾油菜种植专业合作社\n93130529MA0CB7KX4B\n56200.00\n0319-5527700\n"
    "3\n河湾村4组\n舒桂兰\n13052919810620252X\n760.00\n0319-5527752\n"
)


def test_body_row_landline_left_persons_kept():
    got = found(TABLE, ["landline", "name", "org_code"])
    assert at(TABLE, "landline", "0319-5527741") in got
    assert at(TABLE, "landline", "0319-5527752") in got
    assert at(TABLE, "landline", "0319-5527700") not in got
    assert at(TABLE, "name", "舒桂兰") in got
