"""Names found by the consistency of a list or a column (``listnames``), in layouts no
label announces: numbered persons four to a line, groups under sub-headings with their
count, tables whose header does not say 姓名, rows keyed by a word for a person, an
enumeration closed by its count, minority names and names that are also words. Each
fixture is written for these tests with names of its own; each asserts the exact spans
and the near misses left alone (units, places, crops, nationalities, headers, officials).
"""

from gongkai.privacy.listnames import list_names

from .spans import at, found, rid


def names_found(text):
    return sorted(s for s in found(text, {"name"}))


def spans(text, pieces):
    """The spans of ``pieces``, each at its next place after the one before."""
    out, pos = [], 0
    for p in pieces:
        span = at(text, "name", p, pos)
        out.append(span)
        pos = span[2]
    return sorted(out)


def listed(text):
    return sorted({text[s:e] for s, e, _k, _c in list_names(text)})


# --- lists on lines ---------------------------------------------------------------------


def test_numbered_persons_four_to_a_line_with_full_width_spaces():
    text = (
        "　　现将轮候排序结果公布如下：\n"
        "01 祁永刚　02 邝慧琳　03 戚少聪　04 鲍月娥\n"
        "05 谈思远　06 詹立群　07 冷雪　08 卓东明\n"
        "\n"
        "　　咨询电话：0731-84412235\n"
    )
    pieces = ["祁永刚", "邝慧琳", "戚少聪", "鲍月娥", "谈思远", "詹立群", "冷雪", "卓东明"]
    assert names_found(text) == spans(text, pieces)


def test_several_numbered_persons_per_line_with_dots():
    text = "拟资助学生名单\n1. 黎晓峰 2. 覃美玲 3. 韦家宝\n4. 蒙丽霞 5. 莫志坚 6. 陆春燕\n"
    pieces = ["黎晓峰", "覃美玲", "韦家宝", "蒙丽霞", "莫志坚", "陆春燕"]
    assert names_found(text) == spans(text, pieces)


def test_groups_under_sub_headings_with_their_count_and_varied_separators():
    """The count beside each group equals its names: word-like names count too."""
    text = (
        "三、优秀网格员（11名）\n"
        "东关街道（4名）：汤春雷、蓝天、柯文婷、田园\n"
        "西湖镇（3名）：闻海涛/石磊/欧阳秋实\n"
        "机关（4名）：贺明亮；向阳；严雪梅；夏雨\n"
    )
    pieces = [
        "汤春雷", "蓝天", "柯文婷", "田园",
        "闻海涛", "石磊", "欧阳秋实",
        "贺明亮", "向阳", "严雪梅", "夏雨",
    ]  # fmt: skip
    assert names_found(text) == spans(text, pieces)
    assert "东关街道" not in listed(text) and "西湖镇" not in listed(text)


def test_households_with_a_count_and_a_note_holding_a_comma():
    text = (
        "　　取消（3户）：滕国柱、宓春兰、骆长贵（家庭收入增加，不再符合条件）\n"
        "　　新增（2户5人）：祝有福　鄢小翠　祝明亮　盛金花　盛乐乐\n"
    )
    pieces = ["滕国柱", "宓春兰", "骆长贵", "祝有福", "鄢小翠", "祝明亮", "盛金花", "盛乐乐"]
    assert names_found(text) == spans(text, pieces)


def test_two_names_under_a_sentence_about_households():
    text = "　　下列家庭因放弃资格，不参加本轮排序：\n阮德胜　甘晓丽\n"
    assert names_found(text) == spans(text, ["阮德胜", "甘晓丽"])


def test_enumeration_in_prose_closed_by_its_count():
    """A rarer given name (缑细旺) is vouched for by the count."""
    text = (
        "　　本院受理的原告缑细旺、伍春娥、敖金福、宁秀英等4人与被告劳务纠纷一案，"
        "现依法公告送达。\n"
    )
    assert names_found(text) == spans(text, ["缑细旺", "伍春娥", "敖金福", "宁秀英"])


# --- tables without a 姓名 header ------------------------------------------------------------


def test_tab_table_headed_by_buyers_and_a_second_header_row():
    """An HTML table flattened with blank lines between rows; the header of the names
    (购机者) and of the household members (同住人员) stand under a group header."""
    ids = [rid("43052419620315203"), rid("43052419750808121"), rid("43052419881130451")]
    text = (
        "\t序号\t购机者信息\t\t机具\t补贴额\n\n"
        "\t\t购机者\t同住人员\t\t\n\n"
        f"\t1\t向德平\t{ids[0]}\t向小燕、龙凤\t旋耕机\t3200\n\n"
        f"\t2\t符兰芝\t{ids[1]}\t—\t插秧机\t8600\n\n"
        f"\t3\t岑国庆\t{ids[2]}\t岑田野\t收割机\t12000\n\n"
        "\t4\t城步县农机合作社\t—\t—\t烘干机\t30000\n"
    )
    got = listed(text)
    for p in ("向德平", "符兰芝", "岑国庆", "向小燕", "龙凤", "岑田野"):
        assert p in got
    assert not {"旋耕机", "插秧机", "收割机", "城步县农机合作社"} & set(got)


