"""Columns of officials in office and columns of persons side by side (issue 16, docs71–74).

A hearing notice, a case ledger or a service register names the official handling each
row (仲裁员, 承办仲裁员, 书记员, 承办人, 受理人 …): those cells are no private persons, in
any table layout, and a note in the cell ("独任", "首席") is no name either; the parties'
columns of the same table (申请人, 被申请人, 委托代理人) keep their persons. Persons'
columns named less plainly (工亡职工, 原配偶, 继承人/联系人, 申请人委托代理人) are read too.
"""

from gongkai.privacy import scan_html

from .spans import found, names

PARTIES = ("邝志远", "糜秋霞", "阚德明")
AGENTS = ("滕晓梅", "", "郜长青")
STAFF = ("独任 蒲建林", "庹文静", "首席 冼志华")
STAFF_NAMES = ("蒲建林", "庹文静", "冼志华")
UNITS = ("清河县恒达纸业有限公司", "清河县青山砖厂", "清河县宏运物流有限公司")


def _rows(head_official="承办仲裁员"):
    header = ("序号", "案号", "申请人", "委托代理人", "被申请人", "开庭时间", head_official)
    rows = [
        (str(n + 1), f"清劳人仲案〔2026〕{31 + n}号", p, a, u, f"2026-12-0{n + 1} 09:30", s)
        for n, (p, a, u, s) in enumerate(zip(PARTIES, AGENTS, UNITS, STAFF, strict=True))
    ]
    return header, rows


def _persons(text):
    expected = []
    for p, a in zip(PARTIES, AGENTS, strict=True):
        expected.append(p)
        if a:
            expected.append(a)
    return names(text, *expected)


def test_tab_pipe_csv_and_quoted_csv_keep_parties_and_drop_the_arbitrators():
    header, rows = _rows()
    tab = "\n".join("\t".join(r) for r in (header, *rows)) + "\n"
    pipe = "\n".join("| " + " | ".join(r) + " |" for r in (header, ("---",) * 7, *rows)) + "\n"
    csv = "\n".join(",".join(r) for r in (header, *rows)) + "\n"
    quoted = "\n".join(",".join(f'"{c}"' for c in r) for r in (header, *rows)) + "\n"
    for text in (tab, pipe, csv, quoted):
        assert found(text, {"name"}) == _persons(text), text


def test_every_official_header_of_the_family():
    for head in (
        "仲裁员",
        "首席仲裁员",
        "审判员",
        "书记员",
        "承办人",
        "经办人",
        "审核人",
        "受理人",
        "录入人",
        "办案人员",
        "承办法官",
        "执法人员",
        "受理人姓名",
    ):
        header, rows = _rows(head)
        tab = "\n".join("\t".join(r) for r in (header, *rows)) + "\n"
        got = found(tab, {"name"})
        assert got == _persons(tab), head
        assert not any(tab[s:e] in ("独任", "首席") for _k, s, e in got)


