"""A unit and its staff member in one cell under a "unit/person" header (``unitslashes``,
privfix24b): the staff member acts for the unit; a slashed header of persons keeps both."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"3622021986{m:02d}1{m}{m:03d}") for m in range(1, 5)]


def test_a_clinic_and_its_vaccinator_in_one_cell():
    rows = [
        ("尹若溪", "城南社区卫生服务中心 / 晏丽芳"),
        ("聂子墨", "樟树镇卫生院/ 邬国栋"),
        ("敖欣怡", "城南社区卫生服务中心 / 晏丽芳"),
    ]
    text = "编号,受种者姓名,监护人身份证号,报告单位／报告人,接种单位/接种人员,结论\n" + "".join(
        f"A-{k + 1},{a},{_IDS[k]},县人民医院／阙新民,{b},一般反应\n"
        for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    for staff in ("晏丽芳", "邬国栋", "阙新民"):
        assert at(text, "name", staff) not in got, staff


def test_a_slashed_header_of_persons_keeps_both():
    rows = [("郦思远", "郦建华"), ("仇梓涵", "仇永贵")]
    text = "序号\t学生/监护人\t身份证号\n" + "".join(
        f"{k + 1}\t{a}/{b}\t{_IDS[k]}\n" for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, b in rows:
        assert at(text, "name", a) in got, a
        assert at(text, "name", b) in got, b
