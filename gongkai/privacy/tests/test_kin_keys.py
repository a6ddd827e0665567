"""Issue 16 (privfix27b): an export's key whose ``…gx`` sibling gives a kinship (``"bzr"``
beside ``"bzrgx":"父亲"``) holds a private person: its value is a name, also a Mongolian or
Tibetan name of no surname, in JSON and in XML.
Near misses: a sibling ``…gx`` holding no kinship (a unit's relation, 上级), a value that
is no name (本人, 无, a unit), a key with no ``gx`` sibling.
"""

from __future__ import annotations

from .spans import at, found


def test_json_records_with_a_kin_contact():
    text = (
        '{"xm":"包金山","sfzh":"150702198603151530","bzr":"阿拉坦仓","bzrgx":"父亲",'
        '"bzrdh":"13947012345","sfs":"城关司法所"}\n'
        '{"xm":"白玉梅","sfzh":"150702197909039790","bzr":"斯琴","bzrgx":"姐姐",'
        '"bzrdh":"15847012345","sfs":"城关司法所"}\n'
    )
    got = found(text, ("name",))
    assert at(text, "name", "阿拉坦仓") in got and at(text, "name", "斯琴") in got


def test_xml_records_in_capitals():
    text = (
        "<ROWS><ROW><XM>吴国庆</XM><SFZH>150702199506125920</SFZH>"
        "<BZR>卓玛</BZR><BZRGX>母亲</BZRGX><BZRDH>13624706619</JHRDH></ROW></ROWS>\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "卓玛") in got


def test_near_misses():
    text = (
        '{"xm":"包金山","sfzh":"150702198603151530","lxr":"本人","lxrgx":"本人",'
        '"dw":"城关司法所","dwgx":"上级","bzr":"无","bzrgx":"配偶"}\n'
    )
    got = found(text, ("name",))
    assert [text[g[1] : g[2]] for g in got] == ["包金山"]
