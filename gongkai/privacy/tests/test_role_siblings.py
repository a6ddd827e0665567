"""A field's role passes to its sibling fields (issue 16, privfix16ha).

In a record, the phone keyed by the same role's stem as a field naming a member of staff
acting in office (承办人 → 承办电话, ``slr`` → ``sldh``, ``case_officer`` → ``case_phone``)
is that member's desk line, not the private person's the record is about; the private
person's own phones (``sqrdh`` beside ``sqr``, 住宅电话) stay findings. And a camel-cased
key in full pinyin shares a word with another key only at a whole word, not at its first
syllable (``ZhuZhaiDianHua`` 住宅电话 shares nothing with ``ZhuTiMingCheng`` 主体名称).
All texts invented."""

from gongkai.privacy.tests.spans import at, found

# a housing-repair complaints export: pinyin initials, one field a line
XML_INITIALS = """<?xml version="1.0" encoding="UTF-8"?>
<wxjl dw="青禾县住房保障中心">
  <jl>
    <sqr>柏春燕</sqr>
    <sqrdh>0731-8846120</sqrdh>
    <sqrsj>13975112846</sqrsj>
    <fwzl>青禾县城关镇河西路17号</fwzl>
    <slr>段明辉</slr>
    <sldh>0731-8823301</sldh>
  </jl>
  <jl>
    <sqr>欧阳志平</sqr>
    <sqrdh>0731-8847395</sqrdh>
    <sqrsj>13786412209</sqrsj>
    <fwzl>青禾县城关镇东塘街8号</fwzl>
    <slr>谷晓红</slr>
    <sldh>0731-8823417</sldh>
  </jl>
</wxjl>
"""

# a school-transport incident log: JSON lines, English keys, the officer's phone last
JSONL_ENGLISH = (
    '{"case_no": "ST-0412", "parent_name": "龙玉兰", "parent_phone": "0851-6627719", '
    '"address": "黔山县溪口镇新寨村3组", "case_officer": "吴国梁", "case_phone": "0851-6612080"}\n'
    '{"case_no": "ST-0413", "parent_name": "杨再芬", "parent_phone": "0851-6629934", '
    '"address": "黔山县溪口镇老街19号", "case_officer": "潘文", "case_phone": "0851-6612095"}\n'
)

# Chinese tags, the clerk's phone before the clerk (order does not matter)
XML_CHINESE = """<登记表>
  <记录>
    <申请人>苏德全</申请人>
    <申请人电话>0379-6402218</申请人电话>
    <经办电话>0379-6355120</经办电话>
    <经办人>范丽娟</经办人>
  </记录>
  <记录>
    <申请人>贺金花</申请人>
    <申请人电话>0379-6409963</申请人电话>
    <经办电话>0379-6355142</经办电话>
    <经办人>范丽娟</经办人>
  </记录>
</登记表>
"""

# near misses: a private role's stem (tsr 投诉人) keeps its phones; jbr read as 举报人 when
# the record gives that stem an ID; a full-pinyin home phone beside a business's name
XML_NEAR = """<list>
  <item>
    <tsr>焦玉琴</tsr>
    <tsrdh>0391-3378812</tsrdh>
    <tsrgddh>0391-3371906</tsrgddh>
    <cbr>石磊</cbr>
  </item>
  <item>
    <jbr>牛二旺</jbr>
    <jbrsfzh>410822196803152718</jbrsfzh>
    <jbdh>0391-3375521</jbdh>
  </item>
</list>
"""

XML_PINYIN = """<JiLuList>
  <JiLu>
    <ZhuTiMingCheng>石门县南关镇顺心小吃店</ZhuTiMingCheng>
    <JingYingZhe>晏红梅</JingYingZhe>
    <ZhuZhaiDianHua>0736 5512836</ZhuZhaiDianHua>
  </JiLu>
  <JiLu>
    <ZhuTiMingCheng>石门县南关镇兴隆五金店</ZhuTiMingCheng>
    <JingYingZhe>覃光友</JingYingZhe>
    <ZhuZhaiDianHua>0736 5517402</ZhuZhaiDianHua>
  </JiLu>
</JiLuList>
"""


def _landlines(text):
    return [s for s in found(text, ["landline"])]


def test_a_clerks_phone_by_the_clerks_stem_in_initials():
    got = _landlines(XML_INITIALS)
    for piece in ("0731-8846120", "0731-8847395"):
        assert at(XML_INITIALS, "landline", piece) in got  # the applicant's own
    for piece in ("0731-8823301", "0731-8823417"):
        assert at(XML_INITIALS, "landline", piece) not in got  # 受理电话 beside 受理人


