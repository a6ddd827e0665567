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


@pytest.mark.parametrize("label", ["应急电话（24小时）：", "抢修热线(夜间)：", "值班电话（节假日）"])
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
