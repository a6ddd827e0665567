"""A key whose values recur over the records of an export (a reviewer's <fsr>) holds staff,
though the same names are listed once more in the export's header block of reviewers
(<shry><ry>…</ry></shry>), a group that gives no private number: that list is no record of
their own (recurringkeys._own_record, privfix24a). A name that has a record of its own, with
its own ID, stays a person."""

from .spans import at, found


def _record(n, name, sfzh, sjhm, reviewer):
    return (
        f"  <bmry>\n    <bmxh>BM-2024-{n:04d}</bmxh>\n    <xm>{name}</xm>\n"
        f"    <sfzh>{sfzh}</sfzh>\n    <sjhm>{sjhm}</sjhm>\n    <shjg>通过</shjg>\n"
        f"    <fsr>{reviewer}</fsr>\n  </bmry>\n"
    )


_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<zmbm dcdw="某县人社局">\n  <shxz>\n'
    "    <shry><ry>迪丽努尔·阿不力孜</ry><ry>韩振东</ry></shry>\n  </shxz>\n"
)


def test_reviewer_listed_in_the_header_and_recurring_in_records():
    text = (
        _HEAD
        + _record(1, "买买提·吐尔洪", "653101199805123317", "13899125501", "迪丽努尔·阿不力孜")
        + _record(2, "热依拉·艾买提", "653101199911204428", "13899125502", "韩振东")
        + _record(3, "阿依古丽·买买提", "653101200002154420", "13899125503", "迪丽努尔·阿不力孜")
        + _record(4, "艾合买提·尼亚孜", "653101199707084411", "13899125504", "迪丽努尔·阿不力孜")
        + "</zmbm>\n"
    )
    got = found(text, {"name"})
    first = text.index("<fsr>迪丽努尔") + len("<fsr>")
    assert ("name", first, first + len("迪丽努尔·阿不力孜")) not in got
    assert at(text, "name", "买买提·吐尔洪") in got
    assert at(text, "name", "阿依古丽·买买提") in got


def test_a_name_with_a_record_of_its_own_stays():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<list>\n'
        + _record(1, "买买提·吐尔洪", "653101199805123317", "13899125501", "热依拉·艾买提")
        + _record(2, "热依拉·艾买提", "653101199911204428", "13899125502", "热依拉·艾买提")
        + _record(3, "阿依古丽·买买提", "653101200002154420", "13899125503", "热依拉·艾买提")
        + "</list>\n"
    )
    got = found(text, {"name"})
    assert at(text, "name", "热依拉·艾买提", text.index("<xm>热依拉")) in got
