"""A 台胞证 number (8 or 10 digits, no letter) in a column of travel documents whose row
does not say "台湾": told by a Taiwan resident's residence permit (830000…) in the row,
or by Hong Kong and Macao permits (H/M…) in the same column."""

from .spans import at, found, rid


def test_tab_table_row_with_a_taiwan_residence_permit():
    tw = rid("83000019900101002")
    hk = rid("81000019850505003")
    text = (
        "序号\t姓名\t居住证号码\t通行证号码\n"
        f"1\t何佩玲\t{tw}\t07215536\n"
        f"2\t梁家伟\t{hk}\t55172093\n"
    )
    got = found(text, ["permit"])
    assert at(text, "permit", "07215536") in got
    assert at(text, "permit", "55172093") not in got  # a Hong Kong resident's row: no shape


def test_pipe_column_mixing_hong_kong_macao_and_taiwan_permits():
    text = (
        "| 序号 | 姓名 | 来往内地通行证号 | 备注 |\n"
        "|---|---|---|---|\n"
        "| 1 | 区嘉豪 | H10293847 |  |\n"
        "| 2 | 林怡萱 | 31827465 |  |\n"
        "| 3 | 何嘉欣 | M2233445566 |  |\n"
        "| 4 | 陈冠宇 | 0918273645 |  |\n"
    )
    got = found(text, ["permit"])
    assert at(text, "permit", "31827465") in got
    assert at(text, "permit", "0918273645") in got
    assert at(text, "permit", "H10293847") in got


def test_column_of_digits_only_without_any_sign_of_taiwan_is_left_alone():
    text = (
        "序号\t车辆\t通行证号码\t有效期\n"
        "1\t货车\t20260315\t2026-12-31\n"
        "2\t客车\t20260316\t2026-12-31\n"
    )
    assert found(text, ["permit"]) == []
