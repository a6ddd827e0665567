"""Rotas and duty tables (staffrosters, folded from rotas; issue 16, privfix16sa/tc): a
header with a name column, a post's column (岗位, 职务, 分工 …) and an office line's column (办公电话,
值班电话), and no private datum's column, lists staff in office: its names are no
findings, in tab, pipe, CSV, aligned and one-cell-a-line layouts. Near misses: a post's
column beside IDs or mobiles (a committee's, a militia's roster), a post's column with no
office line (an election's result), a row giving a mobile, prose after the table."""

from .spans import at, found


def _id(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


ID1 = _id("34122119790815273")

TAB = (
    "某区2025年防汛值班安排表\n\n"
    "日期\t值班岗位\t姓名\t所在科室\t值班电话\n"
    "7月1日\t带班领导\t葛振东\t办公室\t0558-2217301\n"
    "7月1日\t值班员\t苗雪芹\t水利股\t0558-2217302\n"
    "7月2日\t值班员\t樊立群\t农机站\t0558-2217303\n"
)


def test_tab_duty_table():
    got = found(TAB, ["name"])
    for name in ("葛振东", "苗雪芹", "樊立群"):
        assert at(TAB, "name", name) not in got


PIPE = (
    "| 分工 | 姓名 | 工作单位 | 办公电话 |\n"
    "|---|---|---|---|\n"
    "| 组长 | 葛振东 | 区市场监管局 | 0558-2217301 |\n"
    "| 副组长 | 苗雪芹 | 区商务局 | 0558-2217302 |\n"
    "| 联络员 | 樊立群 | 区市场监管局 | 0558-2217303 |\n"
)


def test_pipe_panel():
    got = found(PIPE, ["name"])
    for name in ("葛振东", "苗雪芹", "樊立群"):
        assert at(PIPE, "name", name) not in got


CSV = (
    "职务,姓名,单位,办公电话\n"
    "主任,葛振东,区教育局,0558-2217301\n"
    "委员,苗雪芹,区第二中学,0558-2217302\n"
)


def test_csv_roster():
    got = found(CSV, ["name"])
    assert at(CSV, "name", "葛振东") not in got
    assert at(CSV, "name", "苗雪芹") not in got


ALIGNED = (
    "岗位      姓名      工作单位        办公电话\n"
    "总监      葛振东    区体育中心      0558-2217301\n"
    "巡查员    苗雪芹    区体育中心      0558-2217302\n"
)


def test_aligned_rota():
    got = found(ALIGNED, ["name"])
    assert at(ALIGNED, "name", "葛振东") not in got
    assert at(ALIGNED, "name", "苗雪芹") not in got


ONECELL = (
    "考务人员安排\n\n岗位\n姓名\n工作单位\n办公电话\n"
    "主考\n葛振东\n区教育局\n0558-2217301\n"
    "巡视\n苗雪芹\n区招生办\n0558-2217302\n"
    "监考员\n樊立群\n区实验小学\n0558-2217303\n"
)


def test_one_cell_a_line():
    got = found(ONECELL, ["name"])
    for name in ("葛振东", "苗雪芹", "樊立群"):
        assert at(ONECELL, "name", name) not in got


def test_private_rosters_keep_their_names():
    ids = f"职务\t姓名\t公民身份号码\t单位电话\n排长\t葛振东\t{ID1}\t0558-2217301\n"
    assert at(ids, "name", "葛振东") in found(ids, ["name"])
    election = "职务\t姓名\t性别\t得票数\n主任\t葛振东\t男\t986\n委员\t苗雪芹\t女\t874\n"
    got = found(election, ["name"])
    assert at(election, "name", "葛振东") in got
    assert at(election, "name", "苗雪芹") in got


def test_row_with_a_mobile_keeps_its_name():
    text = (
        "岗位\t姓名\t工作单位\t办公电话\t备注\n"
        "组长\t葛振东\t区教育局\t0558-2217301\t\n"
        "成员\t苗雪芹\t区教育局\t0558-2217302\t手机13956281047\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "葛振东") not in got
    assert at(text, "name", "苗雪芹") in got


def test_prose_after_the_table_is_not_a_row():
    text = ONECELL + "\n申请人孔令辉对安排有异议，联系电话13956281047。\n"
    got = found(text, ["name"])
    assert at(text, "name", "孔令辉") in got
    assert at(text, "name", "葛振东") not in got


REGISTER = (
    "某县不动产登记窗口受理登记表\n\n"
    "受理编号\n申请人\n联系电话\n申请事项\n受理人\n状态\n"
    "BDC2025001\n孔令辉\n13845120937\n转移登记\n葛振东\n已办结\n"
    "BDC2025002\n邹红梅\n15937620418\n抵押登记\n苗雪芹\n已受理\n"
    "BDC2025003\n樊立群\n13956281047\n变更登记\n单国栋\n已办结\n"
    "BDC2025004\n余淑兰\n0558-2217305\n更正登记\n苗雪芹\n材料补正\n"
)


def test_official_column_one_cell_a_line():
    got = found(REGISTER, ["name"])
    for name in ("孔令辉", "邹红梅", "樊立群"):  # the applicants
        assert at(REGISTER, "name", name) in got
    for name in ("葛振东", "苗雪芹", "单国栋"):  # the window's clerks
        assert at(REGISTER, "name", name) not in got


def test_party_column_one_cell_a_line_stays():
    text = REGISTER.replace("\n受理人\n", "\n代理人\n")
    got = found(text, ["name"])
    assert at(text, "name", "葛振东") in got
    assert at(text, "name", "单国栋") in got


def test_stacked_staff_reads_the_block_width():
    # the pass alone (staffrosters, where rotas' stacked_staff was folded), on every name of
    # the register: only the clerks' cells drop
    from gongkai.privacy.staffrosters import staff_rosters

    people = ("孔令辉", "邹红梅", "樊立群", "余淑兰", "葛振东", "苗雪芹", "单国栋")
    cands = []
    for name in people:
        k = REGISTER.find("\n" + name + "\n")
        while k >= 0:
            cands.append((k + 1, k + 1 + len(name), "name", 1.0))
            k = REGISTER.find("\n" + name + "\n", k + 1)
    kept = {REGISTER[s:e] for s, e, _k, _w in staff_rosters(REGISTER, cands)}
    assert kept == {"孔令辉", "邹红梅", "樊立群", "余淑兰"}
    party = REGISTER.replace("\n受理人\n", "\n代理人\n")
    assert len(staff_rosters(party, cands)) == len(cands)


def test_one_cell_record_with_a_mobile_keeps_its_name():
    text = ONECELL.replace("区招生办\n0558-2217302", "区招生办\n13956281047")
    got = found(text, ["name"])
    assert at(text, "name", "葛振东") not in got
    assert at(text, "name", "苗雪芹") in got


def test_semicolon_and_box_rows():
    for sep in ("；", "│"):
        text = sep.join(("分工", "姓名", "工作单位", "办公电话")) + "\n"
        text += sep.join(("组长", "葛振东", "区市场监管局", "0558-2217301")) + "\n"
        text += sep.join(("成员", "苗雪芹", "区商务局", "0558-2217302")) + "\n"
        got = found(text, ["name"])
        assert at(text, "name", "葛振东") not in got
        assert at(text, "name", "苗雪芹") not in got
