"""Mediators and clerks on a record's signature line and a village's party secretary in a
witness's note act in office (issue 16); the parties and a neighbour witness are persons."""

from .spans import found, names


def test_mediators_and_clerks_signing_are_staff():
    text = (
        "申请人：蓝秀珍\n被申请人：韦德明\n"
        "见证人：农小芬（邻居）、黄启明（岩口村党支部书记）\n"
        "人民调解员：梁国栋、覃美玲　　记录人：罗志坚\n"
        "调解员：莫少华\n"
        "书记员：卢秋燕\n"
    )
    got = found(text, ["name"])
    for span in names(text, "蓝秀珍", "韦德明", "农小芬"):
        assert span in got
    for piece in ("黄启明", "梁国栋", "覃美玲", "罗志坚", "莫少华", "卢秋燕"):
        assert not any(text[s:e] == piece for _k, s, e in got)


def test_a_party_member_named_with_particulars_is_still_a_person():
    text = "当事人：甘秋生（男，1970年生，岩口村村民，党员）\n"
    got = found(text, ["name"])
    assert names(text, "甘秋生")[0] in got
