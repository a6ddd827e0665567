"""Issue 16, privfix16ia (held-out batches 198–200): after a record-by-record register, a
line of the offices' phones ("村（居）委会联系电话：甲村 0558-…；乙村 0558-…") gives each
place's office its landline; a bracketed alternative in the committee's name (村（居）委会)
is still a committee. A household's landline after a village's name stays theirs.
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("mobile", "landline")


def test_the_offices_line_after_the_records():
    text = (
        "户主姓名：钱桂英\n"
        f"身份证号：{rid('34122519600202101')}\n"
        "联系电话：13805581234\n"
        "住宅电话：(0558)2213301\n"
        "核查人：赵强　核查日期：2021-07-02\n\n"
        "村（居）委会联系电话：柳湾村 0558-6531201；新塘社区 0558-6531202、河西村 (0558)6531203\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13805581234"),
        at(text, "landline", "(0558)2213301"),
    ]


def test_a_committees_bracketed_name_is_a_units_label():
    text = "村（居）委会联系电话：0558-6531209\n"
    assert found(text, PHONES) == []


def test_a_households_landline_after_its_village_stays():
    text = "户主：孙有田，住柳湾村 0558-2213388；邻户：周二妹，河西村 0558-2213399\n"
    assert found(text, PHONES) == [
        at(text, "landline", "0558-2213388"),
        at(text, "landline", "0558-2213399"),
    ]
