"""A mobile's owner named in brackets right after it (``phonenotes``); a note naming an
office, a title or the number's kind is none, nor a note after a landline."""

from .spans import at, found


def test_each_mobile_gives_its_owner():
    text = "共有人联系电话：13974120586（柯文亮）、15207316642（柯文明）。\n"
    got = found(text, {"name"})
    assert at(text, "name", "柯文亮") in got
    assert at(text, "name", "柯文明") in got


def test_notes_that_name_no_person():
    text = (
        "咨询电话：13874015562（微信同号），15116240078（王科长），"
        "0731-84563321（何建军），13707315584（本人）。\n"
    )
    assert found(text, {"name"}) == []
