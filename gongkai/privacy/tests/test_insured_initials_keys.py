"""An insurance export's keys by their initials (issue 16, privfix25b): ``tbrxm`` is a
投保人's name where the record holds the insured's ID and names no one else (``tbr``, like
``jbr``, is a clerk's 填表人 and a private party's alike), ``bbxr`` the insured (被保险人),
``jyz`` an operator (经营者); a contact tied as kin (``lxrgx``: 配偶) is no subject of the
record. A clerk's ``tbrxm`` beside a record that names its person stays the clerk's."""

from gongkai.privacy.keymeaning import meaning

from .spans import at, found

JSONL = (
    '{"bdh": "PA-0101", "tbrxm": "卜长庚", "zjhm": "130529197403152513", '
    '"lxdh": "13930112456", "mj": 12.5, "czy": "op_li"}\n'
    '{"bdh": "PA-0102", "tbrxm": "闻素琴", "zjhm": "13052919810620252X", '
    '"lxdh": "15831200471", "lxrxm": "卜立新", "lxrgx": "儿子", "lxrdh": "13713324580"}\n'
    '{"bdh": "PA-0103", "tbrxm": "某县丰禾农机专业合作社", "zjhm": "93130529MA0ABCDE1X"}\n'
)
# a register whose person is named by xm: its tbrxm is the clerk who filled it in
CLERK = (
    '{"xm": "焦红玉", "sfzh": "130529197403152513", "tbrxm": "石海涛", "tbrq": "2025-03-02"}\n'
    '{"xm": "戈建平", "sfzh": "13052919810620252X", "tbrxm": "石海涛", "tbrq": "2025-03-02"}\n'
)
XML = (
    "<Claims>\n"
    "  <Claim><BDH>PB-77</BDH><BBXR>辛玉珍</BBXR><ZJHM>130529196811022541</ZJHM>"
    "<LXDH>13833912765</LXDH></Claim>\n"
    "  <Claim><BDH>PB-78</BDH><BBXR>某县旭升牧业有限公司</BBXR><JYZ>井德胜</JYZ>"
    "<JYZZJHM>130529197208122518</JYZZJHM></Claim>\n"
    "</Claims>\n"
)


def test_keys_read():
    assert meaning("bbxr")[:2] == ("person", "name")
    assert meaning("jyz")[:2] == ("person", "name")
    assert meaning("tbrxm")[0] == "staff"  # alone a clerk's: the record decides


def test_policyholder_named_by_tbrxm_when_sole_holder_of_the_id():
    got = found(JSONL, ["name"])
    assert at(JSONL, "name", "卜长庚") in got
    assert at(JSONL, "name", "闻素琴") in got  # its kin contact is no subject
    assert at(JSONL, "name", "卜立新") in got
    assert not any(JSONL[s:e].startswith("某县") for _k, s, e in got)  # a cooperative


def test_clerk_tbrxm_beside_a_named_person_left_alone():
    got = found(CLERK, ["name"])
    assert at(CLERK, "name", "焦红玉") in got
    assert at(CLERK, "name", "戈建平") in got
    assert not any(CLERK[s:e] == "石海涛" for _k, s, e in got)


def test_insured_and_operator_keys_in_xml():
    got = found(XML, ["name"])
    assert at(XML, "name", "辛玉珍") in got
    assert at(XML, "name", "井德胜") in got
    assert not any("公司" in XML[s:e] for _k, s, e in got)


# a report's record: the operator keyed jyz holds the ID, and the reward (jbjl) makes jbr
# the reporter, a private person, not the clerk
REPORT = (
    '{"ajbh": "AJ-2026-0107", "dsrxm": "某县石桥镇蒲志勇砂石场", "jyz": "蒲志勇", '
    '"zjhm": "130529197403152513", "cbr": "郝立军", "jbr": "柴凤仙", '
    '"jbrdh": "13930117724", "jbjl": "300"}\n'
)


def test_reporter_by_the_reward_beside_an_operator():
    got = found(REPORT, ["name"])
    assert at(REPORT, "name", "柴凤仙") in got
    assert at(REPORT, "name", "蒲志勇", REPORT.index("jyz")) in got
