"""A mailbox under an export's key naming a unit's mailbox (dwyx, unit_email) is the unit's
(unitmailkeys, privfix22c); the handler's own mailbox beside it, keyed by no holder or by a
person, is still found."""

from .spans import at, found

XML = (
    "<Record>\n"
    "  <Sqdw>\n"
    "    <dwmc>安平县恒泰化工有限公司</dwmc>\n"
    "    <dwdz>安平县经济开发区纬三路16号</dwdz>\n"
    "    <fddbr>钱广志</fddbr>\n"
    "    <dwdh>0318-7521306</dwdh>\n"
    "    <dwyx>aphtgs2018@163.com</dwyx>\n"
    "  </Sqdw>\n"
    "  <Jbr>\n"
    "    <xm>郑晓燕</xm>\n"
    "    <sfzh>131125199003121823</sfzh>\n"
    "    <sjhm>13931801247</sjhm>\n"
    "    <dzyx>zhengxy1990@126.com</dzyx>\n"
    "  </Jbr>\n"
    "</Record>\n"
)

JSON = (
    '{"applicant_name": "祁文博", "applicant_email": "qiwenbo88@qq.com", '
    '"unit_name": "滨河县顺达物流有限公司", "unit_email": "sdwl_bgs@126.com"}\n'
)


def test_unit_keyed_mailbox_in_xml_is_the_units():
    got = found(XML, ["email"])
    assert at(XML, "email", "aphtgs2018@163.com") not in got
    assert at(XML, "email", "zhengxy1990@126.com") in got


def test_unit_keyed_mailbox_in_json_is_the_units():
    got = found(JSON, ["email"])
    assert at(JSON, "email", "sdwl_bgs@126.com") not in got
    assert at(JSON, "email", "qiwenbo88@qq.com") in got
