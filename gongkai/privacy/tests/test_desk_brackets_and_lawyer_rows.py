"""Whose landline by the bracket after it or the lawyer's note on its row (``bracketdesks``,
``lawyernotes``, privfix24b)."""

from gongkai.privacy.bracketdesks import bracket_desks
from gongkai.privacy.tests.spans import at, found, rid


def test_a_bracket_naming_the_units_desk_first():
    ids = [rid("43052119800512123"), rid("43052119720808456")]
    text = (
        "序号\t缴费人\t身份证号\t联系电话\t退费金额\n"
        f"1\t曾家富\t{ids[0]}\t0746-3398217\t80\n"
        f"2\t龙秀梅\t{ids[1]}\t13907465120\t80\n"
        "合计\t\t\t\t160\n制表：何丽\t\t审核：章志远\t\t\n"
        "说明：1.多收部分予以退还；2.联系电话：0746-3312856（登记中心缴费窗口，某县潇湘大道9号）。\t\t\t\t\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0746-3312856") not in got
    assert at(text, "landline", "0746-3398217") in got


def test_a_landline_on_a_row_whose_person_is_noted_as_a_firms_lawyer():
    ids = [rid("43112119800512123"), rid("43112119720808456")]
    text = (
        "| 序号 | 查询人 | 证件号码 | 查询事由 | 联系电话 |\n|---|---|---|---|---|\n"
        f"| 1 | 蒲志诚（律师，湖南某某律师事务所） | {ids[0]} | 代理诉讼 | 0746-6628431 |\n"
        f"| 2 | 阎桂芝 | {ids[1]} | 子女入学 | 0746-6215307 |\n"
        f"| 3 | 戚文博（某某律师事务所律师） | {ids[0]} | 代理诉讼 | 13974608215 |\n"
    )
    got = found(text, ["landline", "mobile", "name"])
    assert at(text, "landline", "0746-6628431") not in got
    assert at(text, "landline", "0746-6215307") in got  # a private person's own line
    assert at(text, "mobile", "13974608215") in got  # a lawyer's own mobile
    assert at(text, "name", "蒲志诚") in got


def test_the_pass_on_its_own_a_desk_first_a_home_kept():
    text = (
        "2.联系电话：0746-3312856（登记中心缴费窗口，某县潇湘大道9号）。"
        "3.曾家富电话0746-3398217（住宅，晚间）；龙秀梅0746-3371542（其女家中）。"
    )
    cands = [
        (s, s + 12, "landline", 0.9)
        for s in (text.index(n) for n in ("0746-3312856", "0746-3398217", "0746-3371542"))
    ]
    kept = [text[s:e] for s, e, _k, _c in bracket_desks(text, cands)]
    assert kept == ["0746-3398217", "0746-3371542"]
