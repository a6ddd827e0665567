"""Whose landline or mailbox it is: a person's record whose other fields name units, and
an office's contact lines that a notice's wording or a list made look personal (issue 16,
the sixteenth held-out batch: the classes, with fixtures of their own)."""

import pytest

from .spans import at, found


def phones(text):
    return found(text, ["landline", "email", "mobile"])


# --- a person's record: the unit in another field does not take the phone ----------------


@pytest.mark.parametrize(
    "header,row",
    [
        (
            "序号\t所在旅行社\t领队姓名\t护照号码\t联系电话",
            "1\t云岭国际旅行社有限公司\t邝雪梅\tE23456781\t{phone}",
        ),
        (
            "编号\t推荐单位\t姓名\t性别\t住址\t电话",
            "3\t县文化馆\t宁德胜\t男\t城关镇北街巷12号\t{phone}",
        ),
        (
            "序号|工作单位|获奖人|证件号码|电话",
            "2|市疾病预防控制中心|庞秀云|C52837461|{phone}",
        ),
        (
            "序号,申报单位,姓名,家庭住址,联系电话",
            "4,镇人民政府,闫福来,幸福小区5栋2单元301室,{phone}",
        ),
    ],
)
def test_a_landline_in_a_delimited_row_of_a_person_is_theirs(header, row):
    phone = "0871-6534218"
    text = "附件：名单\n" + header + "\n" + row.format(phone=phone) + "\n"
    assert at(text, "landline", phone) in phones(text)


def test_an_experts_row_of_work_unit_and_title_gives_the_phone_at_work():
    text = (
        "序号\t姓名\t工作单位\t职称\t联系电话\n"
        "1\t关雅琴\t县疾病预防控制中心\t主任医师\t0871-6534218\n"
        "2\t卜新民\t县人民政府办公室\t高级经济师\t0871-6534299\n"
    )
    assert [p for p in phones(text) if p[0] == "landline"] == []


def test_a_landline_in_a_list_of_units_stays_the_units():
    text = (
        "单位名称\t联系人\t联系电话\n"
        "县第一中学\t教务处\t0871-6534218\n"
        "县人民医院\t医务科\t0871-6534299\n"
    )
    assert [p for p in phones(text) if p[0] == "landline"] == []


@pytest.mark.parametrize("unit", ["县文化馆", "镇人民政府", "龙泉农业服务中心", "兴隆建材有限公司"])
def test_a_landline_in_an_aligned_row_of_a_person_is_theirs(unit):
    text = (
        "拟表彰人员名单\n\n"
        " 序号  推荐单位          姓名      性别  住址                      联系电话\n"
        f" 1     {unit:<14}  谭立平    男    东风镇柳湾村3组16号       0913-4412765\n"
        f" 2     {unit:<14}  邓小梅    女    东风镇柳湾村5组8号        0913-4418830\n"
    )
    got = phones(text)
    assert at(text, "landline", "0913-4412765") in got
    assert at(text, "landline", "0913-4418830") in got


def test_an_aligned_list_of_units_keeps_its_phones():
    text = (
        "各受理点联系方式\n\n"
        " 序号  受理点            地址                      联系电话\n"
        " 1     东风镇便民服务中心  东风镇府前街12号          0913-4412765\n"
        " 2     西河镇便民服务中心  西河镇新街8号             0913-4418830\n"
    )
    assert [p for p in phones(text) if p[0] == "landline"] == []


@pytest.mark.parametrize(
    "lines",
    [
        (
            "受助人：罗春燕　身份证号：532128199004153322",
            "就诊医院：县中医医院　开户银行：农村信用合作联社营业部",
        ),
        (
            "（二）申请人：黄德福",
            "银行账号：6228480402564890018",
            "工作单位：县供销合作社",
        ),
        (
            "捐赠人：万秀兰　手机：13987650412",
            "所在学校：实验小学",
        ),
    ],
)
def test_a_phone_line_in_a_block_of_a_persons_particulars_is_theirs(lines):
    text = (
        "公示如下：\n\n" + "\n".join("　　" + x for x in lines) + "\n　　联系电话：0874-3126659\n"
    )
    assert at(text, "landline", "0874-3126659") in phones(text)


