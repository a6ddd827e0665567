"""A person under a role's label whose own ID the record gives (``roleownids``,
privfix26a): a crew's post or a duty's word is no office's post then; a role with no
ID of its own, or one whose ID's label stands past the record's rule, stays unread."""

from gongkai.privacy.tests.spans import at, found, rid

_A, _B, _C = rid("32058319850621731"), rid("32058319790214102"), rid("54010219910713211")


def test_a_crew_register_each_post_with_its_own_id_below_or_in_brackets():
    text = (
        "━━━━ 险情登记 1 ━━━━\n"
        "险情编号：TC-2022-014\n"
        "A船：苏常熟货2261（散货船）\n"
        "A船轮机长：邬德林（持二类轮机长证书）\n"
        f"轮机长身份证号：{_A}\n"
        "轮机长手机：13962351184\n"
        f"值班水手：次仁多吉（{_C}）\n"
        "值班人员：蒋国庆、方小红\n"
        "━━━━ 险情登记 2 ━━━━\n"
        "B船船长：封立群\n"
        f"船长公民身份号码：{_B}\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "邬德林") in got
    assert at(text, "name", "次仁多吉") in got
    assert at(text, "name", "封立群") in got


def test_near_misses_a_role_without_its_own_id_and_one_past_the_records_rule():
    text = (
        "值班人员：蒋国庆\n"
        f"当事人身份证号：{_B}\n"
        "调查人员：滕建业\n"
        "━━━━━━━━\n"
        f"调查人员身份证号：{_A}\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "蒋国庆") not in got
    assert at(text, "name", "滕建业") not in got
