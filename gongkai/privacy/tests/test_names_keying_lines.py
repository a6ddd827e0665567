"""Issue 16: a two-character name found in a list of persons stands again further down,
opening a line of its own with a colon and what is to be corrected or sent to that
person ("　　初明：原登记手机位数不全"). Only there is the weakly found name repeated;
the same two characters inside running text, or a line keyed by a word that was never
found as a name, stay clean.
"""

from __future__ import annotations

from .spans import found, names


def _notice(sep="　", lead="　　", colon="：", gap="\n"):
    return (
        "2024年家政培训学员初审通过名单\n\n"
        f"{lead}烹饪班（6人）：\n"
        f"宫立新{sep}初明{sep}{sep}于淼{sep}{sep}曲忠信{sep}林海滨{sep}毛永刚\n"
        f"{lead}育婴班（4人）：\n"
        f"滕秀娟{sep}栾莹{sep}{sep}邹丽华{sep}姜春燕\n{gap}"
        f"{lead}报名信息有误、需本人更正的人员：\n"
        f"{lead}初明{colon}原登记手机位数不全，请重新提供；\n"
        f"{lead}栾莹{colon}邮箱退信，请到窗口核对；\n"
        f"{lead}备注{colon}年初明确的培训补贴按月发放。\n"
    )


def test_a_listed_two_character_name_keying_a_later_line():
    for sep, lead, colon in (("　", "　　", "："), (" ", "", ":"), ("　", "  ", "：")):
        text = _notice(sep=sep, lead=lead, colon=colon)
        got = found(text, ("name",))
        keyed = names(text, "宫立新", "初明", "于淼", "曲忠信", "林海滨", "毛永刚")
        keyed += names(text[: text.index("报名信息")], "滕秀娟", "栾莹", "邹丽华", "姜春燕")
        start = text.index("需本人更正")
        keyed += [
            ("name", s + start, e + start) for _k, s, e in names(text[start:], "初明", "栾莹")
        ]
        assert sorted(got) == sorted(keyed), (sep, lead, colon)


def test_the_same_characters_in_running_text_are_no_name():
    text = _notice()
    got = found(text, ("name",))
    running = text.index("年初明确") + 1
    assert ("name", running, running + 2) not in got
    assert not any(text[s:e] == "备注" for _k, s, e in got)
