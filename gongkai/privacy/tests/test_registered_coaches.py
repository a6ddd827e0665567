"""A coach registered for a public unit (unitcoaches, privfix20f): in a register of athletes
whose header names the unit and the coach by one qualifier (注册单位 … 注册教练员), the coach
of a school's or a sports school's row is its staff in their role, no private person; a
club's coach, and a bare 教练员 column beside a 代表单位, stay names. The register's note
naming a unit's contact before its office line ("县少体校X（办公电话0xxx-…）") is the unit's."""

from .spans import found

_HEAD = ("序号", "姓名", "性别", "身份证号码", "{q}单位", "项目", "{c}", "监护人")
_ROWS = (
    ("1", "韩立秋", "女", "110105201103157712", "{u1}", "游泳", "卓文涛", "韩建国（父）"),
    ("2", "贝思远", "男", "110105201002071231", "{u1}", "游泳", "蓝海平", "贝红梅（母）"),
    ("3", "祁晓岚", "女", "110105201205093325", "{u2}", "围棋", "莘国梁", "祁德胜（父）"),
)


def _register(q="注册", u1="县少年体育学校", u2="县第二中学", sep="\t", c=None):
    head = sep.join(h.format(q=q, c=c or q + "教练员") for h in _HEAD)
    rows = [sep.join(c.format(u1=u1, u2=u2) for c in r) for r in _ROWS]
    return "2026年度青少年运动员注册名单\n\n" + "\n".join([head, *rows]) + "\n"


def _got(text):
    return {text[s:e] for _k, s, e in found(text, {"name"})}


def test_registered_coaches_of_public_units_are_in_office():
    for sep in ("\t", "    ", " | "):
        text = _register(sep=sep)
        got = _got(text)
        assert not {"卓文涛", "蓝海平", "莘国梁"} & got, sep
        assert {"韩立秋", "贝思远", "祁晓岚", "韩建国", "贝红梅", "祁德胜"} <= got, sep


def test_a_clubs_coach_and_an_unqualified_column_stay_names():
    got = _got(_register(u1="某某游泳俱乐部有限公司"))
    assert {"卓文涛", "蓝海平"} <= got and "莘国梁" not in got  # the school's coach goes
    got = _got(_register(q="代表", c="教练员"))  # 代表单位 … 教练员: who trained them
    assert {"卓文涛", "蓝海平", "莘国梁"} <= got


def test_a_units_contact_before_its_office_line():
    note = (
        "\n注：各训练单位注册联系人：县少年体育学校卓文涛（办公电话0571-6221930），"
        "县第二中学莘国梁（办公电话0571-6225814）。\n"
    )
    text = _register() + note
    assert not [s for _k, s, _e in found(text, {"name"}) if s >= len(_register())]
    assert "卓文涛" in _got(_register(u1="某某游泳俱乐部") + note)  # the club's coach stays