def test_aligned_table_over_pages_keeps_parties_only():
    header, rows = _rows("仲裁员")
    widths = (6, 26, 10, 12, 28, 20, 14)

    def pad(cell, width):  # by display width, as a PDF's text layer aligns
        return cell + " " * (width - sum(2 if ord(ch) > 0x2000 else 1 for ch in cell))

    def line(cells):
        return "".join(
            pad(c, w) if i < 6 else c for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    page = "\n".join(line(r) for r in (header, *rows))
    text = "清河县劳动人事争议仲裁院开庭公告\n" + page + "\n\n第1页 共2页\n\n" + page + "\n"
    got = found(text, {"name"})
    persons = [t for t in (p for pa in zip(PARTIES, AGENTS, strict=True) for p in pa) if t]
    assert [text[s:e] for _k, s, e in got] == persons * 2
    assert not any(text[s:e] in STAFF_NAMES + ("独任", "首席") for _k, s, e in got)


def test_html_table_and_one_cell_a_line():
    header, rows = _rows("书记员")
    html = (
        "<table><tr>"
        + "".join(f"<th>{c}</th>" for c in header)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    got = [html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == "name"]
    assert got == [t for pa in zip(PARTIES, AGENTS, strict=True) for t in pa if t]
    stacked = "\n".join([*header, *(c for r in rows for c in r)]) + "\n"
    got = [stacked[s:e] for _k, s, e in found(stacked, {"name"})]
    assert not set(got) & set(STAFF_NAMES)
    assert set(PARTIES) <= set(got)


def test_a_mediators_column_is_one_of_officials():
    text = "| 编号 | 申请人 | 被申请人 | 调解员 |\n|---|---|---|---|\n" + "\n".join(
        f"| 调〔2026〕{n}号 | {p} | {u} | {m} |"
        for n, (p, u, m) in enumerate(
            zip(PARTIES, UNITS, ("乔慧敏", "仇海涛", "詹玉兰"), strict=True)
        )
    )
    # a mediator acts in office (the settled marking); the parties stay persons
    got = [text[s:e] for _k, s, e in found(text, {"name"})]
    assert got == list(PARTIES)


def test_a_key_value_form_above_a_table_is_no_header_of_its_column():
    text = (
        "供养亲属抚恤金核定表\n申请人签字\t晏淑芬\t申请人手机\t15201979964\n"
        "经办人\t庞\t复核人\t陆\n经办机构电话\t0775-6231458\n\n供养亲属抚恤金核定表\n"
        "姓名\t与工亡职工关系\t身份证号码\t出生日期\t月抚恤金（元）\n"
        "晏淑芬\t配偶\t450923199110182441\t1991-10-18\t1852.19\n"
        "甘立新\t父亲\t450925194112062678\t1941-12-06\t1930.32\n"
    )
    got = found(text, {"name"})
    assert got == names(text, "晏淑芬", "晏淑芬", "甘立新")


def test_persons_columns_named_less_plainly():
    deceased = (
        '"序号","工亡职工","申领人","与工亡职工关系","联系电话"\n'
        '"1","龙德胜","龙秀芝","配偶","13907361234"\n'
        '"2","樊立军","樊婷","子女","13907365678"\n'
    )
    assert found(deceased, {"name"}) == names(deceased, "龙德胜", "龙秀芝", "樊立军", "樊婷")
    former = "| 序号 | 申请人 | 原配偶 | 登记机关 |\n|---|---|---|---|\n" + (
        "| 1 | 温晓燕 | 付志刚 | 青山县民政局 |\n| 2 | 晏国华 | 屈兰芳 | 原城关镇人民政府 |\n"
    )
    assert found(former, {"name"}) == names(former, "温晓燕", "付志刚", "晏国华", "屈兰芳")
    heirs = (
        '"墓位","逝者姓名","继承人/联系人","联系电话","状态"\n'
        '"A-01","barrier","祁春梅、祁春生","0773-6651559","已通知"\n'
        '"A-02","郑长庚","郑丽","13507731234","未缴"\n'
        '"合计","","","","共2个"\n'
    ).replace("barrier", "祁德富")
    assert found(heirs, {"name"}) == names(heirs, "祁德富", "祁春梅", "祁春生", "郑长庚", "郑丽")
    agents = "案号\t申请人\t申请人委托代理人\t代理人单位\t承办人\n" + (
        "A1\t韦建业\t韦小燕\t近亲属\t黎志坚\nA2\t蓝秋菊\t覃德光\t某律师事务所\t黎志坚\n"
    )
    assert found(agents, {"name"}) == names(agents, "韦建业", "韦小燕", "蓝秋菊", "覃德光")


def test_units_in_a_slashed_persons_column_are_no_names():
    text = "序号,继承人/联系人,联系电话\n1,村委会,0773-6651559\n2,甘露寺管理处,0773-6651560\n"
    assert found(text, {"name"}) == []


def test_an_official_signing_with_a_note_is_no_person():
    text = (
        "申请人：蒙秋菊，女，住青山县城关镇。\n被申请人：青山县宏达木业有限公司。\n"
        "经调解，双方自愿达成如下协议：……\n"
        "申请人（签名）：蒙秋菊　　被申请人（签章）：青山县宏达木业有限公司\n"
        "调解员（签名）：樊立群\n书记员（签字）：邬晓丹\n"
    )
    assert found(text, {"name"}) == names(text, "蒙秋菊", "蒙秋菊")
    # a party signing with the same note stays a person
    text = "申请人（签名）：蒙秋菊\n委托代理人（签字）：韦小燕\n"
    assert found(text, {"name"}) == names(text, "蒙秋菊", "韦小燕")


def test_an_auxiliary_helper_serving_many_rows_is_a_person_a_liaison_is_not():
    helpers = ("易春兰", "易春兰", "易春兰", "汤德俊", "汤德俊", "汤德俊")
    households = ("聂国富", "费玉珍", "谌立平", "廖桂英", "阳志坚", "蒋素华")
    rows = "\n".join(
        f"| {n + 1} | {h} | 240 | {x} |"
        for n, (h, x) in enumerate(zip(households, helpers, strict=True))
    )
    for role, kept in (("辅助调查员", True), ("协助调查员", True), ("关爱联络员", False)):
        text = f"| 序号 | 记账户户主 | 补贴金额（元） | {role} |\n|---|---|---|---|\n{rows}\n"
        expected = [
            p
            for pair in zip(households, helpers, strict=True)
            for p in (pair if kept else pair[:1])
        ]
        assert [text[s:e] for _k, s, e in found(text, {"name"})] == expected, role


def test_one_cell_a_line_counted_from_the_serial():
    header = ["序号", "案号", "申请人", "被申请人", "承办仲裁员"]
    rows = [
        ["1", "清劳〔2026〕1号", "邝志远", "清河县青山砖厂", "独任 蒲建林"],
        ["2", "清劳〔2026〕2号", "糜秋霞", "清河县宏运物流有限公司", "庹文静"],
        ["3", "清劳〔2026〕3号", "阚德明", "清河县恒达纸业有限公司", "首席 冼志华"],
    ]
    text = "\n".join(header + [c for r in rows for c in r]) + "\n"
    assert found(text, {"name"}) == names(text, "邝志远", "糜秋霞", "阚德明")
    # the same names under 申请人 of a table without an official's column stay found
    plain = text.replace("承办仲裁员", "申请日期")
    for name in ("邝志远", "糜秋霞", "阚德明"):
        assert names(plain, name)[0] in found(plain, {"name"})
