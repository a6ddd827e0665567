"""The office's part of a person's record in sheets and exports (actingparts; issue 16,
privfix16cd): a staff column beside its own column of office lines in a sheet saved as TSV,
CSV or a pipe table (header under a title and a unit's line); an XML group holding a unit's
name, a name and an office line; a name key whose sibling phone key names its unit
(jcr beside jcdwdh); a desk's phone right after a staff key's name; a key of words read as a
name's by its initials; a number's note naming the unit that forwards the call; a letter's
contact line over the issuing unit's signature. Domains: farming subsidies, school aid,
clinics, food inspection, housing windows, market supervision.
Near misses: a guardian's column with home landlines, a staff column with mobiles, a roster
of the post's holders (no other person in the row), a guardian's group holding an
employer, a person's phone on its own line after a staff key, a home's note, a person's
own letter ending with their name."""

from .spans import at, found

TSV_FARM = (
    "某县2024年春耕农资补贴发放花名册\n"
    "填报单位：某县农业农村局\t\t\t\t\t填报日期：2024-03-01\n"
    "\n"
    "序号\t乡镇\t户主姓名\t身份证号码\t家庭住址\t联系电话\t补贴金额\t村农技联络员\t联络员电话\n"
    "1\t东坪镇\t屈振林\t430721198203150017\t某县东坪镇柳湾村3组12号\t13907215561\t320\t甘小燕\t0736-5512345\n"
    "2\t东坪镇\t蔺德旺\t430721197705220031\t某县东坪镇柳湾村5组7号\t13907215562\t280\t左长庚\t0736-5518765转802\n"
    "3\t西湖乡\t逄秋生\t430721196911080052\t某县西湖乡荷塘村2组4号\t13907215563\t300\t甘小燕\t0736-5512345\n"
)
CSV_SCHOOL = (
    "某区2023学年学生营养餐补助名单,,,,,,\n"
    "学校：某区实验小学　制表日期：2023年9月,,,,,,\n"
    "序号,学生姓名,监护人,监护人电话,班级,资助专干,专干电话\n"
    "1,屈振林,屈海燕,0731-84512345,三（2）班,甘小燕,0731-88776601\n"
    "2,蔺德旺,蔺春梅,13907215562,四（1）班,左长庚,0731-88776602\n"
    "3,逄秋生,逄桂芝,0731-84519876,五（3）班,甘小燕,0731-88776601\n"
)
CSV_MOBILE = (
    "序号,学生姓名,监护人,班级,资助专干,专干电话\n"
    "1,屈振林,屈海燕,三（2）班,甘小燕,13907215571\n"
    "2,蔺德旺,蔺春梅,四（1）班,左长庚,13907215572\n"
    "3,逄秋生,逄桂芝,五（3）班,甘小燕,13907215571\n"
)
PIPE_CLINIC = (
    "| 序号 | 患者姓名 | 代办人 | 代办人电话 | 随访医生 | 医生电话 |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 屈振林 | 屈海燕 | 0731-84512345 | 甘小燕 | 0731-88776601 |\n"
    "| 2 | 蔺德旺 | 蔺春梅 | 0731-84519876 | 左长庚 | 0731-88776602 |\n"
)
XML_GROUP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<records>\n"
    "  <rec>\n"
    "    <xs>\n"
    "      <xm>屈振林</xm>\n"
    "      <sfzh>430721198203150017</sfzh>\n"
    "      <dh>13907215561</dh>\n"
    "    </xs>\n"
    "    <fzr>\n"
    "      <dw>某区教育局学生资助管理中心</dw>\n"
    "      <xm>甘小燕</xm>\n"
    "      <dh>0731-88776601</dh>\n"
    "    </fzr>\n"
    "  </rec>\n"
    "  <rec>\n"
    "    <xs>\n"
    "      <xm>蔺德旺</xm>\n"
    "      <sfzh>430721197705220031</sfzh>\n"
    "      <dh>0731-84519876</dh>\n"
    "    </xs>\n"
    "    <jhr>\n"
    "      <gzdw>某区人民医院</gzdw>\n"
    "      <xm>蔺春梅</xm>\n"
    "      <dh>0731-84512345</dh>\n"
    "    </jhr>\n"
    "    <fzr>\n"
    "      <dw>某区教育局学生资助管理中心</dw>\n"
    "      <xm>左长庚</xm>\n"
    "      <dh>0731-88776602</dh>\n"
    "    </fzr>\n"
    "  </rec>\n"
    "</records>\n"
)
XML_FLAT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<jcjl>\n"
    "  <jl>\n"
    "    <jyzxm>屈振林</jyzxm>\n"
    "    <sfzh>430721198203150017</sfzh>\n"
    "    <lxdh>13907215561</lxdh>\n"
    "    <jcxm>冷库温度</jcxm>\n"
    "    <jcr>甘小燕</jcr>\n"
    "    <jcdwdh>0731-88776601</jcdwdh>\n"
    "  </jl>\n"
    "  <jl>\n"
    "    <jyzxm>蔺德旺</jyzxm>\n"
    "    <sfzh>430721197705220031</sfzh>\n"
    "    <lxdh>13907215562</lxdh>\n"
    "    <jcxm>台账记录</jcxm>\n"
    "    <jcr>左长庚</jcr>\n"
    "    <jcdwdh>0731-88776602</jcdwdh>\n"
    "  </jl>\n"
    "  <jl>\n"
    "    <jyzxm>逄秋生</jyzxm>\n"
    "    <sfzh>430721196911080052</sfzh>\n"
    "    <lxdh>13907215563</lxdh>\n"
    "    <jcxm>进货查验</jcxm>\n"
    "    <jcr>甘小燕</jcr>\n"
    "    <jcdwdh>0731-88776601</jcdwdh>\n"
    "  </jl>\n"
    "</jcjl>\n"
)
XML_DESK = (
    "<sl>\n"
    "  <jl>\n"
    "    <sqrxm>屈振林</sqrxm>\n"
    "    <lxdh>13907215561</lxdh>\n"
    "    <jtdh>0731-84512345</jtdh>\n"
    "    <slr>甘小燕</slr><ckdh>0731-88776601</ckdh>\n"
    "  </jl>\n"
    "  <jl>\n"
    "    <sqrxm>蔺德旺</sqrxm>\n"
    "    <slr>左长庚</slr>\n"
    "    <lxdh>0731-84519876</lxdh>\n"
    "  </jl>\n"
    "</sl>\n"
)
NOTE = (
    "姓名\t联系电话\t备注\n"
    "屈振林\t0731-84512345（柳湾村委会代转）\t\n"
    "蔺德旺\t0731-84519876（家）\t\n"
)
LETTER = (
    "某市市场监督管理局\n责令改正通知书\n\n"
    "当事人：屈振林，联系电话13907215561。\n"
    "经查，你店未按规定公示证照。限你于10日内改正。\n\n"
    "联系地址：某市解放路12号  联系电话：0731 88776601\n\n"
    "某市市场监督管理局\n2024年5月6日\n"
)
LETTER_PERSON = (
    "致某市市场监督管理局：\n\n"
    "本人经营的小店已按要求改正，特此说明。\n\n"
    "联系地址：某市解放路88号  联系电话：0731 84512345\n\n"
    "屈振林\n2024年5月6日\n"
)
TSV_ROSTER = (
    "某街道2024年社区协管员名册\n"
    "序号\t社区\t协管员\t性别\t协管员电话\t家庭住址\n"
    "1\t东门社区\t屈振林\t男\t0731-84512345\t某市解放路12号\n"
    "2\t西门社区\t蔺德旺\t男\t0731-84519876\t某市解放路88号\n"
    "3\t南门社区\t逄秋生\t女\t0731-84513333\t某市解放路66号\n"
)