def test_rows_keyed_by_a_word_for_a_person():
    text = (
        "四、计票监票人员\n"
        "监票人\t焦德明、寇玉兰\n"
        "计票人\t庹春花\n"
        "唱票人\t芮建平\n"
        "总监票人\t贝志远（镇派驻指导员）\n"
        "\n"
        "五、候选人得票\n"
        "主任候选人\t潘老三\t312\n"
        "委员候选人\t阎桂英\t287\n"
        "委员候选人\t柏金生\t240\n"
    )
    got = listed(text)
    assert {"焦德明", "寇玉兰", "庹春花", "芮建平", "潘老三", "阎桂英", "柏金生"} <= set(got)
    assert "贝志远" not in got  # an official acting in office


def test_minority_names_and_dot_names_in_a_column():
    ids = [rid("51343119800101302"), rid("15010219900204112"), rid("65010219851212202")]
    text = (
        "序号\t受益户\t证件号码\t金额\n"
        f"1\t阿苦拉则\t{ids[0]}\t1200\n"
        f"2\t巴特尔\t{ids[1]}\t1200\n"
        f"3\t阿依古丽·买买提\t{ids[2]}\t1200\n"
        f"4\t吉克石布\t{ids[0]}\t800\n"
    )
    assert {"阿苦拉则", "巴特尔", "阿依古丽·买买提", "吉克石布"} <= set(names_text(text))


def names_text(text):
    return [text[s:e] for _t, s, e in found(text, {"name"})]


# --- near misses --------------------------------------------------------------------------


def test_lists_of_units_places_and_crops_stay_clean():
    text = (
        "参加单位：县财政局、县民政局、县教育局、县卫健局\n"
        "涉及村组：李家庄　王家湾　张家坝　石门村\n"
        "补贴品种：玉米、高粱、花生、大豆、油菜\n"
        "主要景点：黄山　华山　衡山　泰山\n"
    )
    assert list_names(text) == []
    assert found(text, {"name"}) == []


def test_nationality_gender_and_header_cells_are_no_names():
    ids = [rid("15010219700101101"), rid("15010219720202202"), rid("15010219740303303")]
    text = (
        "补助对象\t民族\t性别\t身份证号\n"
        f"乌力吉\t蒙古族\t男\t{ids[0]}\n"
        f"其其格\t蒙古族\t女\t{ids[1]}\n"
        f"包金山\t汉族\t男\t{ids[2]}\n"
    )
    got = listed(text)
    assert not {"补助对象", "蒙古族", "汉族", "民族", "性别"} & set(got)
    assert {"乌力吉", "其其格", "包金山"} <= set(names_text(text))


def test_officials_under_a_heading_of_a_leading_group_stay_clean():
    text = (
        "领导小组成员名单\n组长\t贺建国\t县长\n副组长\t严文斌\t副县长\n成员\t汤立新\t县财政局局长\n"
    )
    assert list_names(text) == []


def test_companies_and_their_representatives_stay_clean():
    text = (
        "序号\t行政相对人\t法定代表人\t许可事项\n"
        "1\t湘中建材有限公司\t戴国平\t生产许可\n"
        "2\t楚南贸易有限公司\t龚雪梅\t经营许可\n"
        "3\t沅江农机专业合作社\t覃立军\t变更登记\n"
    )
    assert list_names(text) == []


def test_a_units_contact_and_a_prose_sentence_stay_clean():
    text = (
        "　　联系人：区民政局　肖丽娟、程明　电话：0731-85512345\n"
        "　　会议由局长主持，副局长、各科室负责人参加，研究部署工作。\n"
    )
    assert list_names(text) == []


def test_a_committee_list_of_words_is_no_list_of_persons():
    text = "工作分组：综合组、宣传组、保障组、督查组\n职责：协调、宣传、保障、督查\n"
    assert list_names(text) == []


def test_aligned_roster_headed_by_winners_and_a_csv_headed_by_payees():
    """Columns of spaces (a PDF's text) and of commas, headed 获奖者 and 收款方."""
    ids = [rid("36042119700101101"), rid("36042119720202202"), rid("36042119740303303")]
    aligned = (
        "序号    获奖者      奖项          奖金\n"
        "1       饶春生      一等奖        5000\n"
        "2       涂美华      二等奖        3000\n"
        "3       危建平      三等奖        1000\n"
    )
    assert {"饶春生", "涂美华", "危建平"} <= set(names_text(aligned))
    assert not {"一等奖", "二等奖", "三等奖", "获奖者"} & set(listed(aligned))
    csv = (
        "序号,收款方,证件号码,金额\n"
        f"1,钟秋生,{ids[0]},2400\n"
        f"2,邬桂香,{ids[1]},2400\n"
        f"3,阙德福,{ids[2]},1800\n"
    )
    assert {"钟秋生", "邬桂香", "阙德福"} <= set(names_text(csv))
    assert "收款方" not in listed(csv)


