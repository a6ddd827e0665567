"""A landline in a column headed by a unit's phone is the unit's; the person's own stays."""

from .spans import at, found, rid


def test_clinic_column_is_the_units_and_home_column_the_persons():
    card = rid("43052419750611321")
    text = (
        "村卫生室人员公示\n\n"
        "序号\t姓名\t身份证号\t所在村卫生室\t村卫生室座机\t家庭电话\n"
        f"1\t易红霞\t{card}\t桃林村卫生室\t0739-5512234\t0739-5587761\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0739-5512234") not in got
    assert at(text, "landline", "0739-5587761") in got


def test_unit_phone_column_in_a_bar_table():
    text = (
        "| 序号 | 姓名 | 村委会电话 | 手机 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 龚德华 | 0745-2231456 | 13907451234 |\n"
    )
    got = found(text, ["landline", "mobile"])
    assert at(text, "landline", "0745-2231456") not in got
    assert at(text, "mobile", "13907451234") in got


def test_plain_phone_column_stays_the_persons():
    text = "序号\t姓名\t联系电话\n1\t贺建明\t0731-8845123\n"
    assert at(text, "landline", "0731-8845123") in found(text, ["landline"])


def test_unit_named_before_a_bracketed_number():
    text = "　　第3号钱小满无联系电话，由石门村委员会（0737-6651234）负责通知本人。\n"
    assert at(text, "landline", "0737-6651234") not in found(text, ["landline"])


def test_officers_and_a_stations_head_give_office_numbers():
    text = (
        "办案民警：焦国梁、鲁文，联系电话：0371-6688123。\n"
        "农技站负责人：史红旗　　联系电话：0371-6688456\n"
        "申请人：雷秀英　联系电话：0371-6688789\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0371-6688123") not in got
    assert at(text, "landline", "0371-6688456") not in got
    assert at(text, "landline", "0371-6688789") in got


def test_contact_named_with_their_department_gives_an_office_number():
    text = (
        "　　（联系人：县总工会权益保障部郜丽娟，电话0558-2213344）\n"
        "　　申请人：应美华，电话0558-2219876\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0558-2213344") not in got
    assert at(text, "landline", "0558-2219876") in got


def test_staff_and_its_number_without_a_label_is_the_office():
    text = "劳资专管员：晏志刚  0551-62234455        公示牌编号：HF-2025-11\n"
    assert at(text, "landline", "0551-62234455") not in found(text, ["landline"])


def test_phone_after_a_sentence_that_sends_to_a_unit():
    text = (
        "　　有异议的，请于5日内向县民政局社会救助股反映。电话：0551-62231100。\n"
        "　　申请人应小红反映家中困难。电话：0551-62239988。\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0551-62231100") not in got
    assert at(text, "landline", "0551-62239988") in got
