"""What a label says a number is, and whose an address is, by the record's structure:
a scheme's card and a collective's account (``accountkinds``), a serial's label
(``seriallabels``), a table's maker on a footer line (``landlineowner``), a residence's
verb and a home after the number (``homeafter``), a legal person's seat
(``legaladdress``). Every fixture is invented for these tests; each asserts the exact
spans found and the near misses left alone.
"""

from .spans import at, found, luhn, rid

CARD = luhn("622848109346025191")  # a bank's card (19 digits)
POINTS_A = luhn("970426555523761")
POINTS_B = luhn("984268496348031")
ACCOUNT = luhn("143005010400661")


def _cards(text):
    return found(text, ["bank_card"])


def test_scheme_cards_in_an_export_and_a_label_are_no_bank_cards():
    jsonl = (
        f'{{"xh": 1, "hzxm": "阚玉梅", "jfkh": "{POINTS_A}", "yhkh": "{CARD}"}}\n'
        f'{{"xh": 2, "hzxm": "裘德顺", "jfkh": "{POINTS_B}", "yhkh": "{CARD}"}}\n'
    )
    got = _cards(jsonl)
    assert got == [
        at(jsonl, "bank_card", CARD),
        at(jsonl, "bank_card", CARD, jsonl.index("裘德顺")),
    ]
    english = (
        f'{{"name": "阚玉梅", "memberCardNo": "{POINTS_A}", "bankCardNo": "{CARD}"}}\n'
        f'{{"name": "裘德顺", "memberCardNo": "{POINTS_B}", "bankCardNo": "{CARD}"}}\n'
    )
    assert _cards(english) == [
        at(english, "bank_card", CARD),
        at(english, "bank_card", CARD, english.index("裘德顺")),
    ]
    prose = f"户主鄢桂芝，积分卡号：{POINTS_A}，补贴发放至其社保卡账号{CARD}。"
    assert _cards(prose) == [at(prose, "bank_card", CARD)]
    xml = f"<r><xm>阚玉梅</xm><hykh>{POINTS_B}</hykh><kh>{CARD}</kh></r>"
    assert _cards(xml) == [at(xml, "bank_card", CARD)]


def test_a_collectives_account_is_no_persons_card():
    spaced = " ".join(ACCOUNT[i : i + 4] for i in range(0, len(ACCOUNT), 4))
    text = (
        f"资金已发放至其农业银行账户{CARD}。村委会出具了说明（村委会账户{spaced}仅用于村集体收支），"
        f"某某合作社账号：{POINTS_A}。"
    )
    assert _cards(text) == [at(text, "bank_card", CARD)]
    person = f"补助发放至村民本人账户{spaced}。"
    assert _cards(person) == [at(person, "bank_card", spaced)]


def test_a_serials_label_holds_no_id_but_an_id_label_does():
    number = rid("34082220191217839")
    text = (
        f"【第1件】\n收件编号：{number}\n申请人：臧立新\n"
        f"【第2件】\n来文序号：{number}\n"
        f"【第3件】\n证件编号：{number}\n个人编号：{number}\n"
    )
    got = found(text, ["id_card"])
    assert got == [
        at(text, "id_card", number, text.index("证件编号")),
        at(text, "id_card", number, text.index("个人编号")),
    ]


def test_a_tables_maker_on_the_footer_line_makes_the_line_the_offices():
    text = (
        '"序号","户主","联系电话"\n'
        '"1","甘秀兰","0797-3312456"\n'
        '"制表：郜丽萍","","审核：盛建华","联系电话：0797-3382716"\n'
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0797-3312456")]
    kv = "制表人：郜丽萍　电话：0797-3382716\n户主：甘秀兰　电话：0797-3312456\n"
    assert found(kv, ["landline"]) == [at(kv, "landline", "0797-3312456")]


def test_a_residence_verb_and_a_home_after_the_number():
    text = (
        "镇政府在庞秀华诉该镇政府一案中（原告住某县凌云镇观音村3组47号），未出庭。\n"
        "申请人当晚在某县桐城路56号其女儿满小娟家吃饭后返回。\n"
        "会议在某县桐城路58号召开。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "某县凌云镇观音村3组47号") in got
    assert at(text, "address", "某县桐城路56号") in got
    assert at(text, "address", "某县桐城路58号") not in got


def test_a_legal_persons_seat_after_its_representative():
    row = (
        "<table><tr><th>申请人</th><th>电话</th><th>地址</th><th>代理人</th></tr>"
        "<tr><td>某市龙腾建材有限公司（法定代表人：汪德海）</td><td>0556-5479029</td>"
        "<td>某县河湾镇工业集中区纬二路8号</td><td>陶一斌</td></tr>"
        "<tr><td>戚春来</td><td>13955601234</td><td>某县河湾镇芦塘村上湾组15号</td>"
        "<td></td></tr></table>"
    )
    from gongkai.privacy import scan_html

    got = [(f.type, f.start, f.end) for f in scan_html(row, allow=[]) if f.type == "address"]
    assert at(row, "address", "某县河湾镇工业集中区纬二路8号") not in got
    assert at(row, "address", "某县河湾镇芦塘村上湾组15号") in got
    jsonl = (
        '{"sqrlx": "法人", "sqrmc": "某县百石茶叶专业合作社", "fddbr": "储金根", '
        '"lxdh": "0556-5392060", "txdz": "某县百石镇花亭村茶厂路3号", "dlrxm": "程启航"}\n'
        '{"sqrlx": "自然人", "sqrmc": "邰秋云", "lxdh": "13855609876", '
        '"txdz": "某县梅塘镇梅塘村5组12号"}\n'
    )
    got = found(jsonl, ["address"])
    assert at(jsonl, "address", "某县百石镇花亭村茶厂路3号") not in got
    assert at(jsonl, "address", "某县梅塘镇梅塘村5组12号") in got
    home = "某县某某有限公司，法定代表人邬建军，家庭住址：某县城关镇解放路12号3栋2单元501室。"
    assert at(home, "address", "某县城关镇解放路12号3栋2单元501室") in found(home, ["address"])
