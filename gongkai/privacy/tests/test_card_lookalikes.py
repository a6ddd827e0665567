"""A battery of invented bank-card look-alikes (issue 16, privfix16wb).

Every case is a short invented document pairing real cards (16, 18 and 19 digits,
Luhn-valid, under 银行卡号, 社保卡金融账号, 一卡通账号, 收款账号, 开户账号, with and
without spaces) with long numbers that are not cards: a phone's IMEI, a SIM's ICCID
(8986…), a vehicle's frame and motor numbers, order, transaction, invoice, parcel and
contract numbers, property units, registration and tax numbers, utilities' household and
card numbers, transit, campus and patient cards, students' and candidates' numbers,
social-insurance personal numbers, a unit's 对公账号 and a fund's 专户 — in prose,
label：value lines, tab / CSV / pipe tables with a header, JSON and XML exports and one
cell a line. Each case asserts the exact card spans found: every real card, nothing else.
"""

import pytest

from gongkai.privacy.markup import scan_html

from .spans import found, luhn


def _spaced(number):
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


# real cards
C16 = luhn("622202100112345")  # 16 digits
C16B = luhn("436742001234567")  # Visa-range debit, 16
C18 = luhn("62170012345678901")  # 18
C19 = luhn("621700331000123456")  # 19
C19B = luhn("622848109346025177")  # 19
C19S = _spaced(C19B)
C16S = _spaced(C16B)

# look-alikes, each Luhn-valid and card-long where its kind allows
IMEI = luhn("86149203581726")  # 15
ICCID19 = luhn("898600d21819102378".replace("d", "1"))  # 19, 8986…
ICCID20 = luhn("8986011781934021735")  # 20
ICCID19B = luhn("898611192834501927")  # 19
MOTOR = luhn("481205200734219")  # 16, starts like Visa
ORDER = luhn("620241118331507")  # 16, starts like UnionPay
ORDER19 = luhn("620241118331507942")  # 19
TRADE = luhn("421120240518093371")  # 19
INVOICE20 = "24442000000123456789"  # 数电发票号码, 20
INVOICE_CODE = "044031900111"
EXPRESS = luhn("773301928475610")  # 16
CONTRACT = luhn("620230000451893")  # 16
POWER = luhn("600248173920145")  # 16
WATER = luhn("430152009381726")  # 16
GAS = luhn("621930018374652")  # 16
BUS = luhn("310400018273645")  # 16
CAMPUS = luhn("622002019384756")  # 16
PATIENT = luhn("900012837465102")  # 16
STUDENT = luhn("620103201001011")  # 16 (a student's register number)
CANDIDATE = luhn("621018203910472")  # 16
ADMISSION = luhn("441602202401152")  # 16
MEDICAL = luhn("622010000192837")  # 16 (医保个人编号)
SOCIAL = luhn("430100998877665")  # 16 (社保个人编号)
UNIT = luhn("6222020200012345678")[:19]  # 19 (对公账号)
FUND = luhn("620200010012345678")  # 19 (专户)
REGNO = "440301102345678"  # 营业执照注册号, 15
TAXNO = luhn("440301198765432")  # 16-digit 税号-like
ESTATE = luhn("440305008001000123")  # 19 digits (a property unit's run)


def _values(text):
    """The cards found (an HTML document as the scanner reads HTML: its visible text)."""
    if text.startswith("<table"):
        got = [(f.start, f.end) for f in scan_html(text, allow=[]) if f.type == "bank_card"]
        return sorted(text[s:e] for s, e in got)
    return sorted(text[s:e] for _, s, e in found(text, ["bank_card"]))


