"""A hotline's register names, beside each caller, the staff member who took the call or
called back (接听人, 接线员, 回访人) (issue 16, docs81): staff acting in office, whatever
the table's layout; the callers stay private persons."""

from .spans import at, found

ROWS = (
    ("1", "9月5日", "韩立秋", "13905641234", "补助到账", "卓文涛"),
    ("2", "9月6日", "贝思远", "0817-3209197", "贷款宽限", "莘国梁"),
    ("3", "9月8日", "祁晓岚", "15807151234", "证明开具", "卓文涛"),
)
CALLERS = ("韩立秋", "贝思远", "祁晓岚")


def _check(text):
    got = found(text, ["name"])
    for piece in CALLERS:
        assert at(text, "name", piece) in got
    values = {text[s:e] for _k, s, e in got}
    assert not values & {"卓文涛", "莘国梁"}


def test_call_taker_column_in_a_tab_table():
    head = ("序号", "来电时间", "来电人", "来电号码", "反映事项", "接听人")
    _check("\n".join("\t".join(r) for r in (head, *ROWS)) + "\n")


def test_operator_column_in_a_pipe_table():
    head = ("序号", "时间", "来电人姓名", "联系电话", "诉求", "接线员")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    rows = ["| " + " | ".join(r) + " |" for r in ROWS]
    text = "热线来电登记\n\n" + "\n".join(lines + rows)
    _check(text + "\n")


def test_call_back_column_in_a_comma_table():
    head = ("序号", "日期", "来电人", "电话", "事项", "回访人")
    _check("\n".join(",".join(r) for r in (head, *ROWS)) + "\n")
