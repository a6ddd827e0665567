"""privfix19e: a row whose ID cell is a credit code, officials' lines by their post, a
service desk's line, and a case number opening a CSV row (leadcells)."""

from .spans import at, found

_TABLE = (
    "序号\t获奖人\t身份证号码\t联系电话\t寄送地址\t奖金（元）\n"
    "1\t苗振宇\t420106198503120038\t027-86653412\t武昌县中和镇长春街18号3栋502室\t800\n"
    "2\t江城县第二中学初二（5）班\t12420106MB1234567L\t027-86651290\t武昌县中和镇学府路9号\t500\n"
)


def test_a_row_with_a_credit_code_in_its_id_column_is_a_body():
    got = found(_TABLE, ["landline", "address", "id_card"])
    assert at(_TABLE, "id_card", "420106198503120038") in got
    assert at(_TABLE, "landline", "027-86653412") in got  # a person's row keeps its line
    assert at(_TABLE, "address", "武昌县中和镇长春街18号3栋502室") in got
    assert at(_TABLE, "landline", "027-86651290") not in got  # the class's (its school's)
    assert not [f for f in got if f[0] == "address" and f[1] > _TABLE.index("12420106")]


def test_an_individual_business_owning_a_car_is_the_business():
    text = (
        "序号,号牌号码,机动车所有人,身份证明号码,联系电话,住所地址\n"
        "1,鄂A5K327,贺兰芝,420106197909235519,027-88126754,武昌县中和镇长春街21号\n"
        "2,鄂A7M913,武昌县中和镇陶记汽修店,92420106MA4K7T3N2C,027-88127301,武昌县中和镇铁机村4号\n"
    )
    got = found(text, ["landline", "address"])
    assert at(text, "landline", "027-88126754") in got
    assert at(text, "address", "武昌县中和镇长春街21号") in got
    assert at(text, "landline", "027-88127301") not in got
    assert at(text, "address", "武昌县中和镇铁机村4号") not in got


def test_a_post_in_the_bracket_makes_the_line_the_offices():
    text = (
        "备注：本台账由区教育局平台导出，仅供内部使用。人员证件号码、联系方式、住址属个人信息，"
        "导出人：柏文清（科员，027-86607713）。"
    )
    assert at(text, "landline", "027-86607713") not in found(text, ["landline"])
    near = "本表所列退费人：柏文清（家长，027-86607713）。"  # a parent's own line
    assert found(near, ["landline"]) == [at(near, "landline", "027-86607713")]


def test_lines_listed_under_a_posts_label_are_the_posts():
    text = (
        "三、各街道安全生产专干：花园街道钟雅琴（027-83301125）、"
        "东湖街道樊立新（027-83302276）。\n"
        "四、群众来电：花园街道钟雅琴（027-83301125）反映噪音扰民。"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "027-83301125") not in got
    assert at(text, "landline", "027-83302276") not in got
    assert at(text, "landline", "027-83301125", text.index("四、")) in got


def test_a_companys_service_line_is_no_persons():
    text = "来电人苗振宇（13871564012）称，多次联系公司客服027-87790066无人应答。"
    got = found(text, ["landline", "mobile"])
    assert at(text, "mobile", "13871564012") in got
    assert at(text, "landline", "027-87790066") not in got


def test_a_case_number_opening_a_csv_row_is_no_id():
    text = (
        "受理编号,申请人,公民身份号码,联系电话\n"
        "420106202405170006,苗振宇,420106198503120038,13871564012\n"
        '"420106202409300031",贺兰芝,"420106197909235519",13971200458\n'
    )
    got = found(text, ["id_card"])
    assert got == [
        at(text, "id_card", "420106198503120038"),
        at(text, "id_card", "420106197909235519"),
    ]
    near = "公民身份号码,申请人,联系电话\n420106202405170006,苗振宇,13871564012\n"
    assert found(near, ["id_card"]) == [at(near, "id_card", "420106202405170006")]
