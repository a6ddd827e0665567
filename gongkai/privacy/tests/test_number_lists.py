"""Issue 16 (privfix26f): a run of ID-shaped numbers listed after another number's label
("复核编号依次为A、B、C") are all the label's, not only the first — one of them closing with a
valid check character is no resident ID.
Near misses: a list under an ID's label (身份证号分别为A、B) stays IDs; an ID after its own
label following a 编号 in the same sentence stays.
"""

from __future__ import annotations

from .spans import at, found

# valid resident IDs (check characters computed by the published rule)
_A = "110101199003074573"
_B = "11010119900301081X"


def test_every_number_listed_after_a_case_number_label_is_the_label():
    text = (
        "年审复核编号依次为410223202403010013、410223202403150025、"
        f"{_A}、410223202403150041，均已办结。\n"
    )
    assert found(text, ("id_card",)) == []


def test_a_file_number_list_with_a_colon_and_commas():
    text = f"档案编号分别为：520102202301020035，{_B}，均已归档。\n"
    assert found(text, ("id_card",)) == []


def test_a_list_under_an_id_label_stays_ids():
    text = f"两名申请人身份证号分别为{_A}、{_B}，请核对。\n"
    assert found(text, ("id_card",)) == [at(text, "id_card", _A), at(text, "id_card", _B)]


def test_an_id_after_its_own_label_beside_a_number_stays():
    text = f"申请编号为410223202403010017，申请人王秋实，身份证号{_A}。\n"
    assert at(text, "id_card", _A) in found(text, ("id_card",))
