"""Officials teaching or invigilating noted by their organ (dutynotes, privfix20f): "授课：X
（县应急管理局）、Y（县消防救援大队）" and the same X, Y again as 监考人 act in office; the
trainees in the table and a teacher noted by a company stay names."""

from .spans import found, names

_ROWS = (
    "序号\t姓名\t身份证号码\t联系电话\n"
    "1\t韩立秋\t110105198803157716\t13912345670\n"
    "2\t贝思远\t11010519880315787X\t13912345671\n"
)


def _record(note1="县应急管理局", note2="县消防救援大队"):
    return (
        "零售点负责人培训考核登记表\n"
        f"培训时间：2026年12月2日　　授课：卓文涛（{note1}）、蓝海平（{note2}）\n\n"
        + _ROWS
        + "\n监考人：卓文涛、蓝海平　　　　某县应急管理局（章）\n"
    )


def test_teachers_noted_by_their_organ_and_their_invigilating_are_in_office():
    text = _record()
    assert found(text, {"name"}) == names(text, "韩立秋", "贝思远")


def test_a_teacher_noted_by_a_company_stays():
    text = _record(note1="某某烟花爆竹有限公司")
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert "卓文涛" in got and "蓝海平" not in got
