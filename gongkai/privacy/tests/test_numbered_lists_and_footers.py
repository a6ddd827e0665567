"""Persons in numbered and spaced lists, honours by group, lost-document notices; units'
numbers and addresses told by their place; HTML tables with spanned cells (issue 16,
after the sixth held-out batch).

Every fixture is written for these tests, with layouts, headers, separators and names
of its own (not the held-out documents'); each asserts the exact spans found and the
near misses left alone.
"""

from gongkai.privacy import scan_html, scan_text
from gongkai.privacy.markup import mask_html

from .spans import assert_scores, at, found, heldout, luhn


def names(text):
    return [f.text for f in scan_text(text, allow=[], expressions=False) if f.type == "name"]


# --- numbered pairs and lines of names ------------------------------------------------------


def test_numbered_pairs_one_line_of_several():
    text = (
        "公共租赁住房轮候排序结果\n"
        "01  覃永康    02  韦海兰    03  莫少华\n"
        "04\t黄秋菊\t05\t陆德胜\n"
        "另：06 号楼 07 号楼暂不配租；101 县一中 102 实验小学为单位申请。\n"
    )
    assert found(text, {"name"}) == [
        at(text, "name", p) for p in ("覃永康", "韦海兰", "莫少华", "黄秋菊", "陆德胜")
    ]


def test_numbered_pairs_of_units_or_words_are_no_persons():
    text = "101 县一中　102 实验小学\n1 号楼 2 号楼\n3 年度 4 季度\n"
    assert found(text, {"name"}) == []


def test_a_line_of_names_under_its_sign():
    text = (
        "经审核，以下申请家庭符合条件，予以公示：\n"
        "覃永康 韦海兰　莫少华\n\n"
        "领导小组成员：\n张建国　李明华\n\n"
        "会议议程如下：\n开幕致辞　工作报告\n"
    )
    assert names(text) == ["覃永康", "韦海兰", "莫少华"]


def test_the_subject_of_a_lost_document_notice():
    text = (
        "　　韦海兰不慎丢失残疾人证，声明作废。\n"
        "　　黄秋菊遗失云南省弥勒县西一镇起飞村委会大寨村三组12号的宅基地使用证，声明作废。\n"
        "　　县农机专业合作社遗失公章一枚，声明作废。\n"
        "　　本人遗失学生证一本。\n"
    )
    assert found(text, {"name", "address"}) == [
        at(text, "name", "韦海兰"),
        at(text, "name", "黄秋菊"),
        at(text, "address", "云南省弥勒县西一镇起飞村委会大寨村三组12号"),
    ]


# --- honours: headings in quotes, groups before the sign, 授予X等N名 ------------------------


def test_honours_heading_in_quotes_and_groups_before_the_sign():
    text = (
        "授予覃永康等5名同志“最美乡村教师”称号。\n\n"
        "一、“最美乡村教师”（3名）\n"
        "覃永康　韦海兰　莫少华\n\n"
        "二、优秀网格员（5名）\n"
        "城东社区（2名）：黄秋菊、陆德胜\n"
        "区直单位（3名）：江南、田园、蒙德才\n"
        "领导小组（2名）：张建国　李明华\n"
    )
    assert names(text) == [
        "覃永康",
        "覃永康",
        "韦海兰",
        "莫少华",
        "黄秋菊",
        "陆德胜",
        "江南",
        "田园",
        "蒙德才",
    ]


# --- numbers that are no card ---------------------------------------------------------------


def test_a_number_labelled_or_columned_as_another_number_is_no_card():
    slip = luhn("640302250001127654")
    member = luhn("530421000012345")
    card = luhn("622848711061254704")
    text = (
        f"请于十五日内缴纳罚款（缴款码：{slip}）。\n\n"
        "序号|姓名|参保编号|银行账号\n"
        f"1|覃永康|{member}|{card}\n"
    )
    assert found(text, {"bank_card"}) == [at(text, "bank_card", card)]
    assert luhn(slip[:-1]) == slip and len(member) == 16


# --- units' phones and addresses ------------------------------------------------------------


def test_contact_below_the_signature_is_the_issuer_s():
    text = (
        "　　当事人韦海兰，住城南区解放路88号3幢202室，电话0871-6123458。\n\n"
        "弥勒县自然资源局\n2024年3月1日\n\n"
        "（联系地址：弥勒县解放路12号2幢301室，电话：0871-6123456）\n"
    )
    assert found(text, {"landline", "address"}) == [
        at(text, "address", "城南区解放路88号3幢202室"),
        at(text, "landline", "0871-6123458"),
    ]


def test_the_reader_s_documents_and_a_village_committee_do_not_make_a_phone_personal():
    text = (
        "　　请携带本人户口簿原件到镇便民服务中心二号窗口办理，联系电话：0871-6123457。\n"
        "　　有异议的，请向西一镇村民委员会反映，电话：0871-6123451。\n"
        "　　申请人韦海兰，身份证件已核验，固定电话：0871-6123459。\n"
    )
    assert found(text, {"landline"}) == [at(text, "landline", "0871-6123459")]


def test_a_unit_s_row_gives_the_unit_s_phone():
    text = "序号\t户主\t联系电话\n1\t韦海兰\t0871-6123459\n2\t城东供销合作社\t0871-6123450\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0871-6123459")]


def test_a_company_s_seat_is_no_household_address():
    text = (
        "1. 弥勒顺达物流有限公司，法定代表人李国强，现住所变更为城南区解放路88号3幢201室。\n"
        "2. 当事人韦海兰，现住所为城南区解放路88号3幢202室。\n"
    )
    assert found(text, {"address"}) == [at(text, "address", "城南区解放路88号3幢202室")]


