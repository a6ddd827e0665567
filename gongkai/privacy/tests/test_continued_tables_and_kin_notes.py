"""An aligned table going on over a page break under its repeated title marked as
continued (…（续）, …（续表）, …续上表) without its header, and guardians in a cell's note
bearing the child's surname however rare it is (issue 16)."""

import pytest

from .spans import found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


_PAGE_ONE = (
    "                  2023年学生资助对象名单\n"
    " 序号  受助学生（监护人）  年级  资助类别      家庭住址                    资助金额\n"
    " 1     贺晨曦（贺长林）    初二  建档立卡      城西街道柳塘社区中街12号    1250\n"
    " 2     谭雨桐（谭秀英）    高一  低保家庭      白水镇龙口村上组8号         2000\n"
    "\n"
)
_PAGE_TWO = (
    " 3     龚子涵（龚宏达）    初一  特困供养      白水镇龙口村下组21号        1250\n"
    " 4     聂欣怡（聂小梅）    高三  残疾家庭      城西街道柳塘社区东街3号     2000\n"
    " 合计  4人                                                                 6500\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "                         —1—\n                  2023年学生资助对象名单（续）\n",
        "                      第 1 页\n              学生资助对象名单(续表)\n",
        "                  2023年学生资助对象名单 续上表\n",
        "              - 1 -\n\n         2023年学生资助对象名单（续）\n\n",
    ],
)
def test_an_aligned_table_goes_on_under_its_continued_title(furniture):
    text = _PAGE_ONE + furniture + _PAGE_TWO
    # the guardians in the notes are read only under the header's columns
    assert missing_names(text, "贺长林", "谭秀英", "龚宏达", "聂小梅") == []
    got = _names(text)
    assert not any("名单" in n or "续" in n or "资助" in n for n in got)


def test_a_title_without_the_continued_mark_still_ends_the_table():
    # a new table's title (no 续) over rows without a header: not this table's rows
    text = (
        _PAGE_ONE
        + "                  2023年学生资助资金拨付情况\n"
        + " 3     城西街道  12户  2023.06  已拨付  1800\n"
        + " 4     白水镇    9户   2023.07  已拨付  1200\n"
    )
    got = _names(text)
    assert {"贺长林", "谭秀英"} <= set(got)
    assert "城西街道" not in got and "白水镇" not in got


def test_a_sentence_mentioning_a_continued_matter_is_no_furniture():
    text = (
        _PAGE_ONE
        + "以上人员如有异议，请于公示期内向县医保局反映，受理工作将持续（续）进行。\n"
        + " 3     城西街道  12户  2023.06  已拨付  1800\n"
    )
    got = _names(text)
    assert {"贺长林", "谭秀英"} <= set(got)
    assert "城西街道" not in got and not any("受理" in n or "医保" in n for n in got)


def test_guardians_bearing_the_childs_surname_in_the_note():
    text = (
        "| 序号 | 受助儿童（监护人） | 性别 | 金额 |\n| --- | --- | --- | --- |\n"
        "| 1 | 仡茜茜（仡万福） | 女 | 14000 |\n"
        "| 2 | 付俊熙（付家伟） | 男 | 40000 |\n"
        "| 3 | 骆浩宇（骆成） | 男 | 12000 |\n"
    )
    assert missing_names(text, "仡万福", "付家伟", "骆成") == []
    tabbed = "序号\t救助儿童（监护人）\t金额\n1\t仡茜茜（仡万福）\t300\n2\t付俊熙（付家伟）\t300\n"
    assert missing_names(tabbed, "仡万福", "付家伟") == []


def test_a_note_sharing_the_first_character_but_no_person_stays_clean():
    text = (
        "| 序号 | 受助儿童（监护人） | 金额 |\n| --- | --- | --- |\n"
        "| 1 | 孤小雨（孤儿） | 300 |\n"
        "| 2 | 户明明（户主） | 300 |\n"
        "| 3 | 已佳佳（已故） | 300 |\n"
    )
    got = _names(text)
    assert "孤儿" not in got and "户主" not in got and "已故" not in got
    # under a header whose note is no person, a note with the same first character is none
    plain = "| 序号 | 姓名（曾用名） | 金额 |\n| --- | --- | --- |\n| 1 | 龙海燕（龙燕） | 300 |\n"
    assert "龙燕" not in _names(plain)
