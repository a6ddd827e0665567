"""A unit's phone column headed in the upper row of a two-row header (a rowspan cell of
an HTML thead, or a spreadsheet's merged header saved as text): its landlines are the
unit's, while the persons' own numbers under the lower row's cells stay theirs."""

from gongkai.privacy import scan_html

from .spans import at, found

_HTML = (
    "<table><thead>"
    '<tr><th rowspan="2">村别</th><th rowspan="2">联系人</th>'
    '<th colspan="2">联系人联系方式</th><th rowspan="2">{unit}</th></tr>'
    "<tr><th>手机</th><th>住宅电话</th></tr></thead><tbody>"
    "<tr><td>东湾村</td><td>周桂兰</td><td>13905937214</td><td>0593-6621470</td>"
    "<td>0593-6620001</td></tr>"
    "<tr><td>西坪村</td><td>魏长河</td><td>15859364218</td><td>6628831</td>"
    "<td>0593-6628000</td></tr>"
    "</tbody></table>"
)


def _landlines(html):
    return sorted(html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == "landline")


def test_html_rowspan_unit_phone_header_is_the_units():
    for unit in ("所在单位电话", "村委会办公电话", "卫生室座机"):
        got = _landlines(_HTML.format(unit=unit))
        assert got == ["0593-6621470", "6628831"], unit


def test_html_rowspan_person_phone_header_stays_the_persons():
    got = _landlines(_HTML.format(unit="本人座机"))
    assert "0593-6620001" in got and "0593-6621470" in got


def _rows(sep, unit):
    head = sep.join(["序号", "姓名", "联系方式", "", unit])
    sub = sep.join(["", "", "手机", "家庭电话", ""])
    one = sep.join(["1", "韩素珍", "13807351426", "0735-4418260", "0735-4410011"])
    two = sep.join(["2", "龚德胜", "18907358831", "4412957", "0735-4410022"])
    return "\n".join(["防汛责任人名单", head, sub, one, two]) + "\n"


def test_tab_and_pipe_two_row_headers():
    for sep in ("\t", "|", ","):
        text = _rows(sep, "单位值班电话")
        got = found(text, ["landline"])
        assert at(text, "landline", "0735-4418260") in got, repr(sep)
        assert at(text, "landline", "4412957") in got, repr(sep)
        assert at(text, "landline", "0735-4410011") not in got, repr(sep)
        assert at(text, "landline", "0735-4410022") not in got, repr(sep)


def _one_row(sep, unit):
    head = sep.join(["镇别", "村别", "姓名", "职务", "手机", "家庭固话", unit])
    one = sep.join(
        ["石门镇", "岭头村", "严秋菊", "村文书", "13908354127", "0835-5512846", "0835-5510110"]
    )
    two = sep.join(["", "岭下村", "喻德全", "村主任", "15882354906", "5516031", ""])
    return "\n".join(["应急信息员名册", head, one, two]) + "\n"


def test_headers_naming_an_office_or_its_duty_line():
    for unit in ("镇应急办值班电话", "党政办电话", "派出所值班座机", "办公电话", "乡镇值班电话"):
        for sep in ("\t", "|"):
            text = _one_row(sep, unit)
            got = found(text, ["landline"])
            assert at(text, "landline", "0835-5510110") not in got, (unit, repr(sep))
            assert at(text, "landline", "0835-5512846") in got, (unit, repr(sep))
            assert at(text, "landline", "5516031") in got, (unit, repr(sep))


def test_a_persons_own_line_header_is_not_an_office():
    text = _one_row("\t", "本人住宅电话")
    assert at(text, "landline", "0835-5510110") in found(text, ["landline"])
