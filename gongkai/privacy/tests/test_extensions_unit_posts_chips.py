"""Issue 16, set L (docs231–233, privfix17c): a landline with a dashed extension is a
switchboard's; a landline in a row whose cell names a unit and its member's post (no home in
the row) is the office's; a 15-digit chip number under a chip's label or key is no old ID."""

from __future__ import annotations

from .spans import found


def _values(text, kind):
    return [text[s:e] for k, s, e in found(text, [kind])]


def test_a_dashed_extension_makes_the_line_a_switchboards():
    for text in (
        "县民政局社会救助股\n  咨询电话：0931-4521675　分机：0931-4521600-8306\n",
        "联系人：王科长，电话：0755-82345600-211。",
    ):
        assert _values(text, "landline") == [], text
    # a home line with no extension stays
    text = "申请人：冯国强，住址：某镇某村3组12号，家庭电话：0931-4521688。"
    assert _values(text, "landline") == ["0931-4521688"]


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
