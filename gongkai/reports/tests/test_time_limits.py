"""公开时限 phrasings of real standard catalogues, read into one rule each (no database)."""

import datetime as dt

import pytest

from gongkai.core.workdays import WorkCalendar
from gongkai.reports import standard_subject as subj
from gongkai.reports import time_limits as tl

D = dt.date
CAL = WorkCalendar({}, [])


@pytest.mark.parametrize(
    ("text", "rule", "days"),
    [
        ("信息形成或变更之日起20个工作日内", "workdays", 20),
        ("自信息形成或者变更之日起 20 个工作日内予以公开", "workdays", 20),
        ("自作出行政处罚决定之日起七个工作日内", "workdays", 7),
        ("二十个工作日内", "workdays", 20),
        ("政策出台后5个工作日", "workdays", 5),
        ("信息形成或变更之日起20个工作日内，低保人数按季度更新", "workdays", 20),
        ("形成后10日内", "days", 10),
        ("公告公示后十五天内", "days", 15),
        ("30个自然日以内", "days", 30),
        ("实时", "realtime", 1),
        ("即时公开", "realtime", 1),
        ("随时更新", "realtime", 1),
        ("每周", "periodic", 7),
        ("每月", "periodic", 31),
        ("按月更新", "periodic", 31),
        ("每月10日前", "periodic", 31),
        ("每季度", "periodic", 92),
        ("按季度公开", "periodic", 92),
        ("每季度结束后15日内", "periodic", 107),
        ("每半年", "periodic", 183),
        ("每年", "periodic", 366),
        ("年度", "periodic", 366),
        ("按年度公开", "periodic", 366),
        ("长期公开", "standing", 0),
        ("常年公开", "standing", 0),
    ],
)
def test_common_phrasings(text, rule, days):
    limit = tl.parse(text)
    assert (limit.rule, limit.days) == (rule, days), limit
    assert limit.known and limit.label and limit.phrase


@pytest.mark.parametrize(
    ("text", "month", "day", "label"),
    [
        ("每年7月底前", 7, 0, "每年7月底前公开"),
        ("每年3月31日前", 3, 31, "每年3月31日前公开"),
        ("每年一月底以前", 1, 0, "每年1月底前公开"),
    ],
)
def test_yearly_by_a_day(text, month, day, label):
    limit = tl.parse(text)
    assert (limit.rule, limit.month, limit.day, limit.label) == ("annual_by", month, day, label)


@pytest.mark.parametrize("text", ["", "及时公开", "按有关规定", "视情况而定", "依法依规"])
def test_unknown_phrasing_is_not_guessed(text):
    limit = tl.parse(text)
    assert limit.rule == "unknown" and not limit.known and limit.label == "时限无法识别"
    j = tl.judge(limit, [tl.Published(D(2026, 1, 5), D(2026, 1, 6))], D(2026, 6, 1), CAL)
    assert j.verdict == "unknown" and "时限无法识别" in j.explanation


def test_chinese_numerals():
    assert [tl.cn_number(x) for x in ("七", "十", "十五", "二十", "二十一", "一百", "两", "20")] == [
        7, 10, 15, 20, 21, 100, 2, 20,
    ]  # fmt: skip
    assert tl.cn_number("几") is None


def test_working_days_count_per_item_and_skip_the_holiday():
    limit = tl.parse("信息形成或变更之日起5个工作日内")
    # formed Thursday 30 April 2026: 1–5 May is the 劳动节 holiday, so 5 working days
    # end on Friday 8 May (Saturday 9 May is a make-up working day: 7 May + ... )
    due = CAL.add(D(2026, 4, 30), 5).value
    on_time = tl.Published(D(2026, 4, 30), due)
    late = tl.Published(D(2026, 4, 30), due + dt.timedelta(days=1))
    undated = tl.Published(None, D(2026, 5, 20))
    j = tl.judge(limit, [on_time, late, undated], D(2026, 6, 1), CAL)
    assert (j.verdict, j.late, j.undated) == ("late", 1, 1)
    assert due > D(2026, 5, 7), "the holiday is not counted"
    assert "超时限1条" in j.explanation and "未填写形成日期" in j.explanation
    assert tl.judge(limit, [on_time], D(2026, 6, 1), CAL).verdict == "ok"


