"""Card-shaped numbers whose label or column names a document's or a file's number."""

from .spans import at, found, luhn


def test_labelled_document_numbers_are_no_cards():
    numbers = [luhn("432503152967207"), luhn("432503202179586"), luhn("43250320265003479")]
    for label in (
        "处罚决定书编号",
        "行政许可决定书编号：",
        "受理编号：",
        "证书编号 ",
        "送达回证书号为",
        "事项编号:",
    ):
        for number in numbers:
            text = f"当事人已签收，{label}{number}。\n"
            assert found(text, ["bank_card"]) == [], (label, number)


def test_card_labels_still_give_cards():
    number = luhn("622848001234567")
    for label in ("银行卡号：", "社保卡号 ", "收款账号：", "补贴发放账号为"):
        text = f"户主韦德明，{label}{number}。\n"
        assert at(text, "bank_card", number) in found(text, ["bank_card"]), label


def _pipe_table(header, rows, pad=" "):
    lines = ["|" + "|".join(f"{pad}{c}{pad}" for c in header) + "|"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["|" + "|".join(f"{pad}{c}{pad}" for c in r) + "|" for r in rows]
    return "\n".join(lines) + "\n"


def test_padded_pipe_table_column_of_certificate_numbers_is_no_card():
    cert = luhn("432503202179586")
    card = luhn("622848001234567")
    for pad in (" ", "  ", ""):
        text = _pipe_table(
            ("序号", "姓名", "证书编号", "银行卡号"),
            [("1", "汪林兴", cert, card), ("2", "常军宏", "湘2017NC49791", card)],
            pad,
        )
        got = found(text, ["bank_card"])
        assert at(text, "bank_card", cert) not in got, pad
        assert at(text, "bank_card", card) in got, pad


def test_padded_pipe_table_column_of_cards_stays_cards():
    card = luhn("621700123456789")
    text = _pipe_table(("序号", "户主", "发放卡号"), [("1", "邓春花", card)])
    assert at(text, "bank_card", card) in found(text, ["bank_card"])
