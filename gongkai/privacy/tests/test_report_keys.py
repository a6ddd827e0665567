"""``jbr`` read as 举报人 beside a report's own keys (reportkeys, privfix20a)."""

from gongkai.privacy.tests.spans import at, found


def _export(rows, extra):
    lines = []
    for no, (jbr, phone) in enumerate(rows, 1):
        lines.append(
            f'{{"bh": "JB2024{no:04d}", "jbsj": "2024-03-0{no} 09:1{no}", {extra}'
            f'"jbr": "{jbr}", "lxdh": "{phone}", "cbr": "钱立新", "zt": "已办结"}}'
        )
    return "\n".join(lines) + "\n"


ROWS = [("郜振林", "13907452218"), ("柏秀英", "15807316624"), ("鲍德全", "18974102253")]


def test_jbr_beside_jbnr_and_jbqd_is_the_reporter():
    text = _export(ROWS, '"jbqd": "来信", "jbnr": "河边有人倾倒废土，请处理。", ')
    got = found(text, ["name"])
    for jbr, _phone in ROWS:
        assert at(text, "name", jbr) in got
    assert at(text, "name", "钱立新") not in got  # cbr: the clerk who handled it


def test_jbr_beside_a_separated_report_key_is_the_reporter():
    text = _export(ROWS, '"jb_fs": "电话", ')
    got = found(text, ["name"])
    assert at(text, "name", "柏秀英") in got


def test_jbr_without_a_report_key_stays_the_clerk():
    # jbsj (经办时间 as well as 举报时间) alone says nothing: jbr is the 经办人 …
    text = _export(ROWS, '"blnr": "补助发放", ')
    got = found(text, ["name"])
    for jbr, _phone in ROWS:
        assert at(text, "name", jbr) not in got
    # … and the same export with 举报对象 names its reporters
    text = _export(ROWS, '"jbdx": "某砂场", ')
    assert at(text, "name", "鲍德全") in found(text, ["name"])


def test_jbr_beside_a_report_key_in_xml_is_the_reporter():
    text = (
        "<records>\n"
        "<record><bh>JB20240001</bh><jbnr>山坡上有人私挖土方</jbnr><jbr>郜振林</jbr>"
        "<lxdh>13907452218</lxdh><cbr>钱立新</cbr></record>\n"
        "<record><bh>JB20240002</bh><jbnr>路口垃圾无人清运</jbnr><jbr>柏秀英</jbr>"
        "<lxdh>15807316624</lxdh><cbr>钱立新</cbr></record>\n"
        "</records>\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "郜振林") in got
    assert at(text, "name", "柏秀英") in got