def test_calendar_days_and_realtime():
    days = tl.parse("形成后10日内")
    assert (
        tl.judge(days, [tl.Published(D(2026, 3, 1), D(2026, 3, 11))], D(2026, 4, 1), CAL).verdict
        == "ok"
    )
    assert (
        tl.judge(days, [tl.Published(D(2026, 3, 1), D(2026, 3, 12))], D(2026, 4, 1), CAL).verdict
        == "late"
    )
    now = tl.parse("实时")
    # Friday → the next working day is Monday
    assert (
        tl.judge(now, [tl.Published(D(2026, 3, 6), D(2026, 3, 9))], D(2026, 4, 1), CAL).verdict
        == "ok"
    )
    assert (
        tl.judge(now, [tl.Published(D(2026, 3, 6), D(2026, 3, 10))], D(2026, 4, 1), CAL).verdict
        == "late"
    )


def test_periods_judge_the_latest_item():
    quarterly = tl.parse("每季度")
    items = [tl.Published(None, D(2026, 1, 10)), tl.Published(None, D(2026, 4, 8))]
    assert tl.judge(quarterly, items, D(2026, 7, 1), CAL).verdict == "ok"
    j = tl.judge(quarterly, items, D(2026, 8, 1), CAL)
    assert j.verdict == "outdated" and "2026-04-08" in j.explanation
    assert tl.judge(quarterly, [], D(2026, 8, 1), CAL).verdict == "empty"


def test_yearly_by_a_day_looks_at_the_last_due_year():
    limit = tl.parse("每年7月底前")
    assert tl.annual_due(limit, 2026) == D(2026, 7, 31)
    this_year = [tl.Published(None, D(2026, 7, 20))]
    assert tl.judge(limit, this_year, D(2026, 8, 15), CAL).verdict == "ok"
    # before 31 July the year to judge is the last one
    assert tl.judge(limit, this_year, D(2026, 6, 1), CAL).verdict == "outdated"
    late = [tl.Published(None, D(2025, 9, 1))]
    assert tl.judge(limit, late, D(2026, 6, 1), CAL).verdict == "late"


def test_standing_needs_content_only():
    limit = tl.parse("长期公开")
    assert tl.judge(limit, [tl.Published(None, D(2019, 1, 1))], D(2026, 6, 1), CAL).verdict == "ok"


# --- whose row it is ---------------------------------------------------------------

MINZHENG = subj.UnitFacts("示范县民政局", "县民政局", "department", subj.COUNTY)
GOV = subj.UnitFacts("示范县人民政府", "县政府", "government", subj.COUNTY)
OFFICE = subj.UnitFacts("示范县人民政府办公室", "县政府办", "department", subj.COUNTY)
TOWN = subj.UnitFacts("城关镇人民政府", "城关镇", "township", subj.TOWNSHIP)
SCHOOL = subj.UnitFacts("示范县教育体育局", "县教体局", "department", subj.COUNTY)


@pytest.mark.parametrize(
    ("subject", "unit", "matched"),
    [
        ("县民政局", MINZHENG, "县民政局"),
        ("县级民政部门", MINZHENG, "县级民政部门"),
        ("示范县民政局", MINZHENG, "示范县民政局"),
        ("县民政局、乡镇政府", TOWN, "乡镇政府"),
        ("乡（镇）人民政府", TOWN, "乡（镇）人民政府"),
        ("街道办事处", TOWN, "街道办事处"),
        ("县人民政府", GOV, "县人民政府"),
        ("县政府办公室", OFFICE, "县政府办公室"),
        ("县直各部门", SCHOOL, "县直各部门"),
        ("县教体局", SCHOOL, "县教体局"),
        ("县民政局", TOWN, ""),
        ("县人民政府", OFFICE, ""),
        ("县政府办公室", GOV, ""),
        ("乡镇政府", MINZHENG, ""),
        ("县卫生健康局", MINZHENG, ""),
        ("县直各部门", TOWN, ""),
    ],
)
def test_subject_names_the_unit(subject, unit, matched):
    assert subj.subject_matches(subject, unit) == matched


def test_level():
    assert subj.unit_level(["government", "township"]) == subj.TOWNSHIP
    assert subj.unit_level(["government", "department"]) == subj.COUNTY
    assert subj.level_applies("both", subj.TOWNSHIP) and subj.level_applies("county", subj.COUNTY)
    assert not subj.level_applies("township", subj.COUNTY)
