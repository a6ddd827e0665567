"""Card-shaped numbers in quoted CSV cells: the column's header decides, as in bare cells.

A register saved with every field quoted ("…","6230…",…) puts a quote, not the comma,
right before each number; the header over it (会员编号, 档案编码) still names a number of
its own kind, and a card's header (银行卡号, 社保卡账号) still makes it a card.
"""

from .spans import at, found, luhn


def _quoted(sep, header, rows):
    def line(cells):
        return sep.join(f'"{c}"' for c in cells)

    return "\n".join([line(header)] + [line(r) for r in rows]) + "\n"


MEMBER = [luhn("62302419870" + str(k) * 6) for k in range(3, 6)]
CARD = luhn("62284800123456789")


def test_serial_column_in_quoted_cells_is_no_card():
    for sep in (",", "\t", ";"):
        for head in ("会员编号", "档案编码", "登记编号（系统）"):
            rows = [(str(i + 1), "某某", n, "13800000000") for i, n in enumerate(MEMBER)]
            text = _quoted(sep, ("序号", "姓名", head, "备注"), rows)
            assert found(text, ["bank_card"]) == [], (sep, head)


def test_card_column_in_quoted_cells_stays_a_card():
    for sep in (",", "\t", ";"):
        for head in ("银行卡号", "社保卡账号", "补贴发放卡编号"):
            text = _quoted(sep, ("序号", "姓名", head), [("1", "某某", CARD)])
            assert found(text, ["bank_card"]) == [at(text, "bank_card", CARD)], (sep, head)


def test_quoted_cell_under_a_plain_header_keeps_its_card():
    # a header naming no number of its own (备注): the number's own shape decides, as before
    text = _quoted(",", ("序号", "姓名", "备注"), [("1", "某某", CARD)])
    assert found(text, ["bank_card"]) == [at(text, "bank_card", CARD)]


def test_quoted_serial_in_prose_line_is_unchanged():
    # a quoted number in a sentence has no column: nothing read from above
    text = f'他提供的卡号为"{CARD}"，已核实。\n'
    assert found(text, ["bank_card"]) == [at(text, "bank_card", CARD)]