@pytest.mark.parametrize(
    "block",
    [
        "　　办理单位：县医疗保障局\n　　地址：府前路18号\n　　联系电话：0874-3126659\n",
        "　　受理时间：工作日上午9:00—12:00\n　　受理地点：县政务服务中心\n　　电话：0874-3126659\n",
        "　　请携带身份证、户口簿到县民政局办理。\n　　联系电话：0874-3126659\n",
    ],
)
def test_an_offices_block_keeps_its_phone(block):
    text = "关于办理事项的通知\n\n" + block
    assert [p for p in phones(text) if p[0] == "landline"] == []


# --- one cell a line: a row begins at its serial number ------------------------------------


def test_a_mailbox_in_a_row_one_cell_a_line_after_a_units_cell_is_the_persons():
    text = (
        "序号\n姓名\n派出单位\n服务村\n手机\n邮箱\n"
        "1\n尚国梁\n省农业科学院\n红星村\n13809451276\nshang.gl@163.com\n"
        "2\n祁慧敏\n市林业技术推广中心\n团结村\n15209457731\nqhm_2016@126.com\n"
        "3\n鲁文斌\n县畜牧兽医服务中心\n前进村\n18893451102\n77120938@qq.com\n"
    )
    got = phones(text)
    for box in ("shang.gl@163.com", "qhm_2016@126.com", "77120938@qq.com"):
        assert at(text, "email", box) in got


def test_a_list_of_units_one_cell_a_line_keeps_its_mailboxes():
    text = (
        "序号\n单位\n联系人\n邮箱\n"
        "1\n县科学技术局\n办公室\nxkjj_bgs@163.com\n"
        "2\n县农业农村局\n科教股\nxnyj_kjg@126.com\n"
    )
    assert [p for p in phones(text) if p[0] == "email"] == []


# --- an office's contact lines ------------------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "对公示对象有异议的，请以书面形式反映，署真实姓名并注明联系方式。",
        "反映问题须写明姓名和联系方式，匿名信件不予受理。",
        "来信请提供真实姓名、有效联系方式。",
    ],
)
def test_a_notices_contact_line_under_a_request_for_names_is_the_offices(ask):
    text = "公示期为5个工作日。\n　　" + ask + "\n　　联系电话：0917-3261180　　地址：县府前街1号\n"
    assert [p for p in phones(text) if p[0] == "landline"] == []


def test_a_letter_page_writers_phone_stays_theirs():
    text = "　　来信人姓名：贺明亮\n　　住址：城南街道\n　　联系电话：0917-3261180\n"
    assert at(text, "landline", "0917-3261180") in phones(text)


@pytest.mark.parametrize(
    "line",
    [
        "联系人：村民选举委员会主任　程德才，电话：0455-7126630。",
        "联系人：居委会主任 柏春兰，联系电话：0455-7126630",
        "咨询：镇党委书记　尤宏，电话0455-7126630",
    ],
)
def test_an_officials_phone_with_a_space_before_the_name_is_the_offices(line):
    assert [p for p in phones("　　" + line + "\n") if p[0] == "landline"] == []


@pytest.mark.parametrize(
    "line",
    [
        "征集热线：021-63581120、021-63581121，地址：文化路9号。",
        "服务热线：0731-2284156，0731-2284157。",
        "监督电话：0871-6612300/0871-6612301",
    ],
)
def test_a_number_listed_after_an_offices_line_is_the_offices(line):
    assert [p for p in phones("　　" + line + "\n") if p[0] == "landline"] == []


def test_a_second_personal_landline_stays_theirs():
    text = "　　户主：常国兴，住址：北关村2组7号，电话：0731-2284156、0731-2284157。\n"
    got = phones(text)
    assert at(text, "landline", "0731-2284156") in got
    assert at(text, "landline", "0731-2284157") in got


@pytest.mark.parametrize("mark", ["3. ", "（三）", "2、", "(4)"])
def test_a_numbered_note_giving_the_offices_phone_is_the_offices(mark):
    text = (
        "说明：1. 名单中的借款人已逾期，请尽快还款。\n"
        "2. 可到县资助中心窗口办理。\n"
        f"{mark}联系电话：0916-7320415，咨询时间为工作日。\n"
    )
    assert [p for p in phones(text) if p[0] == "landline"] == []