def _got(text, kinds=("name", "landline", "address", "mobile")):
    return [(k, text[s:e]) for k, s, e in found(text, list(kinds))]


def test_sheet_staff_column_with_office_lines_csv():
    got = found(CSV_SCHOOL, ["name", "landline"])
    for piece in ("甘小燕", "左长庚"):
        assert at(CSV_SCHOOL, "name", piece) not in got
    assert [t for k, t in _got(CSV_SCHOOL, ("landline",))] == ["0731-84512345", "0731-84519876"]
    names = [t for k, t in _got(CSV_SCHOOL, ("name",))]
    assert names == ["屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生", "逄桂芝"]


def test_sheet_staff_column_pipe():
    assert _got(PIPE_CLINIC, ("name", "landline")) == [
        ("name", "屈振林"),
        ("name", "屈海燕"),
        ("landline", "0731-84512345"),
        ("name", "蔺德旺"),
        ("name", "蔺春梅"),
        ("landline", "0731-84519876"),
    ]


def test_sheet_staff_column_tsv_under_title():
    got = _got(TSV_FARM)
    assert ("name", "甘小燕") not in got and ("name", "左长庚") not in got
    assert not [t for k, t in got if k == "landline"]
    assert [t for k, t in got if k == "name"] == ["屈振林", "蔺德旺", "逄秋生"]


