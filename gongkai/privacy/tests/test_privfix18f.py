"""privfix18f: buildings and office blocks are no home; a reported party's column does not
own the phone before it; a row paid to an organisation holds its account, no person's card."""

from .spans import at, found, luhn


def addresses(text):
    return found(text, ["address"])


# --- a building or staircase without a flat is no household's address


def test_building_or_staircase_without_flat_is_no_address():
    for text in (
        "项目名称：东湖街道建设路26号院3栋2单元加装电梯\n申请日期：2023年5月6日",
        "关于反对人民路102号5栋1单元加装电梯的异议书已收悉。",
        "序号\t项目地址\t层数\n1\t和平街7号4号楼3单元\t7\n2\t和平街9号2号楼\t6",
        "本次改造涉及滨河路15号1幢、滨河路17号2幢，共48户。",
    ):
        assert addresses(text) == [], text


def test_flat_after_building_stays_an_address():
    for text, flat in (
        ("申请人住址：东湖街道建设路26号院3栋2单元501室，电话略", "建设路26号院3栋2单元501室"),
        ("产权人现住人民路102号5栋1单元6楼2号。", "人民路102号5栋1单元6楼2号"),
    ):
        got = addresses(text)
        assert len(got) == 1 and flat in text[got[0][1] : got[0][2]], (text, got)


def test_attached_door_then_staircase_and_flat_is_one_address():
    text = "序号\t姓名\t现居住地址\n1\t严某某\t成都市锦江区东大街28号附5号3单元602\n"
    assert addresses(text) == [at(text, "address", "成都市锦江区东大街28号附5号3单元602")]


def test_office_block_is_a_units_address():
    for text in (
        "受理地点：平川县城关镇府前路66号县政务服务大楼2楼窗口，请按时前往。",
        "地址：河口县滨江路9号县水利局办公楼302室",
        "地址：石门镇解放路18号供销综合楼4楼",
    ):
        assert addresses(text) == [], text


def test_institution_after_the_number_is_its_address():
    text = "序号\t姓名\t居住地\t护理等级\n3\t庞秀英\t北川县永安路12号颐养护理院（机构入住）\t二级\n"
    assert addresses(text) == []
    home = "序号\t姓名\t居住地\t护理等级\n3\t庞秀英\t北川县永安路12号\t二级\n"
    assert addresses(home) == [at(home, "address", "北川县永安路12号")]


# --- a reported party's column after a phone


def test_phone_before_reported_party_column_is_the_reporters():
    text = (
        "| 序号 | 举报人 | 联系电话 | 被举报对象 | 奖励金额 |\n|---|---|---|---|---|\n"
        "| 1 | 郜春林 | 0631-5582736 | 临港区第二人民医院 | 800.00 |\n"
        "| 2 | 宁晓丽 | (0631)7728415 | 临港区东山镇卫生院 | 500.00 |\n"
    )
    got = found(text, ["landline"])
    assert got == [
        at(text, "landline", "0631-5582736"),
        at(text, "landline", "(0631)7728415"),
    ]


def test_phone_before_unit_column_of_its_own_stays_the_units():
    text = (
        "| 序号 | 联系电话 | 单位 |\n|---|---|---|\n"
        "| 1 | 0631-5582736 | 临港区第二人民医院 |\n"
        "| 2 | 0631-7728415 | 临港区东山镇卫生院 |\n"
    )
    assert found(text, ["landline"]) == []


# --- a table row paid to an organisation


def test_row_paid_to_an_organisation_holds_no_card():
    person = luhn("621700552423141")
    body = luhn("622848291640601")
    text = (
        "序号\t小区\t收款人\t身份证号码\t开户银行\t收款账号\t金额\n"
        f"1\t幸福里小区\t石建军\t370724196406164815\t某银行某支行\t{person}\t5000\n"
        f"2\t幸福里小区\t幸福里小区业主委员会\t—\t某银行某支行\t{body}\t80000\n"
    )
    assert found(text, ["bank_card"]) == [at(text, "bank_card", person)]


def test_persons_row_with_an_employer_keeps_the_card():
    card = luhn("621700552423141")
    text = (
        "序号,姓名,工作单位,身份证号码,银行卡号\n"
        f"1,樊立新,某县建筑工程有限公司,370724195809234078,{card}\n"
    )
    assert found(text, ["bank_card"]) == [at(text, "bank_card", card)]
