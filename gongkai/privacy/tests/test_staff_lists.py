"""Issue 16 (privfix26f): an assessment's staff listed after one label, each with the part
they assessed ("评定医师：A（肢体）　B（视力、听力）"), act in office, every one of them.
Near misses: a list of kin after a witness label (A（当事人之弟）、B) stays names; a list of
applicants with their notes stays names.
"""

from __future__ import annotations

from .spans import found, names


def test_assessing_doctors_listed_with_their_parts():
    text = (
        "经评定，以上人员残疾类别、等级如下。\n"
        "鉴定医生：司马文涛（肢体）\u3000钟丽萍（视力、听力）\u3000贝晓军（精神、智力）\n"
    )
    assert found(text, ("name",)) == []


def test_assessors_listed_after_a_plain_label():
    text = "评估人员：卜家和（听力）\u3000闵春燕（假肢矫形）\u3000谭晓东（轮椅）\n"
    assert found(text, ("name",)) == []


def test_a_list_of_applicants_with_notes_stays():
    text = "新增申请人：卜家和（肢体）、闵春燕（视力）、谭晓东（听力）。\n"
    assert found(text, ("name",)) == names(text, "卜家和", "闵春燕", "谭晓东")