def test_staff_column_with_mobiles_keeps_names():
    names = [t for k, t in _got(CSV_MOBILE, ("name",))]
    assert names == ["屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生", "逄桂芝"]


def test_roster_of_post_holders_kept():
    got = _got(TSV_ROSTER, ("name", "landline"))
    assert [t for k, t in got if k == "name"] == ["屈振林", "蔺德旺", "逄秋生"]
    assert len([t for k, t in got if k == "landline"]) == 3


def test_xml_group_holding_a_unit():
    assert _got(XML_GROUP, ("name", "landline")) == [
        ("name", "屈振林"),
        ("name", "蔺德旺"),
        ("landline", "0731-84519876"),
        ("name", "蔺春梅"),  # a guardian's group holding an employer keeps its person
        ("landline", "0731-84512345"),
    ]


def test_flat_record_inspector_and_wordy_key():
    assert _got(XML_FLAT, ("name", "landline")) == [
        ("name", "屈振林"),
        ("name", "蔺德旺"),
        ("name", "逄秋生"),
    ]


def test_desk_phone_after_staff_key():
    assert _got(XML_DESK, ("name", "landline")) == [
        ("name", "屈振林"),
        ("landline", "0731-84512345"),
        ("name", "蔺德旺"),
    ]


def test_forwarding_unit_note():
    assert _got(NOTE, ("name", "landline")) == [
        ("name", "屈振林"),
        ("name", "蔺德旺"),
        ("landline", "0731-84519876"),
    ]


def test_letter_contact_line_over_unit_signature():
    assert _got(LETTER) == [("name", "屈振林"), ("mobile", "13907215561")]
    assert _got(LETTER_PERSON) == [
        ("address", "某市解放路88号"),
        ("landline", "0731 84512345"),
    ]


XML_SPOUSE = (
    "<jt>\n"
    "  <hz>\n"
    "    <xm>屈振林</xm>\n"
    "    <sfzh>430721198203150017</sfzh>\n"
    "    <poxm>屈海燕</poxm>\n"
    "    <podwdh>0731-84512345</podwdh>\n"
    "  </hz>\n"
    "  <家庭成员>\n"
    "    <xm>蔺春梅</xm>\n"
    "    <gzdw>某区人民医院</gzdw>\n"
    "    <dh>0731-84519876</dh>\n"
    "  </家庭成员>\n"
    "</jt>\n"
)

XML_FOREIGN = (
    "<list>\n"
    "  <p><xm>JOHN SMITH</xm><hzh>E12345678</hzh></p>\n"
    "  <p><xm>热依拉·艾买提</xm><hzh>E12345679</hzh></p>\n"
    "  <p><xm>MARIA LOPEZ</xm><hzh>E12345670</hzh></p>\n"
    "  <p><xm>屈振林</xm><hzh>E12345671</hzh></p>\n"
    "</list>\n"
)

TSV_DRIVERS = (
    "序号\t乘客姓名\t车次\t驾驶员\t驾驶员电话\n"
    "1\t屈振林\tK12\t甘小燕\t0731-84512345\n"
    "2\t蔺德旺\tK13\t左长庚\t0731-84519876\n"
)


def test_private_groups_and_keys_kept():
    before = [t for k, t in _got(XML_SPOUSE, ("name",))]
    assert "屈海燕" in before and "蔺春梅" in before


def test_foreign_and_dotted_names_under_a_key_kept():
    names = [t for k, t in _got(XML_FOREIGN, ("name",))]
    assert "热依拉·艾买提" in names and "屈振林" in names


def test_drivers_column_is_no_office():
    names = [t for k, t in _got(TSV_DRIVERS, ("name",))]
    assert "甘小燕" in names and "左长庚" in names


XML_PARTIES = (
    "<list>\n"
    "  <r><sqrxm>澧水建材有限公司</sqrxm></r>\n"
    "  <r><sqrxm>栾晓燕</sqrxm></r>\n"
    "  <r><sqrxm>澧水砂石有限公司</sqrxm></r>\n"
    "  <r><sqrxm>某县种子公司</sqrxm></r>\n"
    "</list>\n"
)


def test_key_of_parties_keeps_its_person():
    assert ("name", "栾晓燕") in _got(XML_PARTIES, ("name",))
