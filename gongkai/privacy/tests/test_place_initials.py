"""A place's key read by its initials as the Chinese header X地址 is (issue 16, MM).

A gas supplier's or a shop's export keys its delivery and install address by initials no
table knows (sqdz 送气地址, azdz 安装地址, shdz 收货地址): in a person's record the place is the
person's, in JSON lines, XML elements (capitals too) and attributes-free records alike. Near
misses: a unit's, an office's, a registered or a business place (dwdz, bgdz, zcdz, jydz),
the same key in a unit's record, and keys of no place ending in zz or zs (yyzz, sczs).
"""

import pytest

from .spans import at, found

HOME = "临川县城关镇滨江路28号"
HOME2 = "临川县东关街道人民路119号"


@pytest.mark.parametrize(
    "text, places",
    [
        (
            f'{{"yhxm": "江海平", "sqdz": "{HOME}"}}\n{{"yhxm": "柯雨晴", "sqdz": "{HOME2}"}}\n',
            [HOME, HOME2],
        ),
        (f"<JL><YHXM>江海平</YHXM><AZDZ>{HOME}</AZDZ></JL>", [HOME]),
        (f"<r><xm>江海平</xm><sfzh>110101199003074514</sfzh><shdz>{HOME2}</shdz></r>", [HOME2]),
        # near misses
        (f'{{"dwmc": "临川县燃气有限公司", "sqdz": "{HOME}"}}\n', []),
        (f"<JL><YHXM>江海平</YHXM><DWDZ>{HOME}</DWDZ><BGDZ>{HOME2}</BGDZ></JL>", []),
        (f"<r><xm>江海平</xm><zcdz>{HOME}</zcdz><jydz>{HOME2}</jydz></r>", []),
    ],
)
def test_place_keys(text, places):
    got = found(text, ["address"])
    assert got == [at(text, "address", p) for p in places]


def test_keys_of_no_place():
    text = "<r><xm>江海平</xm><sczs>师承何国梁（已故），从艺40年</sczs><yyzz>92110101MA01ABCD1X</yyzz></r>"
    assert found(text, ["address"]) == []
