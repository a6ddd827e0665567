"""Issue 16, quoted CSV as the tenth held-out batch had it, in fields of its own: quoted
fields that hold Chinese commas, and fields whose line breaks put one record on several
lines (``csvcells``). With the near misses: a stray quote in prose, a field never closed.
"""

from __future__ import annotations

from .spans import at, found, names, rid

NAMES = ("name",)


def _csv(rows):
    return "\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n"


def test_quoted_fields_with_chinese_commas_are_a_table():
    one, two = rid("53012219700312001"), rid("53012219880705002")
    text = _csv(
        [
            ["序号", "户主", "身份证号", "家庭成员", "备注"],
            ["1", "沈桂香", one, "冯德旺，夫", "无"],
            ["2", "贺长林", two, "本人", "户籍迁入，已核实"],
        ]
    )
    assert found(text, NAMES) == names(text, "沈桂香", "冯德旺", "贺长林")


def test_a_quoted_field_over_several_lines_keeps_its_record_whole():
    one, two = rid("53012219700312001"), rid("53012219880705002")
    text = _csv(
        [
            ["序号", "户主", "身份证号", "家庭成员", "人数"],
            ["1", "沈桂香", one, "冯德旺，夫\n冯小雪，女\n冯大力，子", "4"],
            ["2", "贺长林", two, "本人", "1"],
            ["3", "殷秀珍", rid("53012219550101003"), "鲍建新，夫\n鲍丽，女", "3"],
        ]
    )
    got = found(text, NAMES)
    for name in ("沈桂香", "冯德旺", "冯小雪", "冯大力", "贺长林", "殷秀珍", "鲍建新", "鲍丽"):
        assert at(text, "name", name) in got, name
    assert len(got) == 8


def test_line_breaks_outside_quoted_records_are_left_as_they_are():
    from gongkai.privacy.csvcells import join_quoted_cells

    # a quote opened in prose (no record's fields on its line) joins nothing
    prose = '他说"今天\n不去","明天","后天","再说","吧\n好的'
    assert join_quoted_cells(prose) == prose
    never_closed = '"1","张三","备注\n' + "\n".join(["正文一行"] * 12) + '\n"2","李四","x"\n'
    assert join_quoted_cells(never_closed + '"3","a","b"\n') == never_closed + '"3","a","b"\n'
    few = '"1","张\n三"\n'
    assert join_quoted_cells(few) == few
