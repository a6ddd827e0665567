"""A phone under an export key whose owner part is a staff role (staffkeys; issue 16,
privfix16sa): the clerk's office line, whatever the separator (jbrdh, jbr_dh, shrLxdh,
handler_tel), though the applicant's name, ID and mobile stand in the same record.
Near misses: the same initials with an ID or a home under them (举报人, a private
person), the applicant's own landline key, a unit-less plain key."""

from gongkai.privacy.staffkeys import staff_phone_key

from .spans import at, found


def _id(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1, ID2 = _id("41152319850412331"), _id("41152319960228442")

XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<records org="某县人社局">\n'
    "  <record>\n"
    "    <xm>孔令辉</xm>\n"
    f"    <sfzh>{ID1}</sfzh>\n"
    "    <lxdh>13845120937</lxdh>\n"
    "    <gddh>0376-5512093</gddh>\n"
    "    <jbr>吕春燕</jbr>\n"
    "    <jbrdh>0376-6201348</jbrdh>\n"
    "  </record>\n"
    "</records>\n"
)


def test_xml_clerk_key_without_separator():
    got = found(XML, ["landline", "id_card", "mobile"])
    assert at(XML, "landline", "0376-6201348") not in got
    assert at(XML, "landline", "0376-5512093") in got  # the applicant's own landline
    assert at(XML, "id_card", ID1) in got
    assert at(XML, "mobile", "13845120937") in got


JSONL = (
    f'{{"name": "孔令辉", "idno": "{ID1}", "tel": "0376-5512093", "handler": "吕春燕", '
    '"handler_tel": "0376-6201348"}\n'
    f'{{"xm": "邹红梅", "sfzh": "{ID2}", "sjh": "15937620418", "shr": "吕春燕", '
    '"shrLxdh": "0376-6201349"}\n'
)


def test_json_lines_staff_keys():
    got = found(JSONL, ["landline"])
    assert at(JSONL, "landline", "0376-6201348") not in got
    assert at(JSONL, "landline", "0376-6201349") not in got
    assert at(JSONL, "landline", "0376-5512093") in got


def test_attributes_with_separator():
    text = f'<item xm="孔令辉" sfzh="{ID1}" jbr_xm="吕春燕" jbr_dh="0376-6201348"/>\n'
    assert at(text, "landline", "0376-6201348") not in found(text, ["landline"])


def test_reporter_prefix_with_own_id_stays_private():
    # 举报人: the same initials with the person's ID and home under them
    text = (
        "<jb>\n"
        "  <jbrxm>孔令辉</jbrxm>\n"
        f"  <jbrsfzh>{ID1}</jbrsfzh>\n"
        "  <jbrdh>0376-5512093</jbrdh>\n"
        "</jb>\n"
    )
    assert at(text, "landline", "0376-5512093") in found(text, ["landline"])
    line = '{"jbr_xm": "孔令辉", "jbr_zz": "某县城关镇东街12号", "jbr_gddh": "0376-5512093"}\n'
    assert at(line, "landline", "0376-5512093") in found(line, ["landline"])


def test_key_reader():
    text = "<a>\n  <jbrdh>0376-6201348</jbrdh>\n</a>\n"
    start = text.index("0376")
    assert staff_phone_key(text, start, "jbrdh")
    assert not staff_phone_key(text, start, "lxdh")  # no staff word
    assert not staff_phone_key(text, start, "jbrxm")  # a name, no phone
