"""A pinyin key's head is its last word: initials of a datum before a person's role modify
the role (sj_jly 涉及教练员, where sj also reads as 手机), and the key holds that person's
name; English keys keep English order (phone_owner: the owner's phone)."""

from gongkai.privacy.keymeaning import meaning, name_header
from gongkai.privacy.tests.spans import at, found


def test_a_role_after_datum_initials_heads_the_key():
    assert meaning("sj_jly") == ("person", "name", "教练员")
    assert meaning("sjjsy") == ("person", "name", "驾驶员")
    assert meaning("dh_sqr") == ("person", "name", "申请人")
    assert name_header("sj_jly") == "教练员姓名"
    assert name_header("sjdlr") == "代理人姓名"


def test_datum_after_the_role_or_in_english_stays_the_datum():
    assert meaning("jly_sjh")[:2] == ("person", "phone")  # 教练员手机号
    assert meaning("sqr_dh")[:2] == ("person", "phone")
    assert meaning("phone_owner")[:2] == ("person", "phone")
    assert meaning("jbr")[0] == "staff"  # 经办人: acting in office
    assert name_header("jly_sjh") is None


def test_json_lines_name_under_a_role_headed_key():
    rows = [
        ("WX01", "任晓东", "13912345678", "覃立群"),
        ("WX02", "欧阳秀梅", "15887654321", "祁振宇"),
    ]
    text = "".join(
        f'{{"bh":"{bh}","tsr_xm":"{a}","tsr_sjh":"{m}","sj_jly":"{b}","cljg":"办理中"}}\n'
        for bh, a, m, b in rows
    )
    got = found(text, ["name"])
    for _bh, a, _m, b in rows:
        assert at(text, "name", a) in got
        assert at(text, "name", b) in got
    assert len(got) == 4


def test_xml_records_name_under_a_role_headed_key():
    text = (
        "<records>\n"
        "<record><gdbh>TS0099</gdbh><sj_jsy>蒙德才</sj_jsy><jbr>某某科</jbr></record>\n"
        "<record><gdbh>TS0100</gdbh><sj_jsy>司马红英</sj_jsy><jbr>某某科</jbr></record>\n"
        "</records>\n"
    )
    got = found(text, ["name"])
    assert got == [at(text, "name", "蒙德才"), at(text, "name", "司马红英")]
