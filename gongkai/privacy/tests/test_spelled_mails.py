"""A university mailbox spelled from the full name of its record's person is theirs
(spelledmails, privfix22d); an office's mailbox on the same list, and one spelled from
another name, stay the unit's."""

from .spans import at, found


def _record(name="柏文龙", mail="baiwenlong@xyz.edu.cn"):
    return (
        "序号\n姓名\n身份证号码\n工作单位\n联系电话\n电子邮箱\n配租房号\n"
        "1\n"
        f"{name}\n"
        "320102193812042617\n"
        "某某大学\n"
        "13912345670\n"
        f"{mail}\n"
        "2栋1单元803室\n"
    )


def test_mailbox_spelled_from_the_records_name():
    text = _record()
    assert found(text, {"email"}) == [at(text, "email", "baiwenlong@xyz.edu.cn")]


def test_mailbox_of_the_couple_spelled_from_the_first_name():
    text = _record(name="柏文龙、陈晓静", mail="baiwenlong@xyz.edu.cn")
    assert found(text, {"email"}) == [at(text, "email", "baiwenlong@xyz.edu.cn")]


def test_office_mailbox_stays_the_units():
    text = _record(mail="rsc@xyz.edu.cn")
    assert found(text, {"email"}) == []


def test_other_name_stays_the_units():
    text = _record(mail="zhangsan@xyz.edu.cn")
    assert found(text, {"email"}) == []


def test_role_column_stays_the_posts():
    text = (
        '"序号","特派员姓名","派出单位","特派员手机","特派员邮箱"\n'
        '"1","柏文龙","某某农业大学","13912345670","baiwenlong@xyz.edu.cn"\n'
    )
    assert found(text, {"email"}) == []
