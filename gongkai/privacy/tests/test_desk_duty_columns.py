"""An office's desk staff and the cadres it charges with a case, by their column's header
(``deskduties``, privfix24b): in office; the rows' applicants and parties keep their names."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"3408241979{m:02d}2{m}{m:03d}") for m in range(1, 7)]


def test_pipe_register_a_window_clerk_column():
    rows = [("樊立群", "邬建芳"), ("檀晓东", "邬建芳"), ("符春燕", "简立伟")]
    text = "| 序号 | 申请人 | 身份证号 | 手机 | 窗口工作人员 |\n|---|---|---|---|---|\n" + "".join(
        f"| {k + 1} | {a} | {_IDS[k]} | 1390556{k}321 | {b} |\n" for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "邬建芳") not in got
    assert at(text, "name", "简立伟") not in got


def test_tab_ledger_a_duty_cadre_column_beside_a_guardian_column():
    rows = [
        ("巫德顺", "莫春花", "覃卫东"),
        ("柏永清", "冉桂英", "覃卫东"),
        ("蓝海波", "罗秀云", "滕志华"),
    ]
    text = "序号\t当事人\t身份证号码\t监护责任人\t包案责任人\t化解情况\n" + "".join(
        f"{k + 1}\t{a}\t{_IDS[k]}\t{g}\t{c}\t已化解\n" for k, (a, g, c) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, g, _c in rows:
        assert at(text, "name", a) in got, a
        assert at(text, "name", g) in got, g  # a guardian: no duty of the office
    assert at(text, "name", "覃卫东") not in got
    assert at(text, "name", "滕志华") not in got


def test_csv_a_stability_cadre_column():
    rows = [("龙桂兰", "石建军"), ("吴老满", "杨通明"), ("潘月娥", "石建军")]
    text = "编号,申请人,身份证号,联系电话,稳控责任人\n" + "".join(
        f"W-{k + 1},{a},{_IDS[k]},1357746{k}208,{c}\n" for k, (a, c) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _c in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "石建军") not in got
    assert at(text, "name", "杨通明") not in got
