"""The signer of a declaration or a pledge (声明人, 承诺人) and a label whose note is a
relation ("见证人（父）：X") name private persons; a unit as the signer or a staff label
with any note does not (issue 16)."""

from .spans import at, found


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_a_declarations_signer_and_a_witness_noted_as_a_relative():
    text = "附件：放弃声明\n声明人：罗晓梅　见证人（父）：罗国富\n2024年6月3日\n"
    got = found(text, ["name"])
    assert at(text, "name", "罗晓梅") in got and at(text, "name", "罗国富") in got
    pledge = "承诺人：韦丽娟\n承诺日期：2024年3月1日\n代领人（母亲）：覃桂英\n"
    got = found(pledge, ["name"])
    assert at(pledge, "name", "韦丽娟") in got and at(pledge, "name", "覃桂英") in got


def test_units_staff_and_other_notes_stay_clean():
    text = (
        "声明人：县民政局\n"
        "见证人（村干部）：社区居委会\n"
        "经办人（父）：李四海\n"
        "承诺人：某某建筑工程有限公司\n"
    )
    got = _names(text)
    assert "李四海" not in got  # a staff label acts in office whatever its note
    assert not any("民政" in n or "公司" in n or "居委" in n for n in got)
