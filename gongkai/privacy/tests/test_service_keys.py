"""An export's key in pinyin initials for a consultation's or a centre's phone (zxdh 咨询电话,
zxlxdh): a service's line, the unit's, though the export lists persons; zx before any other
word stays unread (zxsj 注销时间, zxrq) (keymeaning, privfix24a)."""

from gongkai.privacy.keymeaning import meaning

from .spans import at, found


def test_zx_before_a_phone_word_is_a_units():
    assert meaning("zxdh")[:2] == ("unit", "phone")
    assert meaning("zxlxdh")[:2] == ("unit", "phone")


def test_zx_elsewhere_stays_unread():
    assert meaning("zxsj") == ("", "", "")
    assert meaning("zxrq") == ("", "", "")


def test_consultation_line_in_an_export_of_persons():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<bmjg>\n  <kssm>\n'
        "    <ksdd>某县人社局三楼</ksdd>\n"
        "    <ksry><ry>马永福</ry><ry>石慧敏</ry></ksry>\n"
        "    <zxdh>0931-8260415</zxdh>\n  </kssm>\n"
        "  <ry><xm>牛永红</xm><sfzh>620102199405213316</sfzh><lxdh>13993125581</lxdh></ry>\n"
        "</bmjg>\n"
    )
    got = found(text, {"landline", "mobile", "name"})
    assert at(text, "landline", "0931-8260415") not in got
    assert at(text, "mobile", "13993125581") in got
    assert at(text, "name", "牛永红") in got
