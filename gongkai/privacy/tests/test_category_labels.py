"""Issue 16 (privfix26f): a work order's or an export's category ("诉求类别：民政·残疾人福利·两项
补贴") is a kind of matter, whose dotted levels read like a transliterated name.
Near misses: a person after another label (诉求人：X) stays a name, a dotted name under 姓名
stays.
"""

from __future__ import annotations

from .spans import found, names


def test_a_dotted_category_is_no_name():
    text = (
        "工单编号：GD20240312001\n诉求类别：社会保障·残疾人福利·护理补贴\n"
        "诉求人：柏永红\n联系电话：13907216634\n"
    )
    assert found(text, ("name",)) == names(text, "柏永红")


def test_a_category_in_a_tab_row():
    text = "事项分类\t城乡建设·住房保障·公租房\n申请人\t阿依古丽·买买提\n"
    assert found(text, ("name",)) == names(text, "阿依古丽·买买提")
