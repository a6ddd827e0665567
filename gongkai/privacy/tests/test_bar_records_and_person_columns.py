"""Records whose ``key：value`` pairs are parted by a bar (``｜`` or ``|``) and numbered
with a bracket (〔3〕, （3）, 3、); persons' columns whose header is a private person's
…人 or role (传承人, 受援人, 调解员) with given names no list holds (issue 16, the
thirty-seventh held-out batch's classes, with fixtures of their own)."""

from gongkai.privacy import scan_html

from .spans import at, found, names


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_records_parted_by_full_width_bars_give_each_persons_value():
    text = (
        "下列报名人员资料不全，请补交：\n"
        "〔1〕报名人：常德顺｜报考岗位：护理｜所在单位：新民镇卫生院｜单位电话：0736-7221045\n"
        "〔2〕报名人：巫马骏｜报考岗位：药剂｜所在单位：县中医院｜本人电话：13907361122\n"
        "〔3〕报名人：霍小满｜报考岗位：检验｜所在单位：城关社区卫生服务中心｜本人电话：15874362210\n"
    )
    assert found(text, ["name"]) == names(text, "常德顺", "巫马骏", "霍小满")


def test_ascii_bars_and_other_numberings_part_a_record_too():
    text = (
        "（1）申请人：柏青山|申请事项：困难补助|所在村：龙塘村\n"
        "2、申请人：单于宁|申请事项：临时救助|所在村：河口村\n"
        "3．承租人：练秀云 | 摊位：东区12号 | 月租：300元\n"
    )
    assert found(text, ["name"]) == names(text, "柏青山", "单于宁", "练秀云")


def test_bars_leave_units_posts_and_fields_clean():
    text = (
        "〔1〕申报单位：沅江市农业农村局｜申报项目：高标准农田｜负责科室：计划财务股\n"
        "〔2〕申报单位：新华书店｜申报项目：农家书屋｜联系科室：发行部｜电话：0736-2210567\n"
        "〔3〕审核人：县人社局｜审核意见：同意｜审核日期：2026年3月2日\n"
    )
    assert found(text, ["name"]) == []
    assert "新华书店" not in _names(text)


def test_a_bar_record_with_a_label_after_a_closing_bracket():
    text = "【第5条】申报人：澹台明｜申报系列：工程｜单位：县交通局"
    assert at(text, "name", "澹台明") in found(text, ["name"])


# names whose given name the strict row rule does not hold (本, 老, 若, 年 cut names in
# prose; 月 ends them): found by their column's other cells
COMMON = ["杨春华", "龙建国", "刘秀英", "彭志强"]
RARE = ["石本德", "吴老根", "冷若冰", "黄秀年"]


def _rows(sep, header, row):
    lines = [sep.join(header)]
    for n, person in enumerate(COMMON + RARE):
        lines.append(sep.join(row(n, person)))
    return "\n".join(lines) + "\n"


def test_a_tab_column_of_craftsmen_holds_rare_given_names_too():
    text = "传习补助发放表\n" + _rows(
        "\t",
        ["序号", "项目", "传承人", "补助金额"],
        lambda n, p: [str(n + 1), f"项目{n + 1}", p, "3000"],
    )
    assert found(text, ["name"]) == names(text, *(COMMON + RARE))


def test_a_pipe_column_of_mediators_and_a_csv_column_of_contractors():
    pipe = "| 编号 | 纠纷类型 | 调解员 | 结果 |\n|---|---|---|---|\n" + "\n".join(
        f"| T-{n} | 邻里纠纷 | {p} | 调解成功 |" for n, p in enumerate(COMMON + RARE)
    )
    assert found(pipe, ["name"]) == []  # mediators act in office (PRIV marking)
    persons = pipe.replace("调解员", "申请人")
    assert found(persons, ["name"]) == names(persons, *(COMMON + RARE))
    csv = "序号,地块编号,承包人,面积（亩）\n" + "\n".join(
        f"{n + 1},DK-{n:03d},{p},{2 + n}.5" for n, p in enumerate(COMMON + RARE)
    )
    assert found(csv, ["name"]) == names(csv, *(COMMON + RARE))


def test_an_html_column_of_proxies_and_the_rare_names_mentioned_again_below():
    rows = "".join(
        f"<tr><td>{n + 1}</td><td>{p}</td><td>600</td></tr>" for n, p in enumerate(COMMON + RARE)
    )
    html = (
        f"<table><tr><th>序号</th><th>代领人</th><th>金额</th></tr>{rows}</table>"
        f"<p>注：{RARE[0]}因病由家属陪同领取。</p>"
    )
    got = [html[s:e] for s, e in ((f.start, f.end) for f in scan_html(html, allow=[]))]
    assert got.count(RARE[0]) == 2
    for person in COMMON + RARE:
        assert person in got


def test_a_column_of_units_or_of_categories_gets_no_vote():
    units = _rows(
        "\t",
        ["序号", "技术指导员", "面积"],
        lambda n, p: [
            str(n + 1),
            p if n < 4 else ["县农技站", "乡农机站", "镇畜牧站", "村委会"][n - 4],
            "5",
        ],
    )
    assert found(units, ["name"]) == names(units, *COMMON)
    kinds = "序号\t帮扶对象\t金额\n" + "\n".join(
        f"{n + 1}\t{c}\t500" for n, c in enumerate(["低保户", "特困户", "残疾人", "孤儿", "本人"])
    )
    assert found(kinds, ["name"]) == []


def test_a_clerks_column_stays_clean_beside_a_column_of_persons():
    text = _rows(
        "\t",
        ["序号", "受援人", "经办人"],
        lambda n, p: [str(n + 1), p, ["林晓红", "陈国平"][n % 2]],
    )
    assert found(text, ["name"]) == names(text, *(COMMON + RARE))


def test_an_aligned_column_and_a_column_one_cell_a_line():
    aligned = "序号    地块编号    承包人    面积\n" + "\n".join(
        f"{n + 1}       DK-{n:03d}      {p}    {n + 2}.5" for n, p in enumerate(COMMON + RARE)
    )
    assert found(aligned, ["name"]) == names(aligned, *(COMMON + RARE))
    stacked = "序号\n申请人\n结果\n" + "\n".join(
        f"{n + 1}\n{p}\n调解成功" for n, p in enumerate(COMMON + RARE)
    )
    assert found(stacked, ["name"]) == names(stacked, *(COMMON + RARE))
