"""``jd`` right before a phone's word in an export's key is a unit's line (issue 16,
privfix25b): 监督电话, 接待电话, 街道电话 (``jddh``); elsewhere (``jdrq`` 鉴定日期, ``jdr``
接待人) it is read as before."""

from gongkai.privacy.keymeaning import meaning

from .spans import at, found

XML = (
    "<List>\n"
    "  <Row><XM>覃凤英</XM><SFZH>130529197403152513</SFZH><LXDH>0319-5526613</LXDH></Row>\n"
    '  <Contact jgdh="0319-5521001" jddh="0319-5521870"/>\n'
    "</List>\n"
)


def test_key_meaning():
    assert meaning("jddh")[:2] == ("unit", "phone")
    assert meaning("jdlxdh")[:2] == ("unit", "phone")
    assert meaning("jdr")[0] == "staff"
    assert meaning("jdrq") == ("", "", "")


def test_supervision_line_left_the_persons_found():
    got = found(XML, ["landline", "name"])
    assert ("landline", XML.index("0319-5521870"), XML.index("0319-5521870") + 12) not in got
    assert at(XML, "name", "覃凤英") in got
    assert at(XML, "landline", "0319-5526613") in got
