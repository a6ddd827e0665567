"""A key in full pinyin camelCase reads as its initials in the table of known keys too
(``keymeaning.camel_initials``, ``xmltables.field_header``): ShouKuanZhangHao is skzh
(收款账号), so an 18-digit rural bank's account (check digit valid) under it is a bank account, as under
``skzh``. A camelCase key of another number (ShouLiBianHao 受理编号) keeps its number
no account."""

from __future__ import annotations

from gongkai.privacy.xmltables import field_header

from .spans import at, found, rid

XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<FaFangMingXi>
  <Ren><XingMing>甘志刚</XingMing><ShenFenZhengHao>{rid("45102619700305231")}</ShenFenZhengHao>
    <ShouKuanZhangHao>101045210083317725</ShouKuanZhangHao></Ren>
  <Ren><XingMing>岑美兰</XingMing><ShenFenZhengHao>{rid("45102619751122152")}</ShenFenZhengHao>
    <ShouKuanZhangHao>101045210094428834</ShouKuanZhangHao></Ren>
</FaFangMingXi>
"""

JSON = (
    f'{{"XingMing": "莫德昌", "ShenFenZhengHao": "{rid("45102619630911003")}", '
    '"ShouKuanZhangHao": "101045210105539942", "ShouLiBianHao": "202405210000123456"}\n'
    f'{{"XingMing": "蓝秀英", "ShenFenZhengHao": "{rid("45102619680404004")}", '
    '"ShouKuanZhangHao": "101045210116640051", "ShouLiBianHao": "202405210000123457"}\n'
)


def test_camel_pinyin_reads_as_its_known_initials():
    assert field_header("ShouKuanZhangHao") == field_header("skzh")
    assert field_header("JinJiLianXiRen") == "紧急联系人"


def test_accounts_under_a_camel_pinyin_key_in_xml():
    got = found(XML, ["bank_card"])
    assert at(XML, "bank_card", "101045210083317725") in got
    assert at(XML, "bank_card", "101045210094428834") in got


def test_accounts_in_json_and_a_filing_number_left():
    got = found(JSON, ["bank_card"])
    assert at(JSON, "bank_card", "101045210105539942") in got
    assert at(JSON, "bank_card", "101045210116640051") in got
    assert at(JSON, "bank_card", "202405210000123456") not in got
