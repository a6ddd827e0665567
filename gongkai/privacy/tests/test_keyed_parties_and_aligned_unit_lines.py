"""privfix20g: exports' places and lines that are a business's or a unit's, and a unit's
phone column in a table aligned with ideographic spaces.

- ``partykeys``: an address under a key of the stem of a party's key (``bjbdxdz`` after
  ``bjbdx``, ``<SHDZ>`` after ``<SHR>``) whose party is a business is its premises;
- ``unitrecords``: a landline under a bare ``<LXDH>`` in a record naming a unit under
  ``<DWMC>`` (and no person under ``<XM>``) is the unit's;
- ``alignedlines``: a landline under 办公电话 in a table aligned with spaces is the unit's.
"""

from __future__ import annotations

from gongkai.privacy.unitrecords import unit_record_lines

from .spans import at, found


def test_json_party_business_and_person():
    text = (
        '{"jblx": "噪声", "jbrxm": "郑小明", "jbrlxdh": "13807634512", '
        '"jbrdz": "平和县城关镇西门路12号3栋501室", "bjbdx": "平和县某KTV", '
        '"bjbdxdz": "平和县城关镇东街路120号", "jbnr": "夜间噪声扰民"}\n'
        '{"jblx": "噪声", "jbrxm": "钱小红", "jbrlxdh": "13907634513", '
        '"jbrdz": "平和县城关镇南门路8号2栋301室", "bjbdx": "孙大海", '
        '"bjbdxdz": "平和县城关镇北村5组9号", "jbnr": "狗叫扰民"}\n'
    )
    assert found(text, ["address"]) == [
        at(text, "address", "平和县城关镇西门路12号3栋501室"),
        at(text, "address", "平和县城关镇南门路8号2栋301室"),
        at(text, "address", "平和县城关镇北村5组9号"),
    ]


def test_xml_consignee_shop_and_flat():
    text = (
        "<Records>\n"
        '  <Record xh="1">\n'
        "    <TYR>平和县某某烟花爆竹批发有限公司</TYR>\n"
        "    <SHR>平和县某某烟花爆竹零售点</SHR>\n"
        "    <SHDZ>平和县城关镇人民东路135号</SHDZ>\n"
        "    <JSY>\n"
        "      <XM>王大伟</XM>\n"
        "      <LXDH>13807634512</LXDH>\n"
        "    </JSY>\n"
        "  </Record>\n"
        '  <Record xh="2">\n'
        "    <SHR>平和县某某商店</SHR>\n"
        "    <SHDZ>平和县城关镇花园小区3栋2单元502室</SHDZ>\n"
        "  </Record>\n"
        "</Records>\n"
    )
    assert found(text, ["address"]) == [at(text, "address", "平和县城关镇花园小区3栋2单元502室")]


_UNIT_EXPORT = (
    "<EXPORT>\n"
    '  <RECORD XH="1">\n'
    "    <DWMC>平和县某某化工有限公司</DWMC>\n"
    "    <HYLB>无机盐制造</HYLB>\n"
    "    <FDDBR>郑小明</FDDBR>\n"
    "    <JSFZR>王大伟</JSFZR>\n"
    "    <JSFZRSJ>13807634512</JSFZRSJ>\n"
    "    <LXDH>0591-6281935</LXDH>\n"
    "    <SQLX>首次申请</SQLX>\n"
    "  </RECORD>\n"
    '  <RECORD XH="2">\n'
    "    <XM>钱小红</XM>\n"
    "    <DWMC>平和县某某化工有限公司</DWMC>\n"
    "    <LXDH>0591-6281947</LXDH>\n"
    "  </RECORD>\n"
    "</EXPORT>\n"
)


def test_xml_unit_record_bare_line():
    assert found(_UNIT_EXPORT, ["landline"]) == []


def test_person_record_keeps_its_line():
    # (the pass alone: a record naming its person under <XM> keeps the bare line)
    text = _UNIT_EXPORT
    own = at(text, "landline", "0591-6281947")
    unit = at(text, "landline", "0591-6281935")
    cands = [(own[1], own[2], "landline", 0.9), (unit[1], unit[2], "landline", 0.9)]
    assert unit_record_lines(text, cands) == cands[:1]


def test_aligned_office_line_column():
    text = (
        "各乡镇责任人及电话如下：\n\n"
        "乡镇　　　　　责任人　　　　职务　　　　办公电话　　　　　住宅电话\n"
        "城关镇　　　　郑小明　　　　副镇长　　　0591-7634512　　　0591-7634612\n"
        "东岭乡　　　　钱小红　　　　副乡长　　　0591-7634513　　　0591-7634613\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0591-7634612"),
        at(text, "landline", "0591-7634613"),
    ]
