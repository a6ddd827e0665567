"""A column of the cadres who call on, survey or look after each household (走访人, 调查人,
帮扶责任人 …) is the office's staff acting in office; the households' own persons in the
same rows, and a column of persons who sign for themselves (签收人), stay findings."""

from .spans import at, found, names

_HOUSEHOLDS = ["曹春冬", "钟信岩", "尹泉瑶", "冯莲", "司徒惠静"]
_CADRES = ["东方宏森", "夏海乐", "韩海磊"]


def _rows(sep, header, cadre_at):
    lines = [sep.join(header)]
    for n, person in enumerate(_HOUSEHOLDS):
        cells = [str(n + 1), person, f"1390817{n:04d}", "反映问题已登记"]
        cells.insert(cadre_at, _CADRES[n % 3])
        lines.append(sep.join(cells))
    return "\n".join(lines) + "\n"


def test_a_visitors_column_under_several_labels_and_separators():
    for sep, label in (
        ("\t", "走访人"),
        ("｜", "调查人员"),
        (",", "帮扶责任人"),
        ("\t", "包保干部"),
    ):
        text = _rows(sep, ["序号", "户主姓名", "联系电话", "走访情况", label], 4)
        got = found(text, ["name"])
        assert got == names(text, *_HOUSEHOLDS), (label, got)


def test_the_visitors_column_before_the_households_own():
    text = _rows("\t", ["序号", "户主", "回访人", "手机", "备注"], 2)
    got = found(text, ["name"])
    for person in _HOUSEHOLDS:
        assert at(text, "name", person) in got
    assert not [g for g in got if text[g[1] : g[2]] in _CADRES]


def test_near_misses_a_column_of_persons_signing_and_the_visited_stay_names():
    # 走访对象 is the visited household, 签收人 signs for their own household: both persons
    for label in ("走访对象", "签收人"):
        text = "\n".join(
            ["序号\t户号\t" + label + "\t签收日期"]
            + [f"{n + 1}\tH{n:03d}\t{p}\t2026-10-0{n + 1}" for n, p in enumerate(_HOUSEHOLDS)]
        )
        got = found(text, ["name"])
        assert got == names(text, *_HOUSEHOLDS), (label, got)


def test_a_visitors_column_one_cell_a_line():
    header = ["序号", "户主姓名", "联系电话", "走访人"]
    lines = list(header)
    for n, person in enumerate(_HOUSEHOLDS):
        lines += [str(n + 1), person, f"1390817{n:04d}", "韩海磊"]
    text = "\n".join(lines) + "\n"
    got = found(text, ["name"])
    for person in _HOUSEHOLDS:
        assert at(text, "name", person) in got
    assert not [g for g in got if text[g[1] : g[2]] == "韩海磊"]
