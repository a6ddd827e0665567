"""A bracket holding only a number right after a unit addressed (向/到/至 + a unit + what
one does there: 申请复议（…）, 咨询（电话：…）) is the unit's line (landlineowner._ADDRESSED,
issue 16, privfix16rd); a bracket after a person addressed keeps the number."""

from .spans import at, found

PROSE = (
    "申请人邵秀芝（电话13837915522）委托律师代为接收。当事人对结论有异议的，可自收到之日起"
    "15日内向伊川县海事处申请复核（(0379)68231150）。\n"
    "申请人于3月2日向其姐姐邵秀芝求助（0379-68235512），邵秀芝当日到场。\n"
)


def test_addressed_unit_bracket_number():
    got = found(PROSE, ["landline"])
    assert at(PROSE, "landline", "(0379)68231150") not in got
    assert at(PROSE, "landline", "0379-68235512") in got
