"""A local landline (seven or eight digits) under an export's key made of a person's act's
initials ending in r (人) and a phone's (dh, lxdh) that ``keymeaning`` does not know
(issue 16): the key reads as the label 某某人电话 would, so the number is that person's.
A unit's or a staff's key (cbrdh 承办人电话, dwdh) keeps its number in office.
"""

from __future__ import annotations

from .spans import at, found


def landlines(text):
    return found(text, ["landline"])


def test_json_lines():
    text = (
        '{"bh": "A-01", "barxm": "某某", "bardh": "7325816", "nr": "噪声扰民"}\n'
        '{"bh": "A-02", "barxm": "某甲", "bardh": "13912345678", "nr": "占道经营"}\n'
    )
    assert landlines(text) == [at(text, "landline", "7325816")]


def test_xml_records():
    text = (
        "<records>\n"
        "  <record><xm>某乙</xm><sbrlxdh>84261937</sbrlxdh><sx>求助</sx></record>\n"
        "  <record><xm>某丙</xm><sbrlxdh>15812345678</sbrlxdh><sx>求助</sx></record>\n"
        "</records>\n"
    )
    assert landlines(text) == [at(text, "landline", "84261937")]


def test_near_misses():
    # a staff's and a unit's phone keys, and a number under a key of no phone
    text = (
        '{"bh": "B-01", "cbrdh": "6120457", "dwdh": "6120458", "slr": "某丁", "tsrbh": "7001234"}\n'
        '{"bh": "B-02", "cbrdh": "6120457", "dwdh": "6120458", "slr": "某戊", "tsrbh": "7001235"}\n'
    )
    assert landlines(text) == []
