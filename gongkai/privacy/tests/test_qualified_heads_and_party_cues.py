"""Persons under a qualified header, a companion's column, a party's lawyer, witnesses,
heirs, households counted after a name and names that end like an amount (issue 16)."""

from gongkai.privacy.headerqualifiers import qualified_person
from gongkai.privacy.listwords import non_name
from gongkai.privacy.tables import PERSON_HEADERS

from .spans import at, found, missing_names, names


def test_qualified_headers_of_persons():
    for header in ("相邻权利人", "未到场的相邻权利人", "到场申请人", "本次被征收人", "实际领取人"):
        assert qualified_person(header, PERSON_HEADERS), header
    for header in (
        "申请人",  # the bare word: PERSON_HEADERS itself
        "新监护人",  # one character: a note's word
        "投诉举报人",  # two persons' words
        "单位申请人",
        "是否为申请人",
        "申请人签字",
        "被征收人数",
        "村集体权利人",
    ):
        assert not qualified_person(header, PERSON_HEADERS), header


def test_tab_table_with_neighbours_column_and_several_in_a_cell():
    text = (
        "宗地编号\t权利人\t未到场的相邻权利人\t住址\t电话\n"
        "JC001\t邝秋英\t旷彩云、仇玉兰\t石门镇枫树村1组9号\t13907345512\n"
        "JC002\t简国华\t敖德胜\t石门镇枫树村2组18号\t13907345513\n"
        "JC003\t卢小妹\t白沙村村民委员会\t石门镇枫树村3组7号\t13907345514\n"
        "JC004\t何春花\t村道、集体山林\t石门镇枫树村4组2号\t13907345515\n"
    )
    got = found(text, ["name"])
    persons = ("旷彩云", "仇玉兰", "敖德胜", "邝秋英", "简国华", "卢小妹", "何春花")
    for piece in persons:
        assert at(text, "name", piece) in got, piece
    assert sorted(text[s:e] for _k, s, e in got) == sorted(persons)  # a unit, a road, a wood


def test_aligned_table_with_neighbours_column():
    text = (
        "序号    宗地编号      权利人      到场相邻权利人      联系电话\n"
        "1       JC001         邝秋英      旷彩云、仇玉兰      13907345512\n"
        "2       JC002         简国华      敖德胜              13907345513\n"
        "3       JC003         卢小妹      村集体              13907345514\n"
    )
    got = found(text, ["name"])
    assert names(text, "邝秋英", "旷彩云", "仇玉兰", "简国华", "敖德胜", "卢小妹") == got


def test_pipe_table_with_qualified_applicant_column():
    text = (
        "| 序号 | 到场申请人 | 申请事项 | 联系电话 |\n"
        "|---|---|---|---|\n"
        "| 1 | 上官文彬 | 宅基地审批 | 13812345678 |\n"
        "| 2 | 冼秀华 | 宅基地审批 | 13812345679 |\n"
    )
    assert not missing_names(text, "上官文彬", "冼秀华")
    assert at(text, "name", "宅基地审批") not in found(text, ["name"])


