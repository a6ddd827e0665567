"""Issue 16, privfix16ia (held-out batches 198–200): a line opened by a unit and a colon
with the unit's phone ("某镇应急办：0870-…，地址：…，邮箱：…") is the unit's contact line;
its street address is the unit's even where the street is named after a village
(新村路, 下村街) that would read as a rural household's door. A person's line keeps it.
"""

from __future__ import annotations

from .spans import at, found


def test_a_units_contact_line_with_a_village_named_street_is_no_home():
    text = (
        "二、乡镇民政办联络方式\n"
        "石门乡民政办：0736-5212019，地址：安乡县石门乡新村路6号，邮箱：smx_mzb@126.com\n"
        "河口镇社会事务办：0736 5331026，地址：安乡县河口镇上村街18号\n"
    )
    assert found(text, ["address"]) == []


def test_a_persons_line_with_the_same_street_keeps_the_address():
    text = "申请人：龙翠平，电话：13907361234，地址：安乡县石门乡新村路6号\n"
    assert found(text, ["address"]) == [at(text, "address", "安乡县石门乡新村路6号")]
