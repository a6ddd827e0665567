"""Issue 16: a transliterated name of three parts in a person column is one name, however
long ("拉杰什·库马尔·夏尔马", "穆罕默德·阿卜杜拉·哈桑"): the whole, not its first ten
characters. Near misses: the unit and the note cells of the same rows.
"""

from __future__ import annotations

from gongkai.privacy import scan_html

from .spans import found, names

PERSONS = ("拉杰什·库马尔·夏尔马", "穆罕默德·阿卜杜拉·哈桑", "玛丽亚·何塞", "陈志明")


def test_in_a_tab_table_and_a_pipe_table():
    rows = [
        ("1", "华昱电子科技有限公司", PERSONS[0], "姓名拼写待确认"),
        ("2", "新丝路贸易有限公司", PERSONS[1], "无"),
        ("3", "澳门葡记餐饮有限公司", PERSONS[2], "无"),
        ("4", "松岭精密机械有限公司", PERSONS[3], "无"),
    ]
    header = ("序号", "用人单位", "姓名", "备注")
    tab = "\n".join("\t".join(r) for r in (header, *rows)) + "\n"
    pipe = "\n".join(
        ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
        + ["| " + " | ".join(r) + " |" for r in rows]
    )
    for text in (tab, pipe + "\n"):
        assert found(text, ("name",)) == names(text, *PERSONS), text


def test_in_an_html_table():
    cells = "".join(
        f"<tr><td>{k}</td><td>{p}</td><td>外国人永久居留身份证</td></tr>"
        for k, p in enumerate(PERSONS, 1)
    )
    html = f"<table><thead><tr><th>序号</th><th>参保人姓名</th><th>证件类型</th></tr></thead>{cells}</table>"
    got = [(f.start, f.end) for f in scan_html(html, allow=[]) if f.type == "name"]
    assert got == [(s, e) for _k, s, e in names(html, *PERSONS)]
