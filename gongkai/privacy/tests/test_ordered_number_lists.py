"""ID-shaped numbers listed after another number's label with a list's order word
(``numberlabels``, privfix25c): 档案编号依次为：A、B、C are archive numbers, no IDs; a list of
IDs under an ID's label with the same order word stays IDs."""

from gongkai.privacy.tests.spans import at, found, rid

_A, _B, _C = rid("41052220250103123"), rid("41052220250104231"), rid("41052220250105342")
_P, _Q = rid("41052219780212301"), rid("41052219830915452")


def test_archive_numbers_listed_in_order_are_no_ids():
    for label in ("相关企业档案编号依次为：", "备案受理编号分别为", "项目登记号依次是："):
        text = f"上述三家企业已录入系统，{label}{_A}、{_B}、{_C}（按登记日期生成）。\n"
        assert found(text, ["id_card"]) == [], label


def test_ids_listed_in_order_under_an_id_label_stay():
    text = f"两名责任人的身份证号码依次为：{_P}、{_Q}。\n"
    got = found(text, ["id_card"])
    assert at(text, "id_card", _P) in got
    assert at(text, "id_card", _Q) in got
