"""A traffic register's export keys its holder's home as ``ZSDZ`` / ``zsxxdz`` (住所地址,
住所详细地址): read as 住所 like ``zs`` (privfix24c), a street number without a flat too;
a bare village group under it stays a place, and the handling unit's key stays unread."""

from gongkai.privacy.tests.spans import found

_XML = (
    "<Records>\n"
    "  <JL><XH>1</XH><XM>阿依古丽·吐尔逊</XM><ZSDZ>察布查尔县爱新舍里镇人民路23号</ZSDZ>"
    "<BADW>察布查尔县公安局交通警察大队</BADW></JL>\n"
    "  <JL><XH>2</XH><XM>马建军</XM><ZSDZ>霍城县清水河镇江苏路7号</ZSDZ>"
    "<BADW>察布查尔县公安局交通警察大队</BADW></JL>\n"
    "  <JL><XH>3</XH><XM>韩秀兰</XM><ZSDZ>霍城县三宫乡下三宫村5组</ZSDZ>"
    "<BADW>察布查尔县公安局交通警察大队</BADW></JL>\n"
    "</Records>\n"
)


def test_zsdz_holds_the_home_address():
    got = [(a, b) for k, a, b in found(_XML, ["address"])]
    for value in ("察布查尔县爱新舍里镇人民路23号", "霍城县清水河镇江苏路7号"):
        s = _XML.index(value)
        assert (s, s + len(value)) in got, value
    s = _XML.index("霍城县三宫乡下三宫村5组")
    assert not any(a <= s < b for a, b in got)
    assert len(got) == 2
