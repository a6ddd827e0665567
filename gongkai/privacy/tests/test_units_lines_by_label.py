"""Units' numbers and mailboxes beside a person's own (issue 16, the 45th held-out batch):
a unit named by the label, the note or the line right at the number; a list of places'
office lines; a school's or institute's mailbox in a person's row."""

import pytest

from .spans import at, found

# -- a unit's label right before the number, whatever the separator -------------------


@pytest.mark.parametrize(
    "label",
    [
        "单位电话｜",
        "单位电话：",
        "工作单位电话 ",
        "加工站电话：",
        "门市部电话｜",
        "原单位办公室电话：",
        "原单位财务部电话：",
        "协会电话",
        "【公司座机】",
        "合作社联系电话：",
        "村委会代收：",
        "居委会转告：",
    ],
)
def test_a_units_label_gives_the_unit_its_number(label):
    text = (
        f"申请人｜蒲秋菊｜手机｜15182736450｜住宅电话｜0817-3356120\n"
        f"工作单位｜营山县某某服务中心｜{label}0817-3361000\n"
    )
    assert found(text, {"landline"}) == [at(text, "landline", "0817-3356120")]


@pytest.mark.parametrize(
    "label",
    ["住宅电话：", "家庭电话｜", "本人电话 ", "父母家中电话：", "收件人电话：", "宅电"],
)
def test_a_persons_own_label_keeps_the_number(label):
    text = f"姓名：蒲秋菊　手机：15182736450\n{label}0817-3356120\n"
    assert at(text, "landline", "0817-3356120") in found(text, {"landline"})


@pytest.mark.parametrize("note", ["（厂部）", "(村委会)", "（总机）", "（居委会）"])
def test_a_units_note_after_the_number_gives_it_to_the_unit(note):
    text = f"联系人：车玉兰，手机13990817263；另：0817 6722018{note}\n"
    assert found(text, {"landline"}) == []


def test_a_persons_number_noted_as_home_stays():
    text = "联系人：车玉兰，手机13990817263；另：0817-6722018（家）\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0817-6722018")]


@pytest.mark.parametrize(
    "label", ["应急电话（24小时）：", "抢修热线(夜间)：", "值班电话（节假日）"]
)
def test_a_hotline_noted_with_its_hours_is_the_offices(label):
    text = f"　　请申请人王某某本人到场办理。{label}0736-7211119。\n"
    assert found(text, {"landline"}) == []


# -- a list of places' office lines, one a line ---------------------------------------


@pytest.mark.parametrize("gap", ["　　　", "\t", " | ", "    "])
def test_a_list_of_places_numbers_is_the_offices(gap):
    text = (
        "各县（区）分局电话：\n"
        f"　　武陵区{gap}0736-7201234\n"
        f"　　清溪县{gap}0736-5521234\n"
        f"　　城东街道{gap}(0736)7224456\n"
    )
    assert found(text, {"landline"}) == []


def test_one_place_and_a_number_alone_is_not_read_as_a_list():
    text = "姓名：聂冬梅\n住址：石门县\n石门县　　0736-5321234\n"
    assert at(text, "landline", "0736-5321234") in found(text, {"landline"})


# -- the employer's number right under the employer's name, in a record -----------


def test_an_employers_number_under_its_name_beside_the_home_one():
    text = (
        "字段：编号 / 姓名 / 住址 / 联系电话 / 工种 / 单位 / 单位电话\n\n"
        "DJ-01\n仝海峰\n石门县城关镇澧阳路12号\n0736-5322101\n叉车司机\n石门县某某建材有限公司\n"
        "0736-5326000\n—\nDJ-02\n乜春燕\n石门县夹山镇夹山村7号\n0736 5341122\n"
        "锅炉司炉\n石门县人民医院\n(0736)5327120转203\n—\n"
    )
    got = found(text, {"landline"})
    assert at(text, "landline", "0736-5322101") in got
    assert at(text, "landline", "0736-5326000") not in got
    assert at(text, "landline", "(0736)5327120") not in got


def test_a_number_noted_as_home_under_an_employer_stays():
    text = "姓名\n单位\n电话\n—\n符雪梅\n县第一中学\n0736-5311220（家）\n"
    assert found(text, {"landline"}) == [at(text, "landline", "0736-5311220")]


# -- a 经营者 column: the row is the operator's record --------------------------------


def test_an_operators_row_keeps_the_landline_after_a_row_of_words():
    text = (
        "| 序号 | 作坊名称 | 经营者 | 场所 | 联系电话 | 办理类型 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 城关镇老街米粉坊 | 卓秀英 | 城关镇老街18号 | 0736-5311873 | 新办 |\n"
        "| 2 | 夹山镇豆腐坊 | 全德顺 | 夹山镇夹山村5号 | 0736 5342210 | 变更 |\n"
    )
    assert found(text, {"landline"}) == [
        at(text, "landline", "0736-5311873"),
        at(text, "landline", "0736 5342210"),
    ]


