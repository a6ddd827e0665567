"""Numbers listed under one label of another number (issue 16, privfix18e): "受理编号A、B" —
B is an acceptance number like A, not an ID; a list under an ID's label stays IDs."""

from .spans import at, found

A, B = "330328198604114929", "330328195407234258"


def test_second_listed_number_keeps_the_labels_kind():
    text = f"两起典型投诉（受理编号{A}、{B}）已办结，档案编号{B}，{A}均已归档。\n"
    got = found(text, ["id_card"])
    assert got == []


def test_list_under_an_id_label_stays_ids():
    text = f"申请人胡月娥、胡建业，身份证号{A}、{B}，住所同上。\n"
    got = found(text, ["id_card"])
    assert at(text, "id_card", A) in got
    assert at(text, "id_card", B) in got
