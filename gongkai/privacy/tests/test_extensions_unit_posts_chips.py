"""Issue 16, set L (docs231–233, privfix17c): a landline after a 分机 label is a
switchboard's; a landline in a row whose cell names a unit and its member's post (no home in
the row) is the office's; a 15-digit chip number under a chip's label or key is no old ID."""

from __future__ import annotations

from .spans import found


def _values(text, kind):
    return [text[s:e] for k, s, e in found(text, [kind])]


def test_a_number_labelled_as_an_extension_is_a_switchboards():
    for text in (
        "县民政局社会救助股\n  咨询电话：0931-4521675　分机：0931-4521600-8306\n",
        "服务窗口 分机号 0755-82345600-211\n",
    ):
        assert _values(text, "landline") == [], text
    # a home line stays, and so does one with a dashed extension and no 分机 label
    text = "申请人：冯国强，住址：某镇某村3组12号，家庭电话：0931-4521688。"
    assert _values(text, "landline") == ["0931-4521688"]
    assert _values("3,冯国强,某街道解放路16号,0798-6817234-806,本人\n", "landline") == [
        "0798-6817234"
    ]


def test_a_unit_and_post_cell_gives_the_row_landline_to_the_office():
    text = (
        "序号\t类别\t姓名\t单位及职务\t联系电话\n"
        "1\t街道\t苏明\t城南街道办事处城建办主任\t0668-2212345\n"
        "2\t警务\t何平\t城南派出所社区民警\t0668-2219110\n"
        "3\t业主\t冯国强\t7幢1102室\t0668-2276543\n"
    )
    assert _values(text, "landline") == ["0668-2276543"]


def test_chip_numbers_are_no_old_ids():
    for text in (
        '{"xm":"冯国强","xpbh":"156100961219344","pz":"柯基"}\n',
        "<Record><Xinpianhao>156100351202695</Xinpianhao></Record>\n",
        "犬只芯片号：156100961219344\n",
    ):
        assert _values(text, "id_card") == [], text
    # an old ID under its own key or label stays
    assert _values('{"xm":"冯国强","sfzh":"130102661219344"}\n', "id_card") == ["130102661219344"]
    assert _values("身份证号：130102661219344\n", "id_card") == ["130102661219344"]


def test_a_child_after_a_word_for_an_infant_and_oneself_is_no_name():
    text = "经核查，婴幼儿丁欣妍重复领取补贴；患儿肖铭泽已出院；婴幼儿范睿实际出生日期有误。"
    assert _values(text, "name") == ["丁欣妍", "肖铭泽", "范睿"]
    assert _values("本县婴幼儿照护服务机构3家，幼儿园12所。", "name") == []
    table = "序号\t申领人\t金额\t代领人\n1\t程俊杰\t3000\t程振华\n2\t叶丽\t3600\t本人领取\n"
    assert _values(table, "name") == ["程俊杰", "程振华", "叶丽"]


def test_a_persons_label_before_a_surname_that_is_also_a_kinship_word():
    # 母 is a surname after a label of one person: the name is whole (and a 受理人 acts in
    # office); after a family's label it stays a relation
    assert _values("受理人：母国栋\n办理结果：已核发\n", "name") == []
    assert _values("申请人：母建华\n联系电话：13812345678\n", "name") == ["母建华"]
    assert _values("家庭成员：妻李秀英，子王小明\n", "name") == ["李秀英", "王小明"]
