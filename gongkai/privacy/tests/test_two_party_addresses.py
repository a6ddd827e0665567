"""A table of two parties, each with its address column (issue 16, ``addresscells``).

The address after a party that is a unit (a company, a hospital) is the unit's; the
address after a person is private, whichever party is which in the row.
"""

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


ROWS = [
    ("邻里纠纷", "吕宏伟", "城关镇护城社区东街12号", "范秀兰", "城关镇护城社区东街14号"),
    ("劳务报酬", "谷红英", "金滩镇河街16号", "某县金滩砂石有限公司", "金滩镇工业路3号"),
    ("医疗纠纷", "樊敏", "向阳社区建设北路71号3栋501室", "某县第二人民医院", "城关镇人民中路88号"),
]
PRIVATE = [
    "城关镇护城社区东街12号",
    "城关镇护城社区东街14号",
    "金滩镇河街16号",
    "向阳社区建设北路71号3栋501室",
]


def _check(text):
    got = addresses(text)
    for piece in PRIVATE:
        assert at(text, "address", piece) in got, (piece, text)
    for piece in ("金滩镇工业路3号", "城关镇人民中路88号"):
        assert at(text, "address", piece) not in got, (piece, text)


def test_tab_and_pipe_tables():
    header = ["纠纷类型", "申请人", "住址", "被申请人", "住址", "履行情况"]
    tab = "\t".join(header) + "\n" + "".join("\t".join((*r, "已履行")) + "\n" for r in ROWS)
    _check(tab)
    pipe = "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    pipe += "".join("| " + " | ".join((*r, "已履行")) + " |\n" for r in ROWS)
    _check(pipe)


def test_aligned_table():
    widths = (10, 22, 32, 24, 22)
    header = ("纠纷类型", "申请人", "地址", "被申请人", "地址")

    def line(cells):
        return (
            " "
            + "".join(
                c + " " * (w - 2 * len(c) if w > 2 * len(c) else 2)
                for c, w in zip(cells, widths, strict=True)
            )
            + "已履行\n"
        )

    text = line(header) + "".join(line(r) for r in ROWS)
    _check(text)
