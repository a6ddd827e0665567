"""A course's instructors named beside its invigilator (``courseinstructors``, privfix25d):
the session's staff, not marked; the course's participants below and an instructor list with no
invigilator on its line keep their names."""

from gongkai.privacy.tests.spans import at, found


def test_instructors_beside_the_invigilator_are_in_office():
    text = (
        "某县公安局交警大队　2024年第三季度记分满分学习考试登记\n"
        "培训地点：某县城关镇建设路12号（考试中心三楼）　讲师：侯建平、贾玉兰　监考员：温国栋\n"
        "序号　姓名　性别　联系电话\n"
        "1　柴永福　男　13987451236\n"
        "2　尤凤英　女　15829364718\n"
    )
    got = found(text)
    for staff in ("侯建平", "贾玉兰"):
        assert at(text, "name", staff) not in got, staff
    for person in ("柴永福", "尤凤英"):
        assert at(text, "name", person) in got, person


def test_teacher_list_with_no_invigilator_keeps_its_names():
    text = "某职业培训学校2024年师资名单\n教员：侯建平、贾玉兰，联系电话13987451236\n"
    got = found(text)
    for person in ("侯建平", "贾玉兰"):
        assert at(text, "name", person) in got, person


def test_a_participant_after_the_invigilator_keeps_the_name():
    text = "考试时间：2024年5月8日　教官：鲍志强　监考：温国栋　补考人员：柴永福、尤凤英\n"
    got = found(text)
    assert at(text, "name", "鲍志强") not in got
    for person in ("柴永福", "尤凤英"):
        assert at(text, "name", person) in got, person