def test_an_officers_phone_by_the_officers_stem_in_english_keys():
    got = _landlines(JSONL_ENGLISH)
    for piece in ("0851-6627719", "0851-6629934"):
        assert at(JSONL_ENGLISH, "landline", piece) in got  # the parent's
    for piece in ("0851-6612080", "0851-6612095"):
        assert at(JSONL_ENGLISH, "landline", piece) not in got  # case_officer → case_phone


def test_a_clerks_phone_by_the_clerks_stem_in_chinese_tags():
    got = _landlines(XML_CHINESE)
    for piece in ("0379-6402218", "0379-6409963"):
        assert at(XML_CHINESE, "landline", piece) in got  # 申请人电话
    for piece in ("0379-6355120", "0379-6355142"):
        assert at(XML_CHINESE, "landline", piece) not in got  # 经办电话 beside 经办人


def test_a_private_roles_stem_keeps_its_phones():
    got = _landlines(XML_NEAR)
    for piece in ("0391-3378812", "0391-3371906", "0391-3375521"):
        assert at(XML_NEAR, "landline", piece) in got


def test_a_full_pinyin_key_shares_no_word_by_its_first_syllable():
    got = _landlines(XML_PINYIN)
    for piece in ("0736 5512836", "0736 5517402"):
        assert at(XML_PINYIN, "landline", piece) in got  # 住宅电话, not 主体's


# numbers listed under one label share the owner one of them is noted with
DIRECTORY = """二、石门县

8. 石门县颐寿养老中心（民办）
   统一社会信用代码：91430726MA4L8K2X3P
   法定代表人：覃德福
   地址：石门县楚江街道宝峰路21号
   电话：13907365521（机构值班手机）、0736-5321108

9. 石门县夕阳红托养中心（民办）
   法定代表人：向春梅
   电话：0736-5322310（值班室）；0736-5322311
"""
PERSON_LISTED = (
    "申请人：龚秀兰，女，住宁远县舜陵街道九嶷路12号，电话：0746-5521190（办公）、0746-5527701。\n"
)


def test_a_number_listed_after_a_desks_number_is_the_desks():
    got = _landlines(DIRECTORY)
    for piece in ("0736-5321108", "0736-5322311"):
        assert at(DIRECTORY, "landline", piece) not in got


def test_a_number_listed_after_a_persons_office_line_stays():
    got = _landlines(PERSON_LISTED)
    assert at(PERSON_LISTED, "landline", "0746-5527701") in got  # 办公 names no desk


# a line of contacts closed by the unit's name in brackets
CLOSED_LINES = (
    '"1","宁远县和顺百货店","邓桂香","431126197803154421"\n'
    '"注：请业主本人到城西税务分局办理。","",""\n'
    '"联系电话：0746-5526631，地址：宁远县城西大道18号（城西税务分局）","",""\n'
    "咨询电话：0734-8812096；地址：衡东县洣水路7号（县医疗保障事务中心）\n"
)
CLOSED_NEAR = (
    "户主：龚德华，身份证号430424196705121234\n"
    "联系电话：0734-8817720，地址：衡东县杨桥镇杨林村5组（村委会旁）\n"
)


def test_a_contact_line_closed_by_its_units_name_is_the_units():
    got = _landlines(CLOSED_LINES)
    for piece in ("0746-5526631", "0734-8812096"):
        assert at(CLOSED_LINES, "landline", piece) not in got


def test_a_contact_line_closed_by_a_place_beside_a_unit_stays():
    assert at(CLOSED_NEAR, "landline", "0734-8817720") in _landlines(CLOSED_NEAR)


# a professional's number in a bracket after the firm's post, as after a comma
FIRM_BRACKET = (
    "委托代理人：柯文斌，湖南衡岳律师事务所律师（电话0734-8226019）。\n"
    "委托代理人：晏子豪，湖南衡岳律师事务所律师（电话13807341125）。\n"
)


def test_a_lawyers_landline_in_a_bracket_after_the_firm_is_the_firms():
    got = found(FIRM_BRACKET, ["landline", "mobile"])
    assert at(FIRM_BRACKET, "landline", "0734-8226019") not in got
    assert at(FIRM_BRACKET, "mobile", "13807341125") in got  # the lawyer's own mobile


# Chinese JSON keys: the handler's phone by the handler's stem, the party's own name kept
JSON_CHINESE = "".join(
    f'{{"当事人": "{p}", "身份证号": "{i}", "承办人": "贺明远", "承办电话": "{t}"}}\n'
    for p, i, t in (
        ("庞德胜", "431202197502113317", "0745-2231806"),
        ("车玉兰", "431202198106223328", "0745-2231816"),
    )
)


def test_a_handlers_phone_by_the_handlers_stem_in_chinese_json_keys():
    got = found(JSON_CHINESE, ["name", "landline"])
    for person in ("庞德胜", "车玉兰"):
        assert at(JSON_CHINESE, "name", person) in got
    assert not [k for k in got if k[0] == "landline"]  # 承办电话 beside 承办人
