"""Whose landline in an export's record (``recordparts``, RULES.md §4: officials acting in
office and units' phones are no personal data): the sender's part of a file (a unit's name,
then its clerk, then the line) and a sub-record of an official named by his post."""

from __future__ import annotations

from .spans import at, found, rid

XML_SENDER = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- 某县 残疾人两项补贴 发放数据 导出（省平台） -->
<FaFang>
  <BaoSong>
    <BaoSongDanWei>长丰县残疾人联合会</BaoSongDanWei>
    <TianBiaoRen>柏文静</TianBiaoRen>
    <LianXiDianHua>0551-66713025</LianXiDianHua>
  </BaoSong>
  <Ren xh="1">
    <XingMing>尤春来</XingMing>
    <ShenFenZheng>{rid("34012119610412031")}</ShenFenZheng>
    <JiaTingDianHua>0551-66780314</JiaTingDianHua>
  </Ren>
</FaFang>
"""

JSON_SENDER = (
    '{"dwmc": "宁乡县医疗保障局", "tbr": "刘晓凤", "lxdh": "0731-87722015", "pc": "2025-06"}\n'
    f'{{"xm": "粟德望", "sfzh": "{rid("43012419550210053")}", "lxdh": "0731-87735581"}}\n'
)


def test_the_senders_line_after_its_unit_and_clerk_is_the_units():
    got = found(XML_SENDER, ["landline"])
    assert at(XML_SENDER, "landline", "0551-66713025") not in got
    assert at(XML_SENDER, "landline", "0551-66780314") in got  # the person's home line


def test_the_senders_line_in_a_json_export_is_the_units():
    got = found(JSON_SENDER, ["landline"])
    assert at(JSON_SENDER, "landline", "0731-87722015") not in got
    assert at(JSON_SENDER, "landline", "0731-87735581") in got  # after the person's ID


XML_POST = f"""<?xml version="1.0" encoding="UTF-8"?>
<PingXuan>
  <Gj xh="1">
    <XM>鲍世平</XM><XB>男</XB>
    <SFZH>{rid("34152319660804021")}</SFZH>
    <GDDH>0564-5712096</GDDH>
    <TJR><XM>滕丽</XM><ZW>晓天镇党委委员、宣传委员</ZW><DH>0564-5702113</DH></TJR>
  </Gj>
  <Gj xh="2">
    <XM>伍小满</XM><XB>女</XB>
    <SFZH>{rid("34152319720911042")}</SFZH>
    <TJR><XM>伍大成</XM><ZW>退休干部</ZW><DH>0564-5718840</DH></TJR>
  </Gj>
</PingXuan>
"""

JSON_POST = (
    f'{{"xm": "项春燕", "sfzh": "{rid("33082519800312064")}", '
    '"jjr": {"xm": "邵国平", "zhiwu": "村党支部书记", "dh": "0570-6611085"}, '
    '"jtdh": "0570-6653027"}\n'
)


def test_an_officials_line_under_a_post_field_is_the_offices():
    got = found(XML_POST, ["landline"])
    assert at(XML_POST, "landline", "0564-5702113") not in got
    assert at(XML_POST, "landline", "0564-5712096") in got  # the craftsman's own line
    # no post in office: a retired cadre recommends as a private person
    assert at(XML_POST, "landline", "0564-5718840") in got


def test_an_officials_line_under_a_post_key_in_a_json_line():
    got = found(JSON_POST, ["landline"])
    assert at(JSON_POST, "landline", "0570-6611085") not in got
    assert at(JSON_POST, "landline", "0570-6653027") in got  # the family's line