def test_one_cell_a_line_with_companion_relatives():
    text = (
        "序号\n姓名\n联系电话\n应退税额（元）\n陪同亲属\n"
        "1\n刘德胜\n13912345678\n120.50\n—\n"
        "2\n张桂兰\n13912345679\n88.00\n程秀英\n"
        "3\n周大山\n13912345670\n35.10\n无\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "程秀英") in got
    assert at(text, "name", "周大山") in got
    assert not [s for s in got if text[s[1] : s[2]] in ("—", "无")]


def test_html_table_with_accompanying_family_column():
    html = (
        "<table><tr><th>序号</th><th>姓名</th><th>代办亲属</th><th>金额（元）</th></tr>"
        "<tr><td>1</td><td>王秀珍</td><td>李建国</td><td>300</td></tr>"
        "<tr><td>2</td><td>赵德全</td><td>赵小燕</td><td>300</td></tr></table>"
    )
    from gongkai.privacy import scan_html

    got = {f.text for f in scan_html(html, allow=[], expressions=False) if f.type == "name"}
    assert {"王秀珍", "李建国", "赵德全", "赵小燕"} <= got
    assert "300" not in got


def test_a_partys_lawyer_is_a_private_person():
    text = (
        "申请人委托湖南湘江律师事务所律师宁秀芝（执业证号：14301201810523456）代为办理。\n"
        "当事人委托律师邓建新（湘江律师事务所，电话0731-84629458）提交书面意见。\n"
        "律师费用由当事人自行承担，律师事务所地址见附件。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "宁秀芝") in got
    assert at(text, "name", "邓建新") in got
    assert len(got) == 2  # 律师费用, 律师事务所: no persons


def test_lawyer_words_that_name_nobody_and_a_governments_own_lawyer():
    text = (
        "本所律师代理该案，律师函已寄出，律师见证费按标准收取。\n"
        "由值班律师提供法律帮助，律师建议当事人申请复议。\n"
        "县司法局公职律师王文明列席听证，申请人的代理律师杨春华到场。\n"
    )
    assert found(text, ["name"]) == names(text, "杨春华")


def test_witness_investor_trustee_and_heir_labels():
    text = (
        "见证人：令狐秀兰（邻居，住同单元）\n"
        "投资人：何德明　身份证件号码：510129199008261547\n"
        "受托人：周玉梅\n"
        "受托人：湘江资产管理有限公司\n"
        "继承人：张春生、王冬梅\n"
    )
    got = found(text, ["name"])
    assert names(text, "令狐秀兰", "何德明", "周玉梅", "张春生", "王冬梅") == got


def test_households_counted_after_a_name():
    text = "律师黄文，受刘桂香等3户委托出席听证。白沙村等5户未签约，张建军等2户已搬迁。\n"
    got = found(text, ["name"])
    assert at(text, "name", "刘桂香") in got
    assert at(text, "name", "张建军") in got
    assert not [s for s in got if "村" in text[s[1] : s[2]]]


def test_counted_workers_with_names_ending_like_an_amount():
    text = "经查，该公司拖欠任荣华、皇甫志强、崔开元、夏娟、长孙国元等5名劳动者工资共计9万元。\n"
    assert found(text, ["name"]) == names(text, "任荣华", "皇甫志强", "崔开元", "夏娟", "长孙国元")
    assert non_name("五百元") and non_name("美元") and not non_name("崔开元")


def test_second_of_a_correction_written_as_a_mistake():
    text = "登记的共有人姓名“颜家旺”系“颜家明”之误，申请更正。\n"
    assert found(text, ["name"]) == names(text, "颜家旺", "颜家明")


def test_a_name_again_before_its_travel_document():
    text = (
        "因下列被征收人居住境外，现公告送达：\n"
        "　　孙金凤（女，现居香港；孙金凤港澳居民来往内地通行证号码H37166531）：你的房屋补偿决定书已作出。\n"
    )
    got = found(text, ["name"])
    first = at(text, "name", "孙金凤")
    second = at(text, "name", "孙金凤", first[2])
    assert first in got and second in got


def test_a_village_committee_opening_a_labels_value_is_no_name():
    text = "受托人：石桥村民委员会\n见证人：白沙村村民委员会何文斌、方丽红（村民）\n"
    got = found(text, ["name"])
    assert at(text, "name", "方丽红") in got
    assert not [s for s in got if text[s[1] : s[2]] in ("石桥", "白沙")]


def test_co_owners_before_the_kind_of_their_co_ownership():
    text = (
        "经核实，登记簿记载的权利人为您与陈宏伟（共同共有）。本机关书面征求陈宏伟意见。\n"
        "该房屋登记在甲方与欧阳春华（按份共有，各占50%）名下。\n"
        "该房屋（共同共有）已抵押，申请人与开发公司（共同共有）另行协商。\n"
    )
    assert found(text, ["name"]) == names(text, "陈宏伟", "陈宏伟", "欧阳春华")


def test_a_lawyer_named_before_the_title():
    text = (
        "申请执行人的委托代理人为居海燕律师（江苏秦淮律师事务所）。\n"
        "调解员邀请村法律顾问邹志勇律师释法。\n"
        "32,龙口市律师协会（卢大勇律师代为提交）,已采纳\n"
        "北京王海律师事务所、县律师协会、执业律师、值班律师参加；县司法局张明公职律师列席。\n"
        "管理人联系人：付振宇律师、晏倩律师，联系电话：0736-7261358。\n"
    )
    assert found(text, ["name"]) == names(text, "居海燕", "邹志勇", "卢大勇")


def test_a_plots_sides_without_a_word_for_the_neighbours_land():
    text = (
        "该宗地东至张德胜，南至村道，西至刘桂芳，北至集体山林。\n"
        "东至：刘建华家；南至：村道；西至：王小明家房屋滴水；北至：河沟。\n"
        "四至：东：何秀英　南：机耕道　西：曾德全　北：水渠\n"
        "东 至 : 武翠 宅基地\n南 至 : 村 道\n西 至 : 谢树林 承包地\n北 至 : 陆磊、李桂 共有晒场\n"
    )
    assert found(text, ["name"]) == names(
        text,
        "张德胜",
        "刘桂芳",
        "刘建华",
        "王小明",
        "何秀英",
        "曾德全",
        "武翠",
        "谢树林",
        "陆磊",
        "李桂",
    )


def test_sides_of_a_project_or_a_room_are_no_neighbours():
    text = (
        "项目东至东风路，南至南湖大道，西至西山公园，北至北京路。山东至广东的高速；河南至湖北。\n"
        "会场东侧为主席台，西侧为签到处，南面是停车场，北边是食堂。\n"
        "东至王家沟，南至李家湾，西至公路，北至国有林场。\n"
    )
    assert found(text, ["name"]) == []