CASES = {
    # prose
    "imei_prose": (
        f"申请人所用手机串号（IMEI）{IMEI}，补贴已转入其银行卡号{C19}。",
        [C19],
    ),
    "iccid_prose": (
        f"经查，该号码绑定的SIM卡号{ICCID19}，物联网卡ICCID：{ICCID20}；"
        f"退款原路退回至其收款账号{C16}。",
        [C16],
    ),
    "iccid_label_lines": (
        f"用户姓名：某某\nICCID：{ICCID19B}\n卡号：{ICCID19}\n银行卡号：{C19S}\n",
        [C19S],
    ),
    "vehicle_prose": (
        f"涉案电动车车架号LSVAU2180N2183294，电机号{MOTOR}，车主的社保卡金融账号为{C19}。",
        [C19],
    ),
    "vehicle_lines": (
        f"车架号：{luhn('621350000123456')}\n电机号：{MOTOR}\n开户账号：{C16}\n",
        [C16],
    ),
    "order_prose": (
        f"订单号{ORDER19}的货款已由买家支付，卖家收款账号{C18}。",
        [C18],
    ),
    "order_bare_prose": (
        f"您的订单{ORDER}已发货，快递单号{EXPRESS}，退款请提供一卡通账号{C19}。",
        [C19],
    ),
    "trade_lines": (
        f"交易流水号：{TRADE}\n交易时间：2024-05-18\n付款卡号：{C16S}\n",
        [C16S],
    ),
    "invoice_lines": (
        f"发票代码：{INVOICE_CODE}\n发票号码：{INVOICE20}\n开户行及账号：某银行某支行 {C19}\n",
        [C19],
    ),
    "contract_prose": (
        f"合同编号{CONTRACT}项下的租金请转入出租人银行卡号{C16}。",
        [C16],
    ),
    "estate_lines": (
        f"不动产单元号：{ESTATE}\n权利人：某某\n银行卡号：{C19}\n",
        [C19],
    ),
    "registration_lines": (
        f"营业执照注册号：{REGNO}\n税号：{TAXNO}\n对公账号：{UNIT}\n法定代表人银行卡号：{C16}\n",
        [C16],
    ),
    "utilities_prose": (
        f"户主电表户号{POWER}，水表户号{WATER}，燃气卡号{GAS}，"
        f"电卡号{luhn('620112340056789')}，补贴发至银行卡号{C19}。",
        [C19],
    ),
    "transit_campus_patient": (
        f"公交卡号：{BUS}\n校园一卡通卡号：{CAMPUS}\n就诊卡号：{PATIENT}\n一卡通账号：{C18}\n",
        [C18],
    ),
    "student_candidate": (
        f"学籍号：{STUDENT}\n考生号：{CANDIDATE}\n准考证号：{ADMISSION}\n资助金发放银行卡号：{C19}\n",
        [C19],
    ),
    "insurance_numbers": (
        f"医保个人编号{MEDICAL}，社保个人编号{SOCIAL}，社保卡金融账号{C19S}。",
        [C19S],
    ),
    "unit_and_fund": (
        f"请将款项汇入某某有限公司对公账号{UNIT}或某县财政局惠民资金专户{FUND}，"
        f"个人退款至本人银行卡号{C16}。",
        [C16],
    ),
    # tables with a header
    "tab_table": (
        "姓名\t手机IMEI\tSIM卡号\t银行卡号\n"
        f"甲某\t{IMEI}\t{ICCID19}\t{C19}\n"
        f"乙某\t{luhn('35209011428375')}\t{ICCID19B}\t{C16}\n",
        [C16, C19],
    ),
    "csv_table": (
        "序号,姓名,电表户号,燃气卡号,收款账号\n"
        f"1,甲某,{POWER},{GAS},{C19}\n"
        f"2,乙某,{WATER},{luhn('621930018374660')},{C16}\n",
        [C16, C19],
    ),
    "pipe_table": (
        "| 序号 | 姓名 | 订单号 | 快递单号 | 银行卡号 |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | 甲某 | {ORDER} | {EXPRESS} | {C19} |\n"
        f"| 2 | 乙某 | {ORDER19} | {luhn('773301928475628')} | {C16} |\n",
        [C16, C19],
    ),
    "pipe_vehicle": (
        "| 车主 | 车架号 | 电机号 | 开户账号 |\n"
        "|---|---|---|---|\n"
        f"| 甲某 | LSVAU2180N2183294 | {MOTOR} | {C16} |\n",
        [C16],
    ),
    "tab_school": (
        "姓名\t学籍号\t考生号\t准考证号\t银行卡号\n"
        f"甲某\t{STUDENT}\t{CANDIDATE}\t{ADMISSION}\t{C19}\n",
        [C19],
    ),
    "csv_insurance": (
        f"姓名,医保个人编号,社保个人编号,社保卡金融账号\n甲某,{MEDICAL},{SOCIAL},{C19}\n",
        [C19],
    ),
    "tab_iccid_header": (
        f"姓名\tICCID\t物联网卡号\t银行卡号\n甲某\t{ICCID19}\t{ICCID19B}\t{C19}\n",
        [C19],
    ),
    # exports
    "json_export": (
        f'{{"xm": "甲某", "imei": "{IMEI}", "iccid": "{ICCID19}", "orderNo": "{ORDER19}", '
        f'"bankCardNo": "{C19}"}}\n',
        [C19],
    ),
    "json_chinese_keys": (
        f'{{"姓名": "甲某", "SIM卡号": "{ICCID19B}", "交易流水号": "{TRADE}", '
        f'"快递单号": "{EXPRESS}", "银行卡号": "{C16}"}}\n',
        [C16],
    ),
    "xml_export": (
        f"<record><name>甲某</name><vin>LSVAU2180N2183294</vin><motorNo>{MOTOR}</motorNo>"
        f"<simCard>{ICCID19}</simCard><cardNo>{C19}</cardNo></record>",
        [C19],
    ),
    "xml_utilities": (
        f"<r><xm>甲某</xm><dbhh>{POWER}</dbhh><gasCardNo>{GAS}</gasCardNo>"
        f"<busCard>{BUS}</busCard><yhkh>{C16}</yhkh></r>",
        [C16],
    ),
    # one cell a line
    "one_cell_a_line": (
        "姓名\n订单号\n交易流水号\n银行卡号\n"
        f"甲某\n{ORDER19}\n{TRADE}\n{C19}\n"
        f"乙某\n{ORDER}\n{luhn('421120240518093389')}\n{C16}\n",
        [C16, C19],
    ),
    "one_cell_a_line_iccid": (
        f"姓名\nSIM卡号\n银行卡号\n甲某\n{ICCID19}\n{C19}\n",
        [C19],
    ),
    "spaced_lookalikes": (
        f"订单号：{_spaced(ORDER)}\n快递单号：{_spaced(EXPRESS)}\n收款账号：{C16S}\n",
        [C16S],
    ),
    "unit_fund_columns": (
        f"单位名称\t对公账号\t专项资金账户\t联系人银行卡号\n某某有限公司\t{UNIT}\t{FUND}\t{C16}\n",
        [C16],
    ),
    "html_row": (
        "<table><tr><th>姓名</th><th>合同编号</th><th>税号</th><th>银行卡号</th></tr>"
        f"<tr><td>甲某</td><td>{CONTRACT}</td><td>{TAXNO}</td><td>{C19}</td></tr></table>",
        [C19],
    ),
    "json_estate_invoice": (
        f'{{"qlr": "甲某", "bdcdyh": "{ESTATE}", "invoiceNo": "{ORDER19}", '
        f'"trackingNo": "{EXPRESS}", "skzh": "{C16}"}}\n',
        [C16],
    ),
    "key_value_utilities": (
        f"户主：甲某\n水表户号：{WATER}\n电表号：{POWER}\n燃气户号：{GAS}\n补贴发放账号：{C19S}\n",
        [C19S],
    ),
    "one_cell_a_line_titled": (
        "某社区快递代收登记\n"
        "收件人\n快递单号\n合同编号\n退款账号\n"
        f"甲某\n{EXPRESS}\n{CONTRACT}\n{C16}\n"
        f"乙某\n{luhn('773301928475644')}\n{luhn('620230000451901')}\n{C19}\n",
        [C16, C19],
    ),
    "one_cell_a_line_document_column": (
        f"序号\n证件类型\n持有人\n证件号码\n1\n社会保障卡\n甲某\n{C19}\n2\n银行卡\n乙某\n{C16}\n",
        [C16, C19],
    ),
    # cards alone, in every label the brief names (kept)
    "cards_kept": (
        f"银行卡号：{C16}\n社保卡金融账号：{C19S}\n一卡通账号：{C18}\n收款账号：{C16S}\n"
        f"开户账号：{C19}\n",
        [C16, C16S, C18, C19, C19S],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_card_lookalikes(name):
    text, cards = CASES[name]
    assert _values(text) == sorted(cards)
