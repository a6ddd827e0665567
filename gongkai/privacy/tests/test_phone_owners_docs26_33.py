"""Whose phone it is — the classes of phone errors of the held-out batches 19–33
(issue 16). The fixtures are written for these tests with other offices, places, labels
and layouts than the held-out documents; each asserts the exact spans found and the near
misses left clean.
"""

import pytest

from .spans import at, found, rid

PHONES = {"mobile", "landline"}


def phones(text):
    return found(text, PHONES)


# --- a notice's closing contact line under a sentence, not a person's record ----------


@pytest.mark.parametrize(
    "text",
    [
        # a key opening a sentence that names the unit's account: no field of a record
        "缴回方式：到区医保服务中心二楼5号窗口退回，或汇入区医疗保障基金专户"
        "（户名：区医疗保障局，账号：36050100000288321，单位账户）。\n"
        "联系电话：（0797）8821406，0797-8821407。",
        "领取办法：持通知书到街道社会事务办领取，逾期未领的，资金退回区财政专户"
        "（账号6228480010099887766，系财政专户）。\n咨询电话：0553-5128730",
    ],
)
def test_contact_line_under_a_sentence_is_the_office_s(text):
    assert phones(text) == []


def test_record_of_particulars_keeps_its_phone():
    text = (
        "姓名：骆文彬\n"
        f"身份证号：{rid('36050219580314031')}\n"
        "住址：渝水区城北路17号2栋301室\n"
        "联系电话：0790-6623158"
    )
    assert phones(text) == [at(text, "landline", "0790-6623158")]


# --- the channel for objections in a notice --------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "对以上名单有异议的，请在公示期内来电或来信。来电：（0736）7216008；来信：区民政局救助股。",
            "（0736）7216008",
        ),
        ("公示期7天，如有异议可实名反映。联系电话：0736-7216009。", "0736-7216009"),
    ],
)
def test_objection_channel_is_the_office_s(text, number):
    assert at(text, "landline", number) not in phones(text)
    assert phones(text) == []


def test_a_sentence_naming_a_person_keeps_the_number():
    text = "申请人董秀枝对结果有异议。联系电话：0736-7230415。"
    assert phones(text) == [at(text, "landline", "0736-7230415")]


# --- 议事会 is a body of residents, not a resident ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村民议事会办公室设在村部一楼，联系电话：0859-3312760。",
        "居民议事会议事室位于社区服务中心三楼，联系电话：0859-3312761。",
    ],
)
def test_council_office_phone(text):
    assert phones(text) == []


def test_a_resident_s_phone_stays():
    text = "居民葛春来反映楼道积水，联系电话：0859-3317702。"
    assert phones(text) == [at(text, "landline", "0859-3317702")]


# --- a home's label nearer the number than a public channel's --------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "业委会办公电话暂用秘书长家庭电话0771-5561023，待物业用房交付后另行公告。",
            "0771-5561023",
        ),
        ("协会值班电话临时转至会长住宅电话（0771）5561024。", "（0771）5561024"),
    ],
)
def test_home_label_after_a_public_one(text, number):
    assert phones(text) == [at(text, "landline", number)]


def test_public_label_alone_stays_clean():
    text = "业委会办公电话0771-5561025，工作日9:00至17:00有人值守。"
    assert phones(text) == []


# --- a column naming the holder: an operator's own number -------------------------------


def test_operator_column_in_a_shops_table():
    text = (
        "序号\t店铺名称\t经营者\t经营者联系电话\t备注\n"
        "1\t城关镇阿贵米粉店\t施贵林\t0832-5509127\t\n"
        "2\t城关镇红星理发店\t仇红梅\t13608320541\t\n"
    )
    got = phones(text)
    assert at(text, "landline", "0832-5509127") in got
    assert at(text, "mobile", "13608320541") in got


def test_unit_column_beside_stays_the_unit_s():
    text = (
        "序号\t姓名\t所在村\t村委会电话\n"
        "1\t施贵林\t石桥村\t0832-5509128\n"
        "2\t仇红梅\t河坝村\t0832-5509129\n"
    )
    assert phones(text) == []


# --- a shop's operator named on a numbered line ------------------------------------------


def test_shop_line_with_its_operator():
    text = (
        "5．河西路五金店　店主郜立新，0744-8231176，门店河西路12号；已整改。\n"
        "6．河西路茶楼　经营户郦萍，(0744)8231190，门店河西路40号；已整改。\n"
    )
    got = phones(text)
    assert at(text, "landline", "0744-8231176") in got
    assert at(text, "landline", "(0744)8231190") in got


def test_unit_line_without_an_operator_stays_clean():
    text = "5．河西路派出所　0744-8231100，地址河西路2号；值班24小时。\n"
    assert phones(text) == []


# --- a local number in a CSV whose records say 电话回复 ------------------------------------


def test_local_number_under_its_header_past_records_that_mention_phones():
    text = (
        "编号,来信人,联系电话,处理结果,回复方式\n"
        "XF001,卓雅琴,13970912233,已转办,电话回复\n"
        'XF002,贲志强,"13870915566；8826153",已办结,电话回复\n'
    )
    assert at(text, "landline", "8826153") in phones(text)
    # a number in the 处理结果 column is no phone
    text2 = text + "XF003,甘露,13170910088,罚款8826154元,电话回复\n"
    assert at(text2, "landline", "8826154") not in phones(text2)
