"""A bank card printed as the issuer's six digits and three more groups (issue 16)."""

from .spans import at, found, luhn


def grouped(number, sizes):
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    return " ".join(out)


def test_issuer_then_three_groups():
    for body, sizes in (
        ("621700911280988353", (6, 4, 4, 5)),
        ("623058647957809911", (6, 4, 4, 5)),
        ("622202799096815704", (6, 5, 4, 4)),
        ("62284891918922661", (6, 4, 4, 4)),  # eighteen digits
    ):
        number = luhn(body)
        assert sum(sizes) == len(number)
        card = grouped(number, sizes)
        for text in (
            f"序号\t举报人\t银行卡号\n1\t萧某\t{card}\t2000\n",
            f"收款账号：{card}（中国建设银行）",
        ):
            assert found(text, ["bank_card"]) == [at(text, "bank_card", card)], text


def test_groups_failing_the_check_digit_are_no_card():
    number = luhn("621700911280988353")
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    for text in (
        f"银行卡号：{grouped(wrong, (6, 4, 4, 5))}",
        "受理编号 622848 2026 1104 00017 已登记",
    ):
        got = found(text, ["bank_card"])
        assert got == [] or all(" " not in text[s:e] for _k, s, e in got), text
