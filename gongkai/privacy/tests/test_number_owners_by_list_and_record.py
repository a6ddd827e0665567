"""Numbers that are no person's by their list, their note, their column or their record
(issue 16): mobiles listed under a desk's label, an ID-shaped number the writer says is
no ID, a card-shaped number under an aligned 编号 column, a landline in an organisation's
record of an export."""

from .spans import at, found


def test_mobiles_listed_after_a_desk_label_are_all_the_desks():
    texts = [
        "各所值班手机（随人员轮换）：东城所13912345678、西城所13812345679、南关所13712345670\n",
        "服务热线手机：13912345678、13812345679。\n",
        "各站应急手机一览（非个人号码）：甲镇13912345678，乙乡13812345679\n",
    ]
    for text in texts:
        assert found(text, ["mobile"]) == [], text


def test_mobiles_listed_under_a_persons_label_or_after_names_stay():
    texts = [
        ("家属手机：13912345678、13812345679\n", ["13912345678", "13812345679"]),
        ("值班手机：张伟13912345678、李娜13812345679\n", ["13912345678", "13812345679"]),
        ("联系人：王芳，手机：13912345678、13812345679\n", ["13912345678", "13812345679"]),
    ]
    for text, numbers in texts:
        assert found(text, ["mobile"]) == [at(text, "mobile", n) for n in numbers], text


def test_an_id_shaped_number_the_writer_denies_is_no_id():
    texts = [
        "受理编号示例（区划代码＋日期＋流水号，非身份证号）：320584199003071235\n",
        "档案号（不是公民身份号码）：320584199003071235、440306201209150032\n",
        "注：以下登记号并非身份证号码：320584199003071235\n",
    ]
    for text in texts:
        assert found(text, ["id_card"]) == [], text


def test_ids_after_a_denial_of_something_else_stay():
    texts = [
        "非本县户籍人员身份证号：320584199003071235\n",
        "受理号不是身份证号；申请人身份证号：320584199003071235\n",
        "（非身份证号的填护照号）申请人身份证号码：320584199003071235\n",
    ]
    for text in texts:
        assert found(text, ["id_card"]) == [at(text, "id_card", "320584199003071235")], text


def test_card_shaped_numbers_under_an_aligned_serial_column():
    text = (
        " 序号  成员编号          姓名      性别\n"
        " 1     5107230120030006  王满仓    男\n"
        "\n"
        "                       第 2 页\n"
        " 序号  成员编号          姓名      性别\n"
        " 2     5107230120030014  母德      男\n"
    )
    assert found(text, ["bank_card"]) == []


def test_card_numbers_under_an_aligned_account_column_stay():
    text = (
        " 序号  姓名      一卡通账号             金额\n"
        " 1     王满仓    6228480402564890018    1200\n"
        " 2     母德      5107230120030006       800\n"
    )
    got = found(text, ["bank_card"])
    assert got == [
        at(text, "bank_card", "6228480402564890018"),
        at(text, "bank_card", "5107230120030006"),
    ]


def test_landline_of_an_organisations_record_in_an_export():
    texts = [
        '{"bh": "1", "sqr": "某县第二实验小学", "zjlx": "统一社会信用代码", '
        '"zjhm": "12371328A27M98KP52", "lxdh": "0539-4261075"}\n',
        "<apply><sqr>某县龙泉种养殖家庭农场</sqr><zjlx>营业执照</zjlx>"
        "<lxdh>0539-4261076</lxdh></apply>\n",
    ]
    for text in texts:
        assert found(text, ["landline"]) == [], text


def test_landline_of_a_persons_record_stays():
    text = (
        '{"bh": "2", "sqr": "张建国", "zjlx": "居民身份证", '
        '"zjhm": "320584199003071235", "lxdh": "0539-4261075"}\n'
        '{"bh": "3", "sqr": "李秀英", "zjlx": "统一社会信用代码", '
        '"zjhm": "440306201209150032", "lxdh": "0539-4261077"}\n'
    )
    got = found(text, ["landline"])
    assert got == [at(text, "landline", "0539-4261075"), at(text, "landline", "0539-4261077")]


def test_card_under_full_width_spaced_columns_whose_headers_drift():
    # cells parted by full-width spaces: the header over the card ends the line, but by
    # display columns the card stands under 信用代码; no header starts where it starts
    text = (
        "序号　姓名　　　统一社会信用代码　　　　　　金额　个人账户\n"
        "1　　王满仓　　　92350526MA2Y8K1X3Q　　10000　　6228480402564890018\n"
    )
    assert found(text, ["bank_card"]) == [at(text, "bank_card", "6228480402564890018")]


def test_one_blank_before_a_card_is_no_aligned_column():
    # one full-width space between words: not a column under an aligned header above
    text = (
        " 承包方代表  承包方编码          面积（亩）\n"
        " 某某        34152202101103      2.02\n"
        "\n"
        "1　王满仓　6228480402564890018\n"
    )
    assert found(text, ["bank_card"]) == [at(text, "bank_card", "6228480402564890018")]
