"""Issue 16 (privfix26f): a unit's fixed line given with its section and the clerk who answers
it ("0xxx-…（就业指导科，X）"): the clerk acts in office, there and at the notice's foot.
Near misses: a mobile's bracket naming a section and a person, a household's name before
its line and a person named in the notice's body stay names.
"""

from __future__ import annotations

from .spans import found, names


def test_a_clerk_noted_after_the_units_line_and_at_the_foot():
    text = (
        "五、办理地点及电话\n"
        "县人力资源和社会保障局：0731-82215560（失业保险股，蒯晓雯），地址：某县人民路8号。\n"
        "申报对象：乌日娜、邝长庚。\n\n"
        "（联系人：蒯晓雯，签发人：郜振宇）\n"
    )
    got = found(text, ("name",))
    assert [text[s:e] for _, s, e in got if text[s:e] == "蒯晓雯"] == []
    assert names(text, "乌日娜", "邝长庚")[0] in got


def test_a_mobile_with_a_section_and_a_name_stays():
    text = (
        "联系人及电话：13907312246（就业指导科，邝长庚）\n户主：沈秀英（某村3组，0731-82215561）\n"
    )
    assert found(text, ("name",)) == names(text, "邝长庚", "沈秀英")
