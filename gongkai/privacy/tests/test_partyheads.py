"""Parties' names under a head the text extends with the party's own data (partyheads),
and a name read one character too long where it stands clearly elsewhere (knownedges)."""

from .spans import at, found, missing_names


def _csv(*rows):
    return "\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n"


HEAD = ("编号", "转出方", "转出方身份证号", "转出方电话", "转入方", "转入方经营者", "转入方电话")


def test_quoted_csv_party_columns():
    text = "北岭县土地经营权转让登记表\n" + _csv(
        HEAD,
        ("BL-01", "冯斌", "230102196805124517", "13945081234", "个人", "贺满囤", "13845096612"),
        (
            "BL-02",
            "邵娜",
            "230102197203084528",
            "13645071122",
            "北岭县禾丰农机专业合作社",
            "庞志远（理事长，法定代表人）",
            "0451-86223344",
        ),
        ("BL-03", "尤飞", "230102195911203313", "15845003377", "个人", "米红旗", "18745026690"),
        ("审核人：", "齐卫东", "", "", "", "", ""),
    )
    got = found(text, ["name"])
    assert missing_names(text, "冯斌", "贺满囤", "邵娜", "尤飞", "米红旗") == []
    assert at(text, "name", "齐卫东") not in got  # a label's value below the table
    assert not any(text[s:e].startswith(("个人", "北岭")) for _k, s, e in got)


def test_tab_and_pipe_party_columns():
    rows = [
        ("序号", "出租方", "出租方身份证号码", "承租方", "承租方联系电话"),
        ("1", "冯斌", "230102196805124517", "北岭县东风村股份经济合作社", "0451-86223344"),
        ("2", "邵娜", "230102197203084528", "尤飞", "15845003377"),
    ]
    for sep in ("\t", " | "):
        text = "\n".join(sep.join(r) for r in rows) + "\n"
        assert missing_names(text, "冯斌", "邵娜", "尤飞") == [], sep
        assert not any(text[s:e].startswith("北岭") for _k, s, e in found(text, ["name"]))


def test_key_value_records_of_a_party():
    text = (
        "受理编号：BL-2024-07\n"
        "转入方：闵华（养殖大户）\n"
        "转入方联系电话：13845096612\n"
        "转入方住址：北岭县东风镇前进村3组12号\n"
        "转出方：北岭县东风村股份经济合作社\n"
        "转出方联系电话：0451-86223344\n"
        "------\n"
        "转入方：冯斌（种植户）\n"
        "转入方联系电话：18745026690\n"
    )
    got = found(text, ["name"])
    assert missing_names(text, "闵华", "冯斌") == []
    assert not any(text[s:e].startswith("北岭") for _k, s, e in got)


def test_staff_heads_are_not_parties():
    text = (
        "经办人：齐卫东\n"
        "经办人联系电话：0451-86223344\n"
        "法定代表人：庞志远\n"
        "法定代表人身份证号：230102196805124517\n"
        "单位名称：北岭县禾丰农机专业合作社\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "齐卫东") not in got


def test_a_name_one_character_too_long_takes_its_clear_form():
    text = (
        "被申请人：符刚，男，1969年出生。\n"
        "申请人与被申请人符刚土地承包纠纷一案，本会受理。\n"
        "指派律师焦丽承办本案；承办律师焦丽（13645071122）。\n"
    )
    got = found(text, ["name"])
    second = text.index("符刚土地")
    assert ("name", second, second + 2) in got
    lawyer = text.index("焦丽承办")
    assert ("name", lawyer, lawyer + 2) in got
    assert ("name", lawyer, lawyer + 3) not in got


def test_a_longer_name_standing_clearly_is_kept():
    text = "申请人：王强，男。\n第三人：王强华，男。\n王强华同意调解，王强不同意。\n"
    got = found(text, ["name"])
    first = text.index("王强华")
    assert ("name", first, first + 3) in got


def test_a_longer_name_before_a_particle_is_kept():
    text = "申请人：王强、王丽（兄妹）\n协议涉及其他继承人王强华的个人信息，不予公开。\n"
    got = found(text, ["name"])
    at_ = text.index("王强华")
    assert ("name", at_, at_ + 2) not in got
