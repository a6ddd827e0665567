"""A staff word whose record gives its own home (``keycolumns.private_staff``, RULES.md §4):
``jbr`` is a 经办人's initials and a 举报人's alike; an export that gives the key's home with
its house number (``jbrdz`` "…村12号") names its reporter, a private person, whose name
and the record's other persons' column (``bjbr`` 被举报人) are personal data. A clerk's
``jbr`` with only the office line stays the office's."""

from __future__ import annotations

from .spans import found, names

JSON_REPORTS = (
    '{"bh": "HB2024-0031", "jbrxm": "潘有根", "jbrdh": "13905718842", '
    '"jbrdz": "安吉县孝丰镇横溪坞村12号", "bjbr": "邵长林", "nr": "在溪里电鱼"}\n'
    '{"bh": "HB2024-0032", "jbrxm": "柴玉兰", "jbrdh": "15167290431", '
    '"jbrdz": "安吉县递铺街道胜利西路88号2幢301室", "bjbr": "", "nr": "夜里偷排污水"}\n'
    '{"bh": "HB2024-0033", "jbrxm": "褚国庆", "jbrdh": "18857204419", '
    '"jbrdz": "安吉县天荒坪镇大溪村7组45号", "bjbr": "钱阿毛", "nr": "毁坏护坡林地"}\n'
    '{"bh": "HB2024-0034", "jbrxm": "严美娟", "jbrdh": "13757081126", '
    '"jbrdz": "安吉县杭垓镇吴村19号", "bjbr": "宋金宝", "nr": "非法采砂"}\n'
)

XML_REPORTS = """<?xml version="1.0" encoding="UTF-8"?>
<jbjl>
  <jl><jbrxm>冉德贵</jbrxm><jbrdh>13508261174</jbrdh><jbrdz>秀山县清溪场镇两河村33号</jbrdz></jl>
  <jl><jbrxm>粟春花</jbrxm><jbrdh>18723019945</jbrdh><jbrdz>秀山县平凯街道凤鸣路6号</jbrdz></jl>
</jbjl>
"""

# the near miss: a clerk's jbr with the office's line and no home of its own
JSON_CLERKS = (
    '{"xm": "龚新民", "sfzh": "—", "sqsx": "林木采伐", "jbr": "杨晓东", "jbrdh": "0572-5123456"}\n'
    '{"xm": "龚新民", "sqsx": "林木采伐", "jbr": "杨晓东", "jbrdh": "0572-5123456", "dz": ""}\n'
)


def test_a_reporters_name_under_a_staff_word_with_its_own_home():
    got = found(JSON_REPORTS, ["name"])
    for span in names(JSON_REPORTS, "潘有根", "柴玉兰", "褚国庆", "严美娟"):
        assert span in got


def test_the_reported_persons_column_in_reporters_records():
    got = found(JSON_REPORTS, ["name"])
    for span in names(JSON_REPORTS, "邵长林", "钱阿毛", "宋金宝"):
        assert span in got


def test_the_same_in_an_xml_export():
    got = found(XML_REPORTS, ["name"])
    for span in names(XML_REPORTS, "冉德贵", "粟春花"):
        assert span in got


def test_a_clerks_staff_word_with_the_office_line_stays_the_offices():
    got = found(JSON_CLERKS, ["name"])
    assert names(JSON_CLERKS, "杨晓东")[0] not in got
