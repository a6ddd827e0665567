"""Numbers shaped like a travel document under a column of another number (issue 16,
docs38): a machine's 出厂编号 "CY1210066" is no Hong Kong and Macau permit."""

from .spans import at, found


def test_serial_column_of_a_tab_table_holds_no_permit():
    text = (
        "序号\t机主\t联系电话\t机具\t出厂编号\t金额\n"
        "1\t褚长河\t13907281234\t旋耕机\tCA1234567\t800\n"
        "2\t詹桂英\t15807281235\t插秧机\tCK7654321\t3000\n"
    )
    assert found(text, ["permit", "passport"]) == []


def test_frame_numbers_in_a_pipe_table_hold_no_permit():
    text = (
        "| 序号 | 车主 | 车架号 | 补贴 |\n|---|---|---|---|\n"
        "| 1 | 柯德顺 | CD2345678 | 10000 |\n| 2 | 邝小燕 | CE3456789 | 15000 |\n"
    )
    assert found(text, ["permit", "passport"]) == []


def test_a_permit_column_keeps_its_numbers():
    text = "序号\t姓名\t通行证号码\t备注\n1\t麦家豪\tCA1234567\t赴港\n2\t欧嘉敏\tCK7654321\t赴澳\n"
    got = found(text, ["permit"])
    assert at(text, "permit", "CA1234567") in got
    assert at(text, "permit", "CK7654321") in got
