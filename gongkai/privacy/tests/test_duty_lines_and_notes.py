"""The officer on duty's line and a phone noted as an office's (值班预报员：X 电话：…,
"…（社区公务手机）"): the unit's, in a signature, a letter or a table; a person's own
number beside them stays found."""

from .spans import at, found


def test_officer_on_duty_then_phone():
    for label in ("值班预报员：卢工　电话：", "带班领导：陈科长，联系电话", "值班员：李明 电话 "):
        text = (
            f"市气象台\n{label}0835-2228261\n\n收到，本人手机13881699453，家里电话(0835)2266041。\n"
        )
        got = found(text, ["landline", "mobile"])
        assert at(text, "landline", "0835-2228261") not in got, label
        assert at(text, "landline", "(0835)2266041") in got, label
        assert at(text, "mobile", "13881699453") in got, label


def test_a_householder_label_is_no_duty():
    text = "户主：王秀兰　电话：0835-2228261\n"
    assert at(text, "landline", "0835-2228261") in found(text, ["landline"])


def test_bracket_note_naming_an_office_line():
    for note in ("（社区公务手机）", "(值班专用手机)", "（办公电话）"):
        text = (
            "楼栋长：于秀梅，电话13500425731。\n"
            f"工作中遇到问题请与社区联系：值班手机18604120071{note}。\n"
        )
        got = found(text, ["mobile"])
        assert at(text, "mobile", "18604120071") not in got, note
        assert at(text, "mobile", "13500425731") in got, note


def test_a_persons_own_note_stays():
    for note in ("（本人办公手机）", "（家中电话）"):
        text = f"申请人：于秀梅，电话18604120071{note}。\n"
        assert at(text, "mobile", "18604120071") in found(text, ["mobile"]), note


def test_a_government_bodys_short_name_as_label():
    for label in ("县防指联络电话：", "镇防办电话 ", "市应急局值班电话："):
        text = (
            "安置点负责人：村委会（村委会电话0835-6596077）。\n"
            f"亲属：妻周慧玲，电话0756-2218691。{label}0835-6522177。\n"
        )
        got = found(text, ["landline"])
        assert at(text, "landline", "0835-6522177") not in got, label
        assert at(text, "landline", "0756-2218691") in got, label


def test_a_surname_or_mid_word_is_no_government_label():
    for text in (
        "来信人：区慧玲电话：0756-2218691\n",
        "来信人：郑镇江电话：0756-2218691\n",
    ):
        assert at(text, "landline", "0756-2218691") in found(text, ["landline"]), text
