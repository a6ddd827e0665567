"""Landlines a unit's by the words around them: a duty room right before the number, a
government mailbox before its label, a list of one label's numbers, a bracket after a
community (issue 16). A person's own numbers beside them stay found."""

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


def test_duty_room_right_before_the_number():
    for room in ("值班室", "办公室", "传达室", "调度室"):
        for text in (
            f"收到，水电站已启动防汛值班（电站{room}0835-4527731）。本人手机13881699421，家里电话(0835)2266109。",
            f"联系人：钟秀英，住宅0771-3382016；乡政府{room} 0771-3380001。\n",
        ):
            got = _landlines(text)
            number = "0835-4527731" if "0835-4527731" in text else "0771-3380001"
            assert at(text, "landline", number) not in got, (room, text)
    text = "收到（电站值班室0835-4527731）。本人手机13881699421，家里电话(0835)2266109。"
    assert at(text, "landline", "(0835)2266109") in _landlines(text)


def test_bedroom_or_house_number_is_no_duty_room():
    text = "申请人：罗秀芬，住西街5号，卧室0776-6834955（宅电）。\n"
    assert at(text, "landline", "0776-6834955") in _landlines(text)


def test_government_mailbox_then_phone_label():
    for gap, label in (("　　", "联系电话："), ("，", "电话"), ("；", "征集电话：")):
        text = (
            "申请人：韦德明，住定业村弄朗屯14号，联系电话（0776）6834957（家）。\n"
            f"本会专用邮箱：bsnzc@bashan.gov.cn{gap}{label}0776-6821477\n"
        )
        got = _landlines(text)
        assert at(text, "landline", "0776-6821477") not in got, (gap, label)
        assert at(text, "landline", "（0776）6834957") in got, (gap, label)


def test_a_private_mailbox_before_keeps_the_number():
    text = "申请人：韦德明，邮箱：weideming71@163.com，联系电话0776-6834957。\n"
    assert at(text, "landline", "0776-6834957") in _landlines(text)


def test_a_list_of_one_labels_numbers():
    for sep in ("、", "/"):
        text = f"征集时间：9月20日至10月20日\n受理电话：0816-2263161{sep}0816-2263162\n"
        got = _landlines(text)
        assert at(text, "landline", "0816-2263161") not in got, sep
        assert at(text, "landline", "0816-2263162") not in got, sep
    text = "户主：郑春梅，家庭电话：0816-2217746、0816-2217747（宅）\n"
    got = _landlines(text)
    assert at(text, "landline", "0816-2217746") in got
    assert at(text, "landline", "0816-2217747") in got


def test_a_bracket_after_a_community():
    text = (
        "谭晓雨女士：你提交的异议书收悉。指导组经向城南区金桥社区（电话0716-8325571）"
        "函调核实，现答复如下。你的联系电话0716-8231491。\n"
    )
    got = _landlines(text)
    assert at(text, "landline", "0716-8325571") not in got
    assert at(text, "landline", "0716-8231491") in got


def test_a_line_of_public_services_numbers():
    for line in (
        "供水抢修：96999　供电：95598　有线电视：0816-2368011",
        "燃气公司：0816-2368012；政务服务热线：12345；",
        "| 供电抢修：95598 | 物业客服：0816-2368013 | 投诉：400-800-1234 |",
    ):
        text = f"四、公用事业\n{line}\n五、住户\n户主：杜春兰，家庭电话：0816-2217749\n"
        got = found(text, ["landline"])
        number = next(n for n in ("0816-2368011", "0816-2368012", "0816-2368013") if n in line)
        assert at(text, "landline", number) not in got, line
        assert at(text, "landline", "0816-2217749") in got, line


def test_a_persons_line_beside_a_hotline_stays():
    text = "投诉人：杜春兰，家庭电话：0816-2217749，已拨打热线：12345\n"
    assert at(text, "landline", "0816-2217749") in found(text, ["landline"])


def test_a_service_number_far_back_on_a_long_line_decides_nothing():
    filler = "，".join(["本小区业主委员会依法履行职责"] * 20)
    text = f"供电：95598{filler}。业主代表：杜春兰，电话：0816-2217749\n"
    assert at(text, "landline", "0816-2217749") in found(text, ["landline"])
