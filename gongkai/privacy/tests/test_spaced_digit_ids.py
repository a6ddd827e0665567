"""An ID read from a scan one digit apart ("3 6 0 7 3 2 …") is an ID (issue 16)."""

from .spans import at, found


def test_id_one_digit_apart():
    for text in (
        "身份证号码：3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 1",
        "│ 身份证号 │ 3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 1 │ 联系电话 │",
        "申请人 胡某 证件号 3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 1 住址 某村",
    ):
        assert found(text, ["id_card"]) == [
            at(text, "id_card", "3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 1")
        ], text


def test_other_runs_of_spaced_digits_are_no_id():
    for text in (
        "评分：1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9",  # no date, no check digit
        "3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 2",  # the check digit wrong
        "3 6 0 7 3 2 1 9 7 2 1 1 2 1 5 5 3 1 4",  # nineteen digits
    ):
        assert found(text, ["id_card"]) == [], text
