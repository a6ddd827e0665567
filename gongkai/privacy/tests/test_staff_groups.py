"""A bare 姓名 column under a merged group header of the office's staff (``staffgroups``,
privfix26b): the cadres act in office; the rows' households and a group of persons over
the same words keep their names."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"4331221968{m:02d}1{m}{m:03d}") for m in range(1, 7)]


def test_tab_two_row_header_a_pairing_cadre_group():
    rows = [("龙桂英", "向志远"), ("彭老三", "田丽萍"), ("舒德明", "向志远")]
    text = "序号\t户主\t身份证号码\t联系电话\t结对帮扶责任人\t\n\t\t\t\t姓名\t工作单位\n" + "".join(
        f"{k + 1}\t{a}\t{_IDS[k]}\t1387431{k}562\t{b}\t县林业局\n" for k, (a, b) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, _b in rows:
        assert at(text, "name", a) in got, a
    assert at(text, "name", "向志远") not in got
    assert at(text, "name", "田丽萍") not in got


def test_pipe_two_row_header_a_checking_staff_group_among_other_groups():
    rows = [("覃秀兰", "蒋文斌", "粟海燕"), ("麻国华", "吴春桃", "杨国庆")]
    text = (
        "| 编号 | 申请人信息 | | 家属 | 入户核查人员 | |\n"
        "| | 姓名 | 身份证号 | 姓名 | 姓名 | 职务 |\n"
        + "".join(
            f"| {k + 1} | {a} | {_IDS[k + 2]} | {f} | {s} | 民政专干 |\n"
            for k, (a, f, s) in enumerate(rows)
        )
    )
    got = found(text, ["name"])
    for a, f, _s in rows:
        assert at(text, "name", a) in got, a
        assert at(text, "name", f) in got, f  # a relatives' group: persons
    assert at(text, "name", "粟海燕") not in got
    assert at(text, "name", "杨国庆") not in got


def test_a_group_of_persons_over_a_bare_name_keeps_them():
    rows = [("蒲春梅", "蒲志军"), ("田家福", "田小燕")]
    text = "序号\t户主\t身份证号码\t共同生活家庭成员\t\n\t\t\t姓名\t关系\n" + "".join(
        f"{k + 1}\t{a}\t{_IDS[k + 4]}\t{m}\t子女\n" for k, (a, m) in enumerate(rows)
    )
    got = found(text, ["name"])
    for a, m in rows:
        assert at(text, "name", a) in got, a
        assert at(text, "name", m) in got, m


def test_a_rowspan_header_left_of_a_bare_name_is_no_group():
    # 帮扶措施 spans two rows (a blank under it); 姓名 under a blank of its own stands alone
    text = f"序号\t帮扶措施\t\t身份证号码\n\t\t姓名\t\n1\t产业帮扶\t邬海涛\t{_IDS[0]}\n"
    assert at(text, "name", "邬海涛") in found(text, ["name"])


def test_a_cadre_group_giving_names_and_phones_alone_is_left_as_it_was():
    # no column of the group names their unit or post: left to the passes before (docs227)
    text = (
        "序号\t援助对象\t公民身份号码\t帮扶责任人\t\n"
        "\t\t\t姓名\t联系电话\n"
        f"1\t聂春华\t{_IDS[1]}\t龚德明\t13974051283\n"
    )
    assert at(text, "name", "龚德明") in found(text, ["name"])