def test_a_flat_written_floor_door():
    text = (
        "申请人覃永康，住址：城南区解放路88号5幢12-2；共同申请人韦海兰，住址：东风路6号3单元4-1。"
    )
    assert found(text, {"address"}) == [
        at(text, "address", "城南区解放路88号5幢12-2"),
        at(text, "address", "东风路6号3单元4-1"),
    ]


# --- HTML tables with spanned cells, headers on two rows -------------------------------------


def test_html_table_with_a_header_on_two_rows_and_rowspans():
    """A group header spans two columns (申请人信息 over 姓名 | 配偶); 序号 and 所在组
    span two header rows; a village group spans the rows of its households, so the rows
    under it lose a cell unless the grid is kept."""
    html = (
        "<table><tr><th rowspan='2'>序号</th><th rowspan='2'>所在组</th>"
        "<th colspan='2'>申请人信息</th><th rowspan='2'>门牌号</th></tr>"
        "<tr><th>农户户主</th><th>配偶</th></tr>"
        "<tr><td>1</td><td rowspan='2'>三组</td><td>覃永康</td><td>韦海兰</td>"
        "<td>起飞村三组12号附1号</td></tr>"
        "<tr><td>2</td><td>莫少华</td><td>黄秋菊</td><td>起飞村三组15号</td></tr>"
        "<tr><td>3</td><td>四组</td><td>西一镇供销合作社</td><td>—</td><td>—</td></tr>"
        "</table>"
    )
    got = [(f.type, html[f.start : f.end]) for f in scan_html(html, allow=[], expressions=False)]
    assert got == [
        ("name", "覃永康"),
        ("name", "韦海兰"),
        ("address", "起飞村三组12号附1号"),
        ("name", "莫少华"),
        ("name", "黄秋菊"),
        ("address", "起飞村三组15号"),
    ]
    masked = mask_html(html)  # the empty cells are tabs only: masks land on the persons
    assert len(masked) == len(html) and "<td>覃*康</td><td>韦*兰</td>" in masked
    assert "<td>西一镇供销合作社</td>" in masked


def test_html_table_without_spans_flattens_as_before():
    from gongkai.privacy.markup import flatten_html

    html = "<table><tr><td>姓名</td><td>组别</td></tr><tr><td>覃永康</td><td>三组</td></tr></table>"
    assert flatten_html(html) == "\n\n\t姓名\t组别\n\t覃永康\t三组"


# --- vote rows, cues, officials with particulars ---------------------------------------------


def test_a_vote_s_rows_name_persons_after_their_role():
    text = (
        "二、落选候选人\n"
        "村长候选人\t莫少华\t217\n"
        "委员候选人\t黄秋菊\t198\n"
        "三、工作人员\n"
        "总监票人\t陆德胜（乡派驻指导员）\n"
        "计票人\t覃永康、韦海兰\n"
        "发言人\t蒙德才\n"
    )
    assert names(text) == ["莫少华", "黄秋菊", "覃永康", "韦海兰"]


def test_a_run_of_names_ending_with_a_full_stop_and_a_note():
    text = "　　未按时签约的家庭：覃永康　韦海兰　莫少华（已书面说明理由）。\n"
    assert names(text) == ["覃永康", "韦海兰", "莫少华"]


def test_hired_hands_and_contractors_are_private_persons():
    text = "　　经查，店内帮工黄占山负责收银；鱼塘承包人陆德胜于2024年签订合同。"
    assert names(text) == ["黄占山", "陆德胜"]


def test_an_official_named_with_particulars_acts_in_office():
    text = (
        "　　1.覃永康（男，壮族，1971年3月生，中共党员，西林县那劳镇党委书记）\n"
        "　　2.韦海兰（女，壮族，1982年9月生，群众，西林县那劳中学校长）\n"
        "　　3.莫少华（男，汉族，1975年1月生，中共党员，西林县公安局治安大队大队长）\n"
        "　　4.黄秋菊（女，壮族，1986年4月生，群众，县人民医院主任医师）\n"
    )
    assert names(text) == ["韦海兰", "黄秋菊"]


def test_a_contact_under_the_office_s_number_acts_in_office():
    office = "　　如有疑问请致电：0776-8211234（工作日）。\n　　联系人：覃永康\n\n"
    footer = "经办人：韦海兰　　　　　　审核人：莫少华　　　　　　联系电话：0776-8211235\n\n"
    person = "　　申请人手机：13907761234。\n　　联系人：黄秋菊\n"
    assert names(office + footer + person) == ["黄秋菊"]


def test_a_reply_names_the_writer_s_relatives_after_you():
    text = "　　经核实，你弟弟覃永康已于2023年迁出；您女儿韦海兰（学生）的户口仍在本村。你父亲生前反映的问题已处理。"
    assert names(text) == ["覃永康", "韦海兰"]


# --- the sixth batch ------------------------------------------------------------------------


def test_the_sixth_heldout_batch_meets_the_issue_bar():
    """docs6 is no longer blind (its misses were fixed by the rules above): names and
    addresses at recall ≥ 0.9 and precision ≥ 0.95, every other type at 0.99."""
    scorer = heldout()
    scores = scorer.evaluate(scorer.load(scorer.HERE / "docs6"))
    floors = {"name": (0.9, 0.95), "address": (0.9, 0.95), "*": (0.99, 0.99)}
    assert_scores(scores, floors, "docs6")