def test_a_companys_row_under_an_operator_header_stays_the_companys():
    text = (
        "| 序号 | 名称 | 负责人 | 联系电话 |\n|---|---|---|---|\n"
        "| 1 | 石门县某某食品有限公司 | 卓秀英 | 0736-5311873 |\n"
    )
    assert found(text, {"landline"}) == []


# -- mailboxes: a unit's domain is the unit's, a student's or a noted own one is not ----


def test_a_college_mailbox_in_an_experts_row_is_the_colleges():
    text = (
        '"序号","姓名","派出单位","手机","邮箱"\n'
        '"1","岑文博","某某农业大学","13907361234","cenwenbo@hunau.edu.cn"\n'
        '"2","解雨晴","某某林业研究所","13907361235","xieyuqing@hnlky.org.cn；yuqing.x@gmail.com"\n'
    )
    assert found(text, {"email"}) == [at(text, "email", "yuqing.x@gmail.com")]


@pytest.mark.parametrize(
    "text, box",
    [
        ("姓名|学校|邮箱\n阮晓东|某某学院|ruanxd21@stu.hnu.edu.cn\n", "ruanxd21@stu.hnu.edu.cn"),
        ("个人邮箱：ruanxd@hnu.edu.cn，手机13907361234\n", "ruanxd@hnu.edu.cn"),
        ("邮箱：ruanxd@hnu.edu.cn（单位邮箱，本人同意公开）\n", "ruanxd@hnu.edu.cn"),
    ],
)
def test_a_students_or_an_own_school_mailbox_stays(text, box):
    assert found(text, {"email"}) == [at(text, "email", box)]


@pytest.mark.parametrize(
    "note", ["（县局公共邮箱）", "(科室公共邮箱)", "（对公邮箱）", "（官方信箱）"]
)
def test_a_mailbox_noted_as_an_offices_shared_one_is_the_offices(note):
    text = (
        f"　　桃源县　　　0736-6612230　　tyxscjg@163.com{note}\n申请人：雷某某，手机13907361234\n"
    )
    assert found(text, {"email"}) == []


def test_a_persons_mailbox_beside_a_shared_one_stays():
    text = "联系人邮箱：leimou88@163.com（本人），单位：tyxscjg@163.com（单位公共邮箱）\n"
    assert found(text, {"email"}) == [at(text, "email", "leimou88@163.com")]


# -- a letter's mailing block after the employer's line: the recipient's own numbers ----


@pytest.mark.parametrize(
    "label", ["收件人电话：", "收件人联系电话 ", "收信人座机｜", "老家家中电话：", "家中座机："]
)
def test_the_recipients_number_after_an_employers_line_is_the_recipients(label):
    text = (
        "　　公司联系电话：0736-7223300转801（公司人事部）\n"
        "　　邮寄地址：桃源县漳江镇某某村12号　钟某某（收）\n"
        f"　　{label}(0736)6621093；电子邮箱：zhongmou@foxmail.com\n"
    )
    got = found(text, {"landline", "email"})
    assert at(text, "landline", "(0736)6621093") in got
    assert at(text, "email", "zhongmou@foxmail.com") in got
    assert at(text, "landline", "0736-7223300") not in got


def test_a_note_that_there_is_no_shared_mailbox_leaves_the_persons():
    text = "　　3．某某镇仁和诊所，负责人龙某某，个人联系邮箱renhe77@qq.com（诊所无对公邮箱）。\n"
    assert found(text, {"email"}) == [at(text, "email", "renhe77@qq.com")]


def test_a_number_under_an_employer_in_the_next_record_stays_the_persons():
    # one cell a line: the phone above belongs to the record before (a serial between)
    text = (
        "序号\n姓名\n证件号码\n工作单位\n联系电话\n\n"
        "1\n梁嘉欣\nH10452318\n某某机械制造有限公司\n13517452068\n"
        "2\n叶振邦\nM08716325\n某某市五溪宾馆\n0745-2318726\n"
    )
    got = found(text, {"landline", "mobile"})
    assert at(text, "landline", "0745-2318726") in got


# -- a form exported from Word with full-width bars between its cells -----------------


def test_a_name_after_its_label_and_a_full_width_bar():
    text = "姓名｜蒲秋菊｜性别｜女｜出生日期｜1981-04-02\n工作单位｜某某县人民医院｜职务｜护士\n"
    assert found(text, ["name"]) == [at(text, "name", "蒲秋菊")]
