"""Issue 16: a table flattened to one cell a line whose records hold a cell out of its
column's shape — "无" or "—" where the members or a person should stand, words where an
ID should stand ("外国护照（号码略）"), a child not yet named ("X之子"). A numbered record
that the next record's number closes keeps its alignment, so the table goes on past it;
an empty cell written as a sign ("无", "/", "—") fits a person column in any table.
Near misses: places, amounts, the words of the odd cells and what follows the table.
"""

from __future__ import annotations

from .spans import found, names, rid


def _onecell(rows, title="名单公示", tail="监督电话：0771-2819027"):
    return "\n".join([title, *(c for row in rows for c in row), tail]) + "\n"


MEMBERS = ["序号", "乡镇", "户主", "家庭人口", "共同生活家庭成员", "家庭住址", "月保障金额（元）"]


def test_a_record_without_members_keeps_the_numbered_table_going():
    rows = [
        MEMBERS,
        ["1", "坡心镇", "韦桂香", "2", "覃金宝", "坡心镇龙湾村12号", "860"],
        ["2", "坡心镇", "卢启明", "1", "无", "坡心镇那马村8号", "430"],
        ["3", "古河乡", "黄美玉", "3", "黄小东、黄小南", "古河乡平桥村21号", "1230"],
        ["4", "古河乡", "蒙德才", "1", "无", "古河乡平桥村5号", "430"],
    ]
    text = _onecell(rows)
    assert found(text, ("name",)) == names(
        text, "韦桂香", "覃金宝", "卢启明", "黄美玉", "黄小东", "黄小南", "蒙德才"
    )


def test_a_slash_or_dash_for_nobody_in_an_unnumbered_table():
    for empty in ("/", "—", "无", "暂无"):
        rows = [
            ["村（社区）", "户主姓名", "配偶姓名", "补助金额"],
            ["石门村", "陆春生", empty, "1200"],
            ["石门村", "梁秀英", "梁国富", "1200"],
            ["河西社区", "唐文杰", "周小红", "800"],
        ]
        text = _onecell(rows, title="2024年危房改造补助对象")
        assert found(text, ("name",)) == names(
            text, "陆春生", "梁秀英", "梁国富", "唐文杰", "周小红"
        ), empty


def test_words_in_an_id_column_and_a_child_named_by_its_parent():
    rows = [
        ["编号", "婴儿姓名", "母亲姓名", "母亲证件号码", "父亲姓名", "父亲证件号码", "原因"],
        [
            "1",
            "杨子涵",
            "许丽君",
            rid("35020519960523380"),
            "杨志远",
            rid("35020519940817573"),
            "遗失",
        ],
        ["2", "吴欣然", "潘雅琴", rid("35020519910101282"), "吴思远", "外国护照（号码略）", "损毁"],
        [
            "3",
            "古丽娜·买买提之女",
            "古丽娜·买买提",
            rid("65210119970306512"),
            "（未填写）",
            "—",
            "补录",
        ],
        [
            "4",
            "钟宇轩",
            "何晓丽",
            rid("35021219900214632"),
            "钟国强",
            rid("35021219880214635"),
            "错误",
        ],
    ]
    text = _onecell(rows, title="出生医学证明作废公告", tail="咨询电话：0592-6051862\n")
    got = found(text, ("name",))
    assert got == names(
        text,
        "杨子涵",
        "许丽君",
        "杨志远",
        "吴欣然",
        "潘雅琴",
        "吴思远",
        "古丽娜·买买提",
        "古丽娜·买买提",
        "钟宇轩",
        "何晓丽",
        "钟国强",
    )
    taken = {text[s:e] for _k, s, e in got}
    assert not taken & {"外国护照", "号码略", "未填写", "损毁", "补录", "古丽娜·买买提之女"}


def test_a_misfit_record_not_closed_by_the_next_number_still_ends_the_table():
    rows = [
        ["序号", "姓名", "性别", "金额（元）"],
        ["1", "邓国平", "男", "500"],
        ["2", "罗秀兰", "女", "500"],
    ]
    text = _onecell(rows, title="慰问金发放名单") + "3\n县民政局\n2024年1月\n联系电话\n"
    assert found(text, ("name",)) == names(text, "邓国平", "罗秀兰")
