"""Tibetan names written with the syllables 欧 (欧珠), 琼, 赤列, 诺布, 强巴, 泽仁, 晋美,
觉, 登增, 坚赞, 穷达 are read whole, not as a Han surname's shorter name (issue 16, the
sixteenth held-out batch, with fixtures of its own)."""

from .spans import found

BIOS = [
    ("强巴欧珠", "男", "1975年3月"),
    ("晋美坚赞", "男", "1969年8月"),
    ("琼达卓嘎", "女", "1988年1月"),
    ("登增诺布", "男", "1979年12月"),
    ("泽仁拉姆", "女", "1991年5月"),
]


def test_candidates_in_comma_biographies():
    lines = [f"{n}，{sex}，藏族，{born}生，群众，初中文化，农牧民" for n, sex, born in BIOS]
    text = "第2选区（某乡某村）\n正式代表候选人5名：\n" + "\n".join(lines) + "\n"
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert got == [n for n, _s, _b in BIOS]


def test_a_table_of_tibetan_names():
    rows = [f"{k + 1}\t{n}\t{sex}\t13908{k:06d}" for k, (n, sex, _b) in enumerate(BIOS)]
    text = "序号\t姓名\t性别\t联系电话\n" + "\n".join(rows) + "\n"
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert got == [n for n, _s, _b in BIOS]
