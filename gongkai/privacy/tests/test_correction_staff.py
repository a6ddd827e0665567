"""Issue 16 (privfix27b): the columns of the cadres a justice bureau charges with a person
under correction or released (帮教责任人（司法所）, 帮教责任人（村居）, 矫正责任人, 专管人员) act
in office: their names are dropped in a table one cell a line (a post noted after the name
too) and in a tab table, while the persons helped and their relatives keep theirs.
Near misses: a relative helping (亲属帮教人), a guardian (监护人), a 帮教志愿者's column.
"""

from __future__ import annotations

from .spans import at, found


def test_staff_columns_one_cell_a_line():
    text = (
        "序号\n帮教对象\n身份证号码\n帮教责任人（司法所）\n帮教责任人（社区）\n亲属帮教人\n联系电话\n"
        "1\n符国栋\n460003198305160036\n林晓薇\n陈德明（社区主任）\n符秋菊（姐）\n13976025413\n"
        "2\n邢美玉\n460003197409108621\n林晓薇\n王海生（网格员）\n邢志坚（父）\n13807508861\n"
        "3\n云海波\n460003198801181097\n吴振华\n李少云（村支书）\n云阿花（母）\n13907508124\n"
    )
    got = found(text, ("name",))
    for piece in ("符秋菊", "邢美玉", "邢志坚", "云海波", "云阿花"):
        assert at(text, "name", piece) in got
    for piece in ("林晓薇", "陈德明", "王海生", "吴振华", "李少云"):
        assert not [g for g in got if text[g[1] : g[2]] == piece]


def test_staff_columns_in_a_tab_table():
    text = (
        "序号\t社区矫正对象\t身份证号\t矫正责任人\t监护人\t专管人员\n"
        "1\t卢志鹏\t430124199204278768\t贺建军\t卢国庆\t谭丽\n"
        "2\t易小兰\t430124198801181097\t贺建军\t易春生\t谭丽\n"
    )
    got = found(text, ("name",))
    for piece in ("卢志鹏", "卢国庆", "易小兰", "易春生"):
        assert at(text, "name", piece) in got
    assert not [g for g in got if text[g[1] : g[2]] in ("贺建军", "谭丽")]


def test_a_volunteer_column_keeps_its_names():
    text = (
        "序号\t帮教对象\t身份证号\t帮教志愿者\n"
        "1\t卢志鹏\t430124199204278768\t钟雪梅\n"
        "2\t易小兰\t430124198801181097\t邹明辉\n"
    )
    got = found(text, ("name",))
    assert at(text, "name", "钟雪梅") in got and at(text, "name", "邹明辉") in got
