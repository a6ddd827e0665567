"""Issue 16: a numbered table flattened to one cell a line whose first header cells are
words no list knows or that read like a name (班级, 园所, 车间 …) between 序号 and the
person header; the phone cells of its records (a person's own number, landline or
mobile, whatever cell of a unit stands in the record); and a delimited table of persons
whose cell after the phone is a hospital or school that many rows repeat beside other
numbers (the persons' numbers, not the unit's).
Near misses: a unit's number noted as such (（村委会）), a unit's number that the rows
repeat, one unit's number per row, the supervising office's number under the table.
"""

from __future__ import annotations

from .spans import at, found, names


def _onecell(header, rows, title="资助名单公示", tail="监督电话：0745-2861234"):
    lines = [title, *header]
    for k, row in enumerate(rows, 1):
        lines += [str(k), *row]
    return "\n".join([*lines, tail]) + "\n"


HEADER = ["序号", "园所", "班级", "幼儿姓名", "家长", "家长电话", "家庭住址", "补助类别"]
ROWS = [
    ["城南幼儿园", "大班", "田小禾", "田建设", "4427316", "龙潭镇杉木村3组7号", "低保"],
    ["城南幼儿园", "中班", "丰收", "丰德胜", "(0745)4431982", "龙潭镇河西街15号", "特困"],
    ["河西幼儿园", "小班", "党悦", "党国富", "0745-4460117", "龙潭镇新街42号", "残疾"],
    ["河西幼儿园", "大班", "蒲阳", "蒲红梅", "13974512206", "龙潭镇高坪村2组9号", "孤儿"],
]


def test_header_from_the_serial_over_words_like_names():
    text = _onecell(HEADER, ROWS)
    got = found(text, ("name", "landline", "mobile", "address"))
    expected = []
    pos = 0
    for row in ROWS:
        for kind, piece in (
            ("name", row[2]),
            ("name", row[3]),
            ("mobile" if row[4].startswith("1") else "landline", row[4]),
            ("address", row[5]),
        ):
            expected.append(at(text, kind, piece, pos))
            pos = expected[-1][2]
    assert got == expected
    assert ("landline", *at(text, "landline", "0745-2861234")[1:]) not in got  # the office's


def test_other_words_and_a_slash_header():
    header = ["编号", "车间", "班次", "职工姓名", "配偶", "联系电话", "备注"]
    rows = [
        ["装配车间", "早班", "洪亮", "柯美玲", "0731 5528140", "困难职工"],
        ["装配车间", "晚班", "庄严", "庄秀芬", "（0731）5529273", "大病"],
        ["机修车间", "早班", "凤凰", "毛小燕", "5530066（家）", ""],
    ]
    text = _onecell(header, rows, title="困难职工帮扶名单", tail="")
    got = found(text, ("name", "landline"))
    assert got == [
        *names(text, "洪亮", "柯美玲"),
        at(text, "landline", "0731 5528140"),
        *names(text, "庄严", "庄秀芬"),
        at(text, "landline", "（0731）5529273"),
        *names(text, "凤凰", "毛小燕"),
        at(text, "landline", "5530066"),  # the note left out
    ]


def test_a_units_number_in_the_record_stays_the_units():
    rows = [list(r) for r in ROWS]
    rows[0][4] = "4427000（村委会）"
    text = _onecell(HEADER, rows)
    got = found(text, ("landline",))
    assert at(text, "landline", "4427000") not in got
    assert at(text, "landline", "0745-4460117") in got


def test_without_the_serial_the_header_is_not_widened_over_a_name():
    # no 序号 above: "班级" may be a record's cell, the table is read as before
    text = "名单\n班级\n大班\n田小禾\n"
    assert found(text, ("name",)) == []


PATIENTS = (
    "序号{s}姓名{s}性别{s}家庭住址{s}联系电话{s}手术医院{s}救助金额\n"
    "1{s}覃冬生{s}男{s}石门镇枫树村2组8号{s}0736-7751420{s}市第一人民医院{s}3200\n"
    "2{s}闵秀兰{s}女{s}石门镇枫树村5组3号{s}(0736)7751982{s}市第一人民医院{s}3200\n"
    "3{s}卓长庚{s}男{s}石门镇街道居委会正街21号{s}7752316{s}市中医医院{s}3500\n"
    "4{s}祁月娥{s}女{s}石门镇桥头村1组6号{s}0736 7753041{s}市第一人民医院{s}3200\n"
    "5{s}卜大年{s}男{s}石门镇桥头村4组2号{s}0736-7754107{s}市中医医院{s}3500\n"
    "6{s}鲍玉芝{s}女{s}石门镇居委会新街9号{s}0736-7755260{s}市中医医院{s}3500\n"
)


def test_a_hospital_repeated_beside_other_numbers_leaves_them_the_persons():
    for sep in ("\t", " | "):
        text = PATIENTS.format(s=sep)
        got = found(text, ("landline",))
        assert got == [
            at(text, "landline", n)
            for n in (
                "0736-7751420",
                "(0736)7751982",
                "7752316",
                "0736 7753041",
                "0736-7754107",
                "0736-7755260",
            )
        ], sep


def test_a_units_number_the_rows_repeat_stays_the_units():
    # each institution beside its own number, repeated for every resident it keeps
    text = (
        "序号\t供养对象\t性别\t联系电话\t供养机构\n"
        "1\t鲁老三\t男\t0736-7760011\t龙潭镇敬老院\n"
        "2\t毕秀珍\t女\t0736-7760011\t龙潭镇敬老院\n"
        "3\t郝四满\t男\t0736-7760522\t石门镇敬老院\n"
        "4\t伍桂香\t女\t0736-7760522\t石门镇敬老院\n"
        "5\t钱德顺\t男\t0736-7760522\t石门镇敬老院\n"
    )
    assert found(text, ("landline",)) == []
    # the same institution once per row, no repeats: its cell still gives the unit's number
    text = (
        "序号\t供养对象\t性别\t联系电话\t供养机构\n"
        "1\t鲁老三\t男\t0736-7760011\t龙潭镇敬老院\n"
        "2\t毕秀珍\t女\t0736-7760522\t石门镇敬老院\n"
        "3\t郝四满\t男\t0736-7760733\t白沙镇敬老院\n"
    )
    assert found(text, ("landline",)) == []
