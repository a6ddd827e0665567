"""Whose contacts a row or line holds (issue 16, set KK): an address handed over to with 给,
a county named 屯, a JSON-lines export typed 组织/个人, an individual business's row by its
credit code, a township office's row, an office's site before a mailbox."""

from gongkai.privacy import scan_html

from .spans import at, found


def test_address_starts_after_dative_gei():
    text = (
        "经核实，该收割机已于上年租给青河镇红岩村4组17号的村民赵秋菊耕作。\n"
        "王德海，住给水厂路6号。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青河镇红岩村4组17号") in got
    assert not any(s < text.index("青河镇") < e for _k, s, e in got if s != text.index("青河镇"))
    assert at(text, "address", "给水厂路6号") in got  # (a street named 给…: no verb before)


def test_county_named_tun_is_no_hamlet():
    text = "二、联系方式\n\n柳屯县农机服务站\n地址：柳屯县建设路40号\n\n申请人：钱玉兰，家住靠山屯9号。\n"
    got = found(text, ["address"])
    assert at(text, "address", "柳屯县建设路40号") not in got
    assert at(text, "address", "靠山屯9号") in got


JSONL = (
    '{"xh": 1, "lx": "个人", "xm": "苗春生", "sfzh": "110101199003071234", '
    '"lxdh": "0312-5567123", "dz": "东岗镇东岗村3组8号"}\n'
    '{"xh": 2, "lx": "组织", "xm": "东岗镇丰收农机专业合作社", "sfzh": "93130623MA0K8X2B1Q", '
    '"lxdh": "0312-5567890", "dz": "东岗镇农贸街15号"}\n'
    '{"xh": 3, "lx": "个人", "xm": "韦明霞", "sfzh": "110101198511230027", '
    '"lxdh": "0312-5567456", "dz": "东岗镇西庄村2组21号"}\n'
    '{"xh": 4, "lx": "组织", "xm": "东岗镇新苗种植专业合作社", "sfzh": "93130623MA0K9C3D2W", '
    '"lxdh": "0312-5561001", "dz": "东岗镇农贸街20号"}\n'
).replace("}\n", ', "sccj": "东岗农机制造有限公司"}\n')  # (the maker: a unit's word in the text)


def test_jsonl_unit_records_lose_their_landline():
    got = found(JSONL, ["landline"])
    assert at(JSONL, "landline", "0312-5567890") not in got
    assert at(JSONL, "landline", "0312-5561001") not in got
    assert at(JSONL, "landline", "0312-5567123") in got
    assert at(JSONL, "landline", "0312-5567456") in got


CSV = (
    "序号,主体类型,主体名称,证件号码,经营者,住所,处理措施\n"
    "1,经销商（个体工商户）,东岗县李记农机销售部,92130623MA0E1K2L3M,李长顺,东岗县建设路12号,列入黑名单\n"
    "2,购机者,邹桂芳,110101196802114829,—,东岗县西庄镇西庄村5组11号,追回补贴\n"
    "3,经销商（个体工商户）,东岗县强盛农机服务部,92130623MA0F4G5H6J,葛强,东岗县建设路88号,列入黑名单\n"
    "4,购机者,蒋福来,110101197205061257,—,东岗县西庄镇后庄村3组2号,追回补贴\n"
)


def test_business_row_by_credit_code_drops_premises():
    got = found(CSV, ["address"])
    assert at(CSV, "address", "东岗县建设路12号") not in got
    assert at(CSV, "address", "东岗县建设路88号") not in got
    assert at(CSV, "address", "东岗县西庄镇西庄村5组11号") in got
    assert at(CSV, "address", "东岗县西庄镇后庄村3组2号") in got


TOWNS = (
    "| 乡镇 | 地址 | 电话 |\n|---|---|---|\n"
    "| 东岗县东岗镇 | 东岗镇东岗村中心街6号 | 0312-5561230 |\n"
    "| 东岗县西庄乡 | 西庄乡政府院内 | 0312-5561231 |\n"
)
TOWN_REGISTER = (
    "| 序号 | 乡镇 | 户主 | 住址 | 电话 |\n|---|---|---|---|---|\n"
    "| 1 | 东岗镇 | 柴秀英（已故，由其女申报） | 东岗镇东岗村3组6号 | 0312-5561777 |\n"
)


def test_township_office_rows_and_town_register():
    got = found(TOWNS, ["address", "landline"])
    assert got == []
    got = found(TOWN_REGISTER, ["address", "landline"])
    assert at(TOWN_REGISTER, "address", "东岗镇东岗村3组6号") in got
    assert at(TOWN_REGISTER, "landline", "0312-5561777") in got


def test_office_site_before_mailbox():
    html = "<p>受理地址：东岗县人民路9号综合楼203室　邮箱：jbxx2025@163.com</p>"
    assert not [f for f in scan_html(html, allow=[], expressions=False) if f.type == "email"]
    text = "受理地址：东岗县人民路9号　个人邮箱：wuli1988@126.com\n"  # (a person's own label)
    assert at(text, "email", "wuli1988@126.com") in found(text, ["email"])
    text = "申请人：韦明霞，地址：东岗县人民路9号　邮箱：wmx85@126.com\n"
    assert at(text, "email", "wmx85@126.com") in found(text, ["email"])
