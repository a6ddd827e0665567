"""A fixed line under a label of a household's cadre's phone (``cadrelabels``, privfix26b):
the cadre's office's; the cadre's own mobile there and the household's own fixed line stay."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("43112219650418223")


def test_key_value_form_the_cadres_office_line_is_left_out():
    text = (
        f"户主姓名：屈桂生\n户主身份证号：{_ID}\n备用电话：0746-5521307\n"
        "结对帮扶责任人：文海平（镇农业综合服务站副站长）\n结对帮扶责任人电话：0746-5238816\n"
        "驻村工作队员：邝志红（县人社局）\n驻村工作队员电话：0746-5230017\n"
        "包户干部：龙德清\n包户干部电话：13787462210\n"
    )
    got = found(text, ["landline", "mobile"])
    assert at(text, "landline", "0746-5521307") in got  # the household's own line
    assert at(text, "mobile", "13787462210") in got  # the cadre's own mobile
    assert at(text, "landline", "0746-5238816") not in got
    assert at(text, "landline", "0746-5230017") not in got


def test_a_bare_duty_holders_label_is_no_cadres():
    # 监护责任人 is a guardian, no cadre the office charges
    text = f"申请人：屈桂生，身份证号{_ID}。\n监护责任人电话：0746-5521307\n"
    assert at(text, "landline", "0746-5521307") in found(text, ["landline"])
