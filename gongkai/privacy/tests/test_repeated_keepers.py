"""A keeper's name alone in a cell, repeated at the head of the same row's trade name
(issue 16): "…,东乡镇蒋勇汽修店,蒋勇,…" names one person, an individual business named
after its keeper, even where the text never says 个体. A company's row keeps its
responsible person in office, and a brand repeated in a shop's name is no person.
"""

from __future__ import annotations

from .spans import found, names


def test_comma_ledger():
    text = (
        "编号,举报人,被举报对象,负责人,处理结果\n"
        "1,覃丽萍,东乡镇蒋勇汽修店,蒋勇,责令整改\n"
        "2,韦国华,某某建材有限公司,黎志强,不予立案\n"
    )
    got = found(text, ["name"])
    assert names(text, "蒋勇", "蒋勇") == [n for n in got if text[n[1] : n[2]] == "蒋勇"]
    assert ("name", text.index("黎志强"), text.index("黎志强") + 3) not in got


def test_tab_export_with_a_brand():
    text = (
        "序号\t商户名称\t经营者\t品牌\n"
        "1\t西城街道潘敏小吃店\t潘敏\t无\n"
        "2\t西城街道华联超市\t陆海\t华联\n"
    )
    got = found(text, ["name"])
    assert names(text, "潘敏", "潘敏") == [n for n in got if text[n[1] : n[2]] == "潘敏"]
    assert not [n for n in got if text[n[1] : n[2]] == "华联"]
