"""privfix19c: a person's own mobile among a unit's contacts (a column of mobiles, a 手机
field after a named contact); a unit's address and landline beside its lawyer or staff (a
post's clause, a lawyer's record, a registration code's bracket, an office's note, an
element's office attribute); a 送达地址 column is the party's, a 单位住所 column the unit's;
嘎查 and 苏木 are place words; a dormitory's 5号楼 with no flat is a block."""

from gongkai.privacy.unitparticulars import unit_particulars

from .spans import at, found


def kinds(text, *wanted):
    return found(text, list(wanted))


# --- a column of mobiles under a person's mobile header


def test_mobile_column_in_ideographic_aligned_table():
    text = (
        "各街道受理点联系方式\n"
        "序号　街道　　　受理地点　　　　　　　　　联系人　　办公电话　　　　负责人手机\n"
        "1　　城南街道　　青松路12号街道便民服务中心　　　韩立新　　0512-6381027　　13915526408\n"
        "2　　城北街道　　北环路3号街道办事处一楼　　　　　　汤晓岚　　0512-6381135　　—\n"
        "3　　湖滨街道　　湖滨大道88号社区服务中心　　　　　　鲁文斌　　0512-6381246　　18762033159\n"
    )
    got = kinds(text, "mobile", "landline")
    assert got == [
        at(text, "mobile", "13915526408"),
        at(text, "mobile", "18762033159"),
    ]


def test_mobile_column_in_tab_table():
    text = (
        "序号\t单位\t联系人\t办公电话\t工作手机\n"
        "1\t石桥镇社会事务办\t乔玉霞\t0731-5520861\t15874410236\n"
        "2\t柳溪镇社会事务办\t龚向东\t0731-5520972\t13787265104\n"
    )
    got = kinds(text, "mobile", "landline")
    assert at(text, "mobile", "15874410236") in got and at(text, "mobile", "13787265104") in got
    assert not [g for g in got if g[0] == "landline"]


def test_duty_mobile_column_stays_the_units():
    text = (
        "序号　单位　　　　　　　　办公电话　　　　值班手机\n"
        "1　　石桥镇社会事务办　　0731-5520861　　15874410236\n"
        "2　　柳溪镇社会事务办　　0731-5520972　　13787265104\n"
    )
    assert kinds(text, "mobile", "landline") == []


# --- a 手机 field after a named contact on a line of fields


def test_mobile_field_after_named_contact():
    text = (
        "五、联系方式\n"
        "联系人：骆永康（农经科科长）　电话：0477-6253018　传真：0477-6253019　手机：13847760512\n"
        "1. 红柳镇　联络员：奚春梅（副镇长）　办公电话：0477-6311207　手机：15247713368\n"
    )
    assert kinds(text, "mobile", "landline") == [
        at(text, "mobile", "13847760512"),
        at(text, "mobile", "15247713368"),
    ]


def test_duty_mobile_after_contact_stays_clean():
    text = "值班负责人：骆永康，0477-6253018；夜间应急手机：13847760512（值班公务手机）\n"
    assert kinds(text, "mobile") == []


# --- Mongolian place words: 苏木 (a township), 嘎查 (a village)


def test_gacha_house_number_is_an_address():
    text = "当事人：其木格，女，住址：锡林河旗敖包图苏木白音宝力格嘎查23号，联系电话：13604751287。"
    assert kinds(text, "address") == [at(text, "address", "锡林河旗敖包图苏木白音宝力格嘎查23号")]
    bare = "证人系白音宝力格嘎查牧民，嘎查委员会出具了说明。"
    assert kinds(bare, "address") == []


# --- a two-row header: the party's 送达地址, the respondent unit's 单位住所


def test_service_address_is_the_partys_and_unit_seat_the_units():
    text = (
        "序号\t申请人\t\t\t被申请人\t\t\n"
        "\t姓名\t联系电话\t送达地址\t单位名称\t单位住所\t单位联系电话\n"
        "1\t邵明辉\t13826619045\t江门市蓬江区白沙街道东华路16号503房\t江门市锦成电子有限公司"
        "\t江门市蓬江区棠下镇工业园7号\t0750-3352176\n"
        "2\t柯玉兰\t15917862230\t江门市蓬江区杜阮镇龙榜村南巷9号\t江门市锦成电子有限公司"
        "\t江门市蓬江区棠下镇工业园7号\t0750-3352176\n"
    )
    assert kinds(text, "address") == [
        at(text, "address", "江门市蓬江区白沙街道东华路16号503房"),
        at(text, "address", "江门市蓬江区杜阮镇龙榜村南巷9号"),
    ]


