"""Local numbers (seven or eight digits, no area code) under an export's key read by its
parts (keymeaning, localphones; issue 16, privfix16rd): 紧急联系 (jj) names a private
person's phone, 来电 (ld) and 联系 (lx) make 号码 (hm) a phone; a staff word's prefix
(jbr) is a private person's when the same record gives an ID or a home under it (举报人,
not 经办人). The number's own key naming a person keeps it though a unit stands earlier
in the record. Near misses: a staff member's line with no ID or home under the prefix,
号码 after no call's word, a unit's key."""

from gongkai.privacy.keymeaning import meaning, parts

from .spans import at, found


def _id(body: str) -> str:
    """A resident ID with its check sign (GB 11643)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1, ID2 = _id("52262319810306112"), _id("52262319930711224")


def test_key_parts():
    assert meaning("jjlxdianhua")[:2] == ("person", "phone")
    assert meaning("ld_hm")[1] == "phone"
    assert meaning("lxhm")[1] == "phone"
    assert parts("cphm") == ["cphm"]  # 车牌号码: no phone
    assert meaning("ldxm") == ("", "", "")  # (来电 read only in a phone's key)
    assert meaning("jj") == ("", "", "")


# a JSON export: a crew member's record, his employer's line, his emergency contact's line
JSONL = (
    f'{{"no": 3, "xm": "卢光荣", "sfzh": "{ID1}", "pqdw": "三都县远航劳务有限公司", '
    '"pqdw_tel": "0854-3921406", "jjlxr": "卢秀梅", "jjlxdianhua": "3927718", "ck": "一号窗口"}\n'
)


def test_emergency_contact_key_beats_the_employer_before_it():
    got = found(JSONL, ["landline"])
    assert at(JSONL, "landline", "3927718") in got


# an XML work order of a hotline: the caller's number under <ld_hm>
XML = (
    "<orders>\n  <order>\n    <bh>GD-0192</bh>\n    <ldr>韦光明</ldr>\n"
    "    <ld_hm>3928154</ld_hm>\n    <nr>楼道堆放杂物</nr>\n  </order>\n</orders>\n"
)


def test_caller_number_key():
    assert at(XML, "landline", "3928154") in found(XML, ["landline"])


# a reporter's record (jbr_ with an ID and a home) and a handler's (jbr_ with neither)
REPORT = (
    f'<row jbr_xm="潘桂英" jbr_sfzh="{ID2}" jbr_zz="三都县周覃镇板考村5组12号" '
    'jbr_gddh="3925307" bh="JB-117"/>\n'
    '<row bh="JB-118" jbr_xm="吴晓峰" jbr_gddh="3921880" bm="县水务局"/>\n'
)


def test_staff_prefix_with_an_id_is_a_private_reporter():
    got = found(REPORT, ["landline"])
    assert at(REPORT, "landline", "3925307") in got
    assert at(REPORT, "landline", "3921880") not in got
