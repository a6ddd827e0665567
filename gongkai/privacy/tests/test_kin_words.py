"""Issue 16 (privfix26f): a conjunction that can be a surname before a doubled kinship word
("来电人和弟弟X轮流照顾") reads as a three-character name; the relative is the name after it.
Near misses: a name whose given part repeats a character (和丹丹, 谢冬冬) stays a name.
"""

from __future__ import annotations

from .spans import found, names


def test_a_kinship_word_after_a_conjunction():
    text = "其父长期卧床，由申请人和哥哥蒲立新（电话13872210564）轮流照顾。\n"
    assert found(text, ("name",)) == names(text, "蒲立新")


def test_a_repeated_given_name_stays():
    text = "申请人：和丹丹，女，身份证号码见附表。\n联系人：谢冬冬\n"
    assert found(text, ("name",)) == names(text, "和丹丹", "谢冬冬")
