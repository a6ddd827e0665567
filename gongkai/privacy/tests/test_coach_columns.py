"""A column of the coaches or teachers who trained each listed person (教练员, 指导教师)
(issue 16, docs85): a header of persons, so its cells are names though one coach stands
in many rows (unlike a 网格员 serving many households, who acts in office)."""

from .spans import at, found

ROWS = (
    ("1", "韩立秋", "女", "县一中", "卓文涛"),
    ("2", "贝思远", "男", "县体校", "卓文涛"),
    ("3", "祁晓岚", "女", "县一中", "莘国梁"),
    ("4", "简若楠", "男", "县二中", "卓文涛"),
)


def _pipe(head):
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in ROWS]
    return "二级运动员称号拟授予名单\n\n" + "\n".join(lines) + "\n"


def _tabs(head):
    return "\n".join("\t".join(r) for r in (head, *ROWS)) + "\n"


def _expected(text):
    got = found(text, ["name"])
    out, pos = [], 0
    for row in ROWS:
        for piece in (row[1], row[4]):
            out.append(at(text, "name", piece, pos))
            pos = out[-1][2]
    return got, out


def test_coaches_column_in_a_pipe_table():
    text = _pipe(("序号", "姓名", "性别", "代表单位", "教练员"))
    got, want = _expected(text)
    assert sorted(want) == sorted(got)


def test_instructors_column_in_a_tab_table():
    text = _tabs(("序号", "学生姓名", "性别", "学校", "指导教师"))
    got, want = _expected(text)
    assert sorted(want) == sorted(got)


def test_grid_workers_serving_many_households_stay_officials():
    rows = [("1", "韩立秋", "石门村", "卓文涛"), ("2", "贝思远", "石门村", "卓文涛")]
    rows += [("3", "祁晓岚", "石门村", "卓文涛")]
    text = "\n".join("\t".join(r) for r in (("序号", "户主姓名", "村组", "网格员"), *rows))
    values = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert "卓文涛" not in values
    assert {"韩立秋", "贝思远", "祁晓岚"} <= values
