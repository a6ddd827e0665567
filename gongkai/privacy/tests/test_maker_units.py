"""The landline of the unit that made a table, on its footer (``makerunits``, privfix25c):
the footer's line is the unit's; the rows' own numbers stay."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("35012119790412301")


def _table(footer):
    return (
        "序号,核查批次,机主姓名,证件类型,证件号码,涉案号码,开卡营业厅,承办民警,备注\n"
        f"1,第1批,邱美玉,居民身份证,{_ID},13905912736,某营业厅,林永福,本人办理\n" + footer
    )


def test_the_making_units_line_on_the_next_line_and_the_same_line():
    for footer in (
        "填报单位：闽侯县公安局反诈中心,,,,,,,,\n联系电话：0591-22991100,,,,,,,,\n",
        "制表单位：闽侯县通信管理办公室\n联系电话：0591-22991100\n",
        "汇总单位：闽侯县反诈中心　电话：0591-22991100\n",
    ):
        text = _table(footer)
        got = found(text)
        assert at(text, "landline", "0591-22991100") not in got, footer
        assert at(text, "mobile", "13905912736") in got, footer
        assert at(text, "name", "邱美玉") in got, footer
