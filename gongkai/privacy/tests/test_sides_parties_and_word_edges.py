"""Names on the sixteenth fixers' sets (issue 16, privfix16db): a plot's sides written with a
sign alone in a 四至 cell, a 被告 column, a slashed header of who answers for a party, a
caller's key in pinyin initials, a server's key, and the edges of names in prose (a word the
name model knows after a role, a count's unit before a note, an act after a listed name)."""

from gongkai.privacy.headerqualifiers import slashed_persons
from gongkai.privacy.keymeaning import meaning
from gongkai.privacy.tables import _column_kind

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


# --- a plot's sides written "东：X宅基地；南：村道；…" ---------------------------------------


def test_sides_with_a_sign_in_a_pipe_cell_name_the_neighbours():
    text = (
        "| 序号 | 权利人 | 四至 |\n|---|---|---|\n"
        "| 1 | 章晓燕 | 东：秦立山宅基地；南：村道；西：欧阳红梅承包地；北：水渠 |\n"
    )
    got = _names(text)
    assert "秦立山" in got and "欧阳红梅" in got
    assert "村道" not in got and "水渠" not in got


def test_sides_with_a_sign_one_a_line_and_in_prose():
    text = "该宗地界址如下：\n东: 田桂芬家\n南: 公路\n西: 韩德明宅基地\n北: 山林\n"
    assert {"田桂芬", "韩德明"} <= set(_names(text))
    prose = "经实地勘测，四至为东：集体林地，南：龚长顺自留地，西：机耕道，北：邹玉兰宅基地。"
    assert {"龚长顺", "邹玉兰"} <= set(_names(prose))


def test_a_lone_side_with_a_sign_or_a_province_is_no_plot():
    # one side only, or 东/南 inside a word (广东：, 河南：): no plot's bounds
    assert _names("办公地址在城东：解放路8号，联系人见下") == []
    assert _names("户籍所在地：广东：深圳；河南：郑州；湖北：武汉") == []


def test_a_holder_ending_like_a_place_is_a_person_only_before_a_holding():
    text = "四至：东：罗宝山宅基地；南：石家坡；西：王家山；北：大路"
    got = _names(text)
    assert "罗宝山" in got
    assert "石家坡" not in got and "王家山" not in got


# --- 被告 and a party's representative in a table --------------------------------------------


def test_a_defendants_column_holds_persons_and_firms():
    assert _column_kind("被告") == "name"
    assert _column_kind("被告（受送达人）") == "name"
    text = (
        "| 序号 | 案号 | 原告 | 被告 | 案由 |\n|---|---|---|---|---|\n"
        "| 1 | （2023）民初11号 | 某某物流有限公司 | 邝晓丽 | 买卖合同纠纷 |\n"
        "| 2 | （2023）民初12号 | 蒲文忠 | 司马俊 | 离婚纠纷 |\n"
    )
    got = _names(text)
    assert {"邝晓丽", "蒲文忠", "司马俊"} <= set(got)


def test_a_slashed_header_of_who_answers_for_a_party():
    assert slashed_persons("法定代表人/经营者/责任人", _column_kind) == "business"
    assert _column_kind("法定代表人/经营者/责任人") == "business"
    text = (
        '"序号","当事人名称","法定代表人/经营者/责任人","类别"\n'
        '"1","东关五金店（个体工商户）","廖春芳","个体工商户"\n'
        '"2","某某建设集团有限公司","汪德兵","用人单位"\n'
        '"3","东关食品经营部（个体工商户）","贾玉林","个体工商户"\n'
    )
    got = _names(text)
    assert "廖春芳" in got and "贾玉林" in got
    assert "汪德兵" not in got  # a company's legal representative


# --- keys of an export ------------------------------------------------------------------------


def test_a_callers_key_names_the_caller_and_a_servers_key_staff():
    assert meaning("ldrxm") == ("person", "name", "来电人")
    assert meaning("sdr")[0] == "staff"
    text = (
        "<list>\n  <item>\n    <bh>A001</bh>\n    <ldrxm>庞秀云</ldrxm>\n"
        "    <lddh>0731-5562781</lddh>\n    <sdr>郁志强</sdr>\n  </item>\n</list>\n"
    )
    got = _names(text)
    assert "庞秀云" in got and "郁志强" not in got


# --- the edges of names in prose --------------------------------------------------------------


def test_a_word_the_name_model_knows_after_a_role_is_no_name():
    text = "对失信被执行人高消费行为依法予以限制，被执行人不得进行高消费。"
    assert "高消费" not in _names(text)
    text = "现场勘验结果与被申请人陈述一致；经核实，与投诉人陈述一致，投诉人申辩称不知情。"
    assert _names(text) == []


def test_a_unit_after_a_count_is_no_person_before_a_note():
    text = "补缴期限为欠缴之日起2年内（职工本人）。"
    assert _names(text) == []
    text = "补助对象：符春兰（低保户）、桂芝（残疾人）"
    assert "符春兰" in _names(text)


def test_an_act_after_a_listed_name_is_cut_off():
    text = "村里请来群众代表汤晓、龙倩进行监督，证人贾三毛证实该户情况。"
    assert found(text, ["name"]) == names(text, "汤晓", "龙倩", "贾三毛")
    text = "由村民汤晓、龙倩开展现场指认。"
    assert found(text, ["name"]) == names(text, "汤晓", "龙倩")


def test_a_header_one_cell_a_line_is_no_name_when_the_model_knows_its_word():
    text = "序号\n姓名\n班级\n监护人姓名\n1\n邵雨涵\n高一（2）班\n邵建国\n"
    got = _names(text)
    assert "班级" not in got and "邵雨涵" in got


def test_a_conjunction_and_a_word_for_persons_after_a_cue_is_no_name():
    text = "为方便群众和家属查询，现将办理地点公布如下。村民和群众均可来电。"
    assert _names(text) == []


def test_a_household_member_and_a_brother_in_a_list_of_kin():
    text = "该房屋与其母亲邱桂英、兄弟邱建军共有，该户共同居住人车晓红已签收。"
    assert found(text, ["name"]) == names(text, "邱桂英", "邱建军", "车晓红")
    assert _names("兄弟单位派员参加，共同居住人数为3人。") == []