# --- a dormitory's block with no flat


def test_block_number_without_flat_is_no_home():
    assert kinds("经常居住地：平川县石桥镇工业区宏达纺织职工宿舍5号楼", "address") == []
    roof = "经查，你在石桥镇柳塘村三组8号楼顶搭建彩钢棚。"
    assert kinds(roof, "address") == [at(roof, "address", "石桥镇柳塘村三组8号")]
    text = "经常居住地：平川县石桥镇工业区宏达纺织职工宿舍5号楼302室"
    assert kinds(text, "address") == [
        at(text, "address", "平川县石桥镇工业区宏达纺织职工宿舍5号楼302室")
    ]


# --- a unit's fields beside its lawyer or staff


def test_firm_fields_after_lawyers_post_clause():
    text = (
        "委托代理人：滕雅琴，江苏澄明律师事务所律师，\n"
        "地址：澄江县人民中路208号国贸大厦12楼，电话：0510-86203317，手机：13951037726。\n"
    )
    assert kinds(text, "address", "landline", "mobile") == [at(text, "mobile", "13951037726")]


def test_firm_fields_in_a_quoted_csv_cell():
    text = (
        '"序号","姓名","公民身份号码","备注"\n'
        '"1","蔡永年","320281197605114513","委托代理人：滕雅琴，江苏澄明律师事务所律师，\n'
        '地址：澄江县人民中路208号国贸大厦12楼，电话：0510-86203317"\n'
        '"2","华秀珍","320281198211036024","本人领取"\n'
    )
    assert kinds(text, "address", "landline") == []


def test_landline_in_lawyers_xml_record_is_the_firms():
    text = (
        "<案件>\n  <申请人>\n    <姓名>倪国强</姓名>\n    <联系电话>0553-4827711</联系电话>\n  </申请人>\n"
        "  <委托代理人>\n    <姓名>卜晓岚</姓名>\n    <执业机构>安徽江城律师事务所</执业机构>\n"
        "    <联系电话>0553-5106628</联系电话>\n  </委托代理人>\n</案件>\n"
    )
    assert kinds(text, "landline") == [at(text, "landline", "0553-4827711")]
    # a case's record holding a firm's name: the applicant's home line stays theirs
    case = (
        "<cases>\n  <case>\n    <applicant>倪国强</applicant>\n"
        "    <homePhone>0553-4827711</homePhone>\n"
        "    <agent><name>卜晓岚</name><org>安徽江城律师事务所</org></agent>\n  </case>\n</cases>\n"
    )
    assert kinds(case, "landline") == [at(case, "landline", "0553-4827711")]


def test_registration_code_bracket_holds_the_units_contacts():
    text = (
        "经公开招标，确定通辽青原种业有限公司为种子供应商（统一社会信用代码：91150502MA0N8QX27K，"
        "地址：通辽市科尔沁区建国路51号，联系电话：0475-8312290），合同金额120万元。"
    )
    assert kinds(text, "address", "landline") == []


def test_office_note_after_a_landline():
    text = "监督电话：0579-8261304（县民政局社会救助科）、0579-8261977（县纪委监委驻县民政局纪检监察组）\n"
    assert kinds(text, "landline") == []
    home = "申请人邬桂香，女，电话：0579-8263318（其女儿所在的县民政局）。"
    landline = at(home, "landline", "0579-8263318")
    cand = (landline[1], landline[2], "landline", 0.85)
    assert unit_particulars(home, [cand]) == [cand]  # a kin's word in the note: no office's


def test_landline_attribute_beside_an_office_attribute():
    text = (
        '<上报数据 单位="和田县民政局">\n'
        '  <填报人 单位="县民政局社会事务股" 联系电话="0903-2516607">阿依古丽</填报人>\n'
        '  <记录 序号="1"><姓名>买买提·吐尔洪</姓名><联系电话>0903-2581143</联系电话></记录>\n'
        "</上报数据>\n"
    )
    assert at(text, "landline", "0903-2516607") not in kinds(text, "landline")


def test_phone_after_contacting_a_courts_division():
    text = (
        "如有疑问，可联系区仲裁院立案庭，电话0851-83376120，或区劳动监察大队，电话0851-83376245。"
    )
    assert kinds(text, "landline") == []
