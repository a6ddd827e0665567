"""A bare address key (<dz>, "address") in an export's record whose subject is a unit or an
individual business — named under a unit's name key, or typed by the record's own kind field —
is the subject's premises, not marked (recordseats, privfix22c); a household's or a person's
record keeps it."""

from .spans import at, found

XML = (
    "<Inspections>\n"
    '  <item no="1">\n'
    "    <jcdwmc>乐都区第三小学</jcdwmc>\n"
    "    <dz>海东市乐都区碾伯镇西大街27号</dz>\n"
    "    <lxdh>0972-8621150</lxdh>\n"
    "  </item>\n"
    '  <item no="2">\n'
    "    <jcdwmc>乐都区高庙镇马海英面馆坊</jcdwmc>\n"
    "    <dwlx>个体工商户</dwlx>\n"
    "    <jyz>马海英</jyz>\n"
    "    <zjhm>632123198904153027</zjhm>\n"
    "    <dz>海东市乐都区高庙镇新庄村二社14号</dz>\n"
    "  </item>\n"
    '  <item no="3">\n'
    "    <jcdwmc>冶福全自建住宅</jcdwmc>\n"
    "    <dwlx>农户</dwlx>\n"
    "    <wtr>冶福全</wtr>\n"
    "    <zjhm>632123196805113419</zjhm>\n"
    "    <dz>海东市乐都区洪水镇下杏园村三社8号</dz>\n"
    "  </item>\n"
    "</Inspections>\n"
)

JSON = (
    '{"xm": "鲁永红", "sfzh": "632123199002284412", "dwmc": "乐都区惠民超市", '
    '"address": "海东市乐都区碾伯镇七里店村5组21号"}\n'
)


def test_units_and_businesses_premises_are_theirs():
    got = found(XML, ["address"])
    assert at(XML, "address", "海东市乐都区碾伯镇西大街27号") not in got
    assert at(XML, "address", "海东市乐都区高庙镇新庄村二社14号") not in got


def test_a_households_record_keeps_its_address():
    assert at(XML, "address", "海东市乐都区洪水镇下杏园村三社8号") in found(XML, ["address"])


def test_a_persons_record_keeps_its_address():
    assert at(JSON, "address", "海东市乐都区碾伯镇七里店村5组21号") in found(JSON, ["address"])