def test_officials_of_a_village_committee_list_stay_clean():
    text = "村两委班子成员：龙德彬，杨秀芝，石光辉，吴长青\n县委常委班子\n龙德彬　杨秀芝　石光辉\n"
    assert list_names(text) == []


def test_a_grid_of_names_without_a_header():
    text = "受资助学生\n蒲秀英\t韩立冬\t苟长青\t岳小梅\n闫家豪\t任思彤\n"
    assert listed(text) == sorted(["蒲秀英", "韩立冬", "苟长青", "岳小梅", "闫家豪", "任思彤"])


def test_units_and_their_contacts_stay_clean():
    by_row = "县财政局\t邓文杰\t13807311234\n县民政局\t谭春华\t13907312345\n县教育局\t贺丽萍\t13707313456\n"
    by_header = "单位\t联系人\t电话\n财政\t邓文杰\t13807311234\n民政\t谭春华\t13907312345\n"
    assert list_names(by_row) == [] and list_names(by_header) == []


def test_aligned_table_with_a_merged_cell_and_a_csv_of_uyghur_names():
    """A row whose cells ran together (县自来水公司　2000) still holds its name; a CSV
    headed 补贴对象 holds names without a Chinese surname."""
    aligned = (
        "序号　　帮扶对象　　　所在单位　　　帮扶金额\n"
        "1　　　 陶志明　　　　县环卫所　　　3000\n"
        "2　　　 彭桂香　　　　县自来水公司　2000\n"
        "3　　　 易建军　　　　县粮食局　　　2000\n"
    )
    assert listed(aligned) == sorted(["陶志明", "彭桂香", "易建军"])
    ids = [rid("65290119800101123"), rid("65290119820202123"), rid("65290119830303123")]
    csv = (
        "补贴对象,身份证号,补贴金额\n"
        f"马哈木提,{ids[0]},500\n"
        f"热依拉·买买提,{ids[1]},500\n"
        f"吐尔洪,{ids[2]},500\n"
    )
    assert listed(csv) == sorted(["马哈木提", "热依拉·买买提", "吐尔洪"])


def test_prize_lists_under_headings_and_a_list_with_its_count_of_persons():
    text = (
        "一、一等奖（3名）\n毛晓东　柯美玲　韦德光\n"
        "二、二等奖（5名）\n覃秀兰　莫家宝　黎冬梅　蒙小平　潘晓云\n"
        "享受高龄津贴人员（7人）：沈阿婆、郑老汉、林水生、蔡妹、卢亚三、邱桂英、温带娣\n"
    )
    assert listed(text) == sorted(
        "毛晓东 柯美玲 韦德光 覃秀兰 莫家宝 黎冬梅 蒙小平 潘晓云 "
        "沈阿婆 郑老汉 林水生 蔡妹 卢亚三 邱桂英 温带娣".split()
    )


def test_lines_of_a_working_document_stay_clean():
    text = (
        "组长：何立新　副组长：蒋文华　成员：沈丽娟、许国强、冯德明\n"
        "经办人：周晓燕　审核人：黄志刚　制表：吴婷婷\n"
        "本周值班人员：孔德胜、叶青、石磊（带班领导：副县长　卢文斌）\n"
        "请以下同志参加培训：\n县财政局　邹立军　县民政局　万红梅　县教育局　陶建华\n"
        "文明单位：县人民医院、县第一中学、县税务局\n"
        "常用药品：阿莫西林、布洛芬、甘草片、连花清瘟\n"
        "涉及村：东风村、红旗村、胜利村、光明村\n"
        "月份\t收入\t支出\n一月\t1200\t800\n二月\t1300\t900\n"
    )
    assert list_names(text) == []


def test_lines_of_dot_names_and_of_yi_names():
    text = (
        "优秀学生（4名）\n阿依古丽·买买提　热依拉·买买提　古丽娜·艾山　努尔兰\n"
        "彝族代表\n阿苦拉则　吉克石布　沙马阿依　俄底阿木\n"
    )
    assert listed(text) == sorted(
        "阿依古丽·买买提 热依拉·买买提 古丽娜·艾山 努尔兰 阿苦拉则 吉克石布 沙马阿依 俄底阿木".split()
    )


def test_cities_of_the_autonomous_regions_are_no_names():
    text = (
        "内蒙古：呼和浩特　包头　乌海　赤峰　通辽　巴彦淖尔　乌兰察布　锡林郭勒\n"
        "西藏：拉萨　日喀则　昌都　林芝　山南　那曲　阿里\n"
        "新疆：阿克苏　喀什　和田　阿勒泰　塔城　伊犁\n"
    )
    assert list_names(text) == []


def test_a_group_of_one_household_with_its_count():
    text = (
        "　　停保（1户）：缪老根（2024年3月死亡，从4月起停发）\n"
        "　　迁出（1户）：县民政局（代管）\n"
        "　　合计（3户）：\n"
    )
    assert listed(text) == ["缪老根"]


def test_an_official_with_the_note_of_his_office_in_a_list_line():
    text = "优秀志愿者：何丽华、贝志远（镇派驻指导员）、柯美玲、田春生\n"
    assert listed(text) == sorted(["何丽华", "柯美玲", "田春生"])
