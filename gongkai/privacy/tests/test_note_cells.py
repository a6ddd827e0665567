"""A delimited table whose last column holds notes written as sentences (a spreadsheet's
备注 with "。" in it): the rows after such a note are still rows (issue 16, the sixteenth
held-out batch's class, with fixtures of its own)."""

import pytest

from .spans import at, found

ROWS = [
    (
        "1",
        "韦家宝",
        "522601197305121536",
        "县第一小学",
        "申请人之父已于2024年去世。其母同意由申请人领取",
    ),
    ("2", "滕雪梅", "522601198002284424", "县交通运输局", "无异议。"),
    ("3", "鞠永安", "522601196811070018", "县人民医院", "本人因病住院，由其女代办。材料齐全"),
    ("4", "冉桂香", "522601197707153320", "县供销社", ""),
]


def _table(sep, quote=False):
    head = sep.join(("序号", "领取人", "身份证号码", "原工作单位", "备注"))
    lines = [head]
    for row in ROWS:
        cells = list(row)
        if quote and "，" in cells[-1]:
            cells[-1] = f'"{cells[-1]}"'
        lines.append(sep.join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("sep,quote", [(",", False), (",", True), ("\t", False), ("|", False)])
def test_rows_after_a_note_of_sentences_are_read(sep, quote):
    text = "遗属补助领取人员公示\n" + _table(sep, quote)
    got = found(text, ["name"])
    for _n, name, *_rest in ROWS:
        assert at(text, "name", name) in got


def test_a_sentence_after_the_table_still_ends_it():
    text = (
        _table(",")
        + "注：公示期内如有异议，请向县人社局反映。联系人张主任。\n"
        + "序号,单位,负责科室\n"
        + "1,县财政局,社保股\n"
    )
    got = found(text, ["name"])
    assert [text[s:e] for _k, s, e in got] == [r[1] for r in ROWS]
