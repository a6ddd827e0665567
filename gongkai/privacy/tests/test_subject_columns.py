"""Issue 16 (privfix27b): a delimited table's column headed by persons under community
correction or released from prison (社区矫正对象, 安置帮教对象, 刑满释放人员 …, six characters
and more, which ``tables`` reads as no person's header) gives each name-shaped cell as a
name, also in a row opened by a 司法所's cell and with a rare surname.
Near misses: a count's column (矫正对象人数), a cell that is no name (合计, 无, a sentence), the
staff column beside the persons' (its own pass), a header in prose.
"""

from __future__ import annotations

from .spans import at, found, names


def test_a_pipe_table_opened_by_the_supervising_office():
    text = (
        "| 编号 | 所属司法所 | 社区矫正对象 | 公民身份号码 | 违规情形 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 东城司法所 | 仉建业 | 370783198402192738 | 未按时报到 |\n"
        "| 2 | 西关司法所 | 郇春梅、郇春兰 | 370783199107127102 | 擅自外出 |\n"
        "| 3 | 南河司法所 | 端木子涵（未成年） | 370783199503102468 | 夜不归宿 |\n"
    )
    got = found(text, ("name",))
    for span in names(text, "仉建业", "郇春梅", "郇春兰", "端木子涵"):
        assert span in got
    assert not [g for g in got if text[g[1] : g[2]].endswith("司法所")]


def test_a_tab_table_of_released_persons():
    text = (
        "接收司法所\t刑满释放人员\t出生日期\t释放日期\n"
        "城关司法所\t逄玉山\t1976-05-02\t2023-04-11\n"
        "河口司法所\t綦德海\t1981-11-20\t2023-06-30\n"
        "合计\t2人\t\t\n"
    )
    got = found(text, ("name",))
    assert names(text, "逄玉山", "綦德海") == [g for g in got if g[1] < text.index("合计")]
    assert not [g for g in got if g[1] >= text.index("合计")]


def test_a_csv_of_persons_helped_after_release():
    text = (
        "乡镇司法所,安置帮教对象,身份证号,衔接情况\n"
        "石桥司法所,扈长青,37078319790917699X,已衔接\n"
        "石桥司法所,无,—,—\n"
        "白沙司法所,衣红霞,370783197002287120,已落实就业\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "扈长青") in got and at(text, "name", "衣红霞") in got
    assert not [g for g in got if text[g[1] : g[2]] == "无"]


def test_near_misses_a_count_and_prose():
    text = (
        "| 司法所 | 社区矫正对象人数 | 解除人数 |\n|---|---|---|\n| 城关司法所 | 12 | 3 |\n"
        "本季度社区矫正对象均按时报到，刑满释放人员衔接率100%。\n"
    )
    assert found(text, ("name",)) == []


def test_the_rows_landline_and_the_persons_later_mention():
    text = (
        "| 序号 | 司法所 | 社区矫正对象 | 身份证号码 | 联系电话 | 司法所电话 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 东城司法所 | 仉建业 | 370783198402192738 | 0536-5123456 | 0536-5220001 |\n"
        "| 2 | 西关司法所 | 郇春梅 | 370783199107127102 | 13792602458 | 0536-5220002 |\n"
        "\n备注：对仉建业的警告已送达本人。\n"
    )
    got = found(text, ("name", "landline"))
    assert at(text, "landline", "0536-5123456") in got
    assert at(text, "landline", "0536-5220001") not in got
    assert at(text, "landline", "0536-5220002") not in got
    note = text.index("备注")
    assert at(text, "name", "仉建业", note) in got


def test_a_members_row_keeps_the_line_to_the_member():
    text = (
        '"帮教对象","小组成员","身份","单位","固定电话"\n'
        '"逄玉山","王淑兰","司法所所长","城关司法所","0452-6251148"\n'
        '"逄玉山","逄桂珍","家属（母亲）","","0452-6253918"\n'
    )
    got = found(text, ("landline",))
    assert at(text, "landline", "0452-6251148") not in got
