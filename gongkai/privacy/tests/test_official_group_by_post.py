"""An export's sub-record of an official named by a post field (``actingparts._held_post``,
RULES.md §4: officials acting in office are no private persons): a group holding a name,
a post's field with a post in office now (zw/职务: 党委委员, 村主任, 所长) and an office
line, nothing of a private person's, is the official's — the name is not found, as the
landline is not (``recordparts``). A former post (原村主任, 退休干部) keeps its person."""

from __future__ import annotations

from .spans import found, names, rid

XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<ShenBao>
  <Hu xh="1">
    <XM>龙永福</XM><SFZH>{rid("52262319640715231")}</SFZH>
    <TJR><XM>杨再兴</XM><ZW>朗洞镇党委委员、宣传委员</ZW><DH>0855-6121045</DH></TJR>
  </Hu>
  <Hu xh="2">
    <XM>吴老丢</XM><SFZH>{rid("52262319710302153")}</SFZH>
    <TJR><XM>潘秀梅</XM><ZW>原村主任</ZW><DH>0855-6121188</DH></TJR>
  </Hu>
</ShenBao>
"""

XML_PINYIN = f"""<?xml version="1.0" encoding="UTF-8"?>
<hzlb>
  <hz><xm>滕树林</xm><sfzh>{rid("43122419590101003")}</sfzh></hz>
  <hz><xm>欧光荣</xm><sfzh>{rid("43122419800911001")}</sfzh>
    <jtdz>思蒙镇大溪村4组21号</jtdz><sjhm>13874569021</sjhm>
    <jsr><xm>向红梅</xm><zhiwu>思蒙镇社会事务办主任</zhiwu><lxdh>0745-2616035</lxdh></jsr>
  </hz>
  <hz><xm>舒桂香</xm><sfzh>{rid("43122419770420002")}</sfzh>
    <jsr><xm>田秋云</xm><zhiwu>退休干部</zhiwu><lxdh>0745-2616877</lxdh></jsr>
  </hz>
</hzlb>
"""


def test_the_officials_name_in_a_post_group():
    got = found(XML, ["name"])
    assert names(XML, "杨再兴")[0] not in got
    assert names(XML, "龙永福")[0] in got


def test_a_former_post_keeps_its_person():
    got = found(XML, ["name"])
    assert names(XML, "潘秀梅")[0] in got


def test_a_second_layout_with_pinyin_words():
    got = found(XML_PINYIN, ["name"])
    assert names(XML_PINYIN, "向红梅")[0] not in got
    assert names(XML_PINYIN, "欧光荣")[0] in got
    assert names(XML_PINYIN, "舒桂香")[0] in got
    assert names(XML_PINYIN, "田秋云")[0] in got  # a former post: no office now
