"""A landline written right after a unit's name and the staff member who answers it
(staffedlines, privfix24a): the unit's, in a register of private persons' rows and in a
clause noting the staff member's post; the row's person keeps their own numbers."""

from .spans import at, found

_CSV = (
    '"序号","姓名","身份证号码","联系电话","结对服务人（单位、电话）","备注"\n'
    '"1","龙小燕","522631200107153328","13985526417","县人才交流中心 杨文彬，0855-4623018","已就业"\n'
    '"2","吴国兴","522631199912203019","15085537720","平永镇社会事务办 潘丽，0855-4710326","见习中"\n'
)


def test_unit_then_staff_then_line_in_a_csv_cell():
    got = found(_CSV, {"landline", "mobile", "id_card"})
    assert at(_CSV, "landline", "0855-4623018") not in got
    assert at(_CSV, "landline", "0855-4710326") not in got
    assert at(_CSV, "mobile", "13985526417") in got
    assert at(_CSV, "id_card", "522631199912203019") in got


def test_staff_post_in_a_bracket_with_the_line():
    text = (
        "抽查情况：共抽查网点5个，发现问题3处。\n"
        "现场确认：某县城关邮政营业所龚建民（营业所所长，电话0871-6652140）；"
        "某快递南街服务点柴玉梅（站点负责人，联系电话：0871-6658372）\n"
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "0871-6652140") not in got
    assert at(text, "landline", "0871-6658372") not in got


def test_home_line_of_a_villager_stays():
    text = (
        "| 序号 | 姓名 | 住址 | 联系方式 |\n|---|---|---|---|\n"
        "| 1 | 韩立春 | 某镇石桥村3组 韩立春，0855-4723317 | 无 |\n"
    )
    assert at(text, "landline", "0855-4723317") in found(text, {"landline"})


def test_person_in_a_kv_line_keeps_a_line():
    text = "申请人：韩立春\n身份证号：522631199003153314\n联系电话：0855-4723317\n"
    assert at(text, "landline", "0855-4723317") in found(text, {"landline"})
