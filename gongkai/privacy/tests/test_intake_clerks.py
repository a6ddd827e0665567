"""Issue 16 (privfix25a): a register of applications names the clerk who took each
application in under 收件人, beside the row's applicant: the clerk acts in office, the
applicant keeps their name, in a comma table and a tab table alike.
Near misses kept as names: the addressees of a mailing register (收件人 beside 收件地址 or
寄送方式), a 收件人 column with no applicant's column, "收件人：X" in prose.
"""

from __future__ import annotations

from .spans import found, names

_REGISTER = (
    "收件编号,收件日期,乡镇,申请人,身份证号,申请事项,收件人\n"
    "SJ-2023-0311,2023-03-02,河口镇,柏德顺,,分户新建宅基地,蒯晓丽\n"
    "SJ-2023-0312,2023-03-02,河口镇,尉迟秀兰,,原址翻建,蒯晓丽\n"
    "SJ-2023-0313,2023-03-06,双桥乡,欧阳春生,,危房改造,甘志远\n"
)


def test_the_clerk_column_of_a_comma_register():
    assert found(_REGISTER, ("name",)) == names(_REGISTER, "柏德顺", "尉迟秀兰", "欧阳春生")


def test_the_clerk_column_of_a_tab_register():
    text = (
        "序号\t权利人\t坐落\t登记类型\t收件人姓名\t收件时间\n"
        "1\t殷德厚\t某镇某村3组\t首次登记\t仇海燕\t2024-05-06\n"
        "2\t甘小妹\t某镇某村5组\t变更登记\t仇海燕\t2024-05-07\n"
    )
    assert found(text, ("name",)) == names(text, "殷德厚", "甘小妹")


def test_addressees_stay_persons():
    text = (
        "序号,文书编号,收件人,收件地址,寄送方式,单号\n"
        "1,某复〔2024〕3号,蒯晓丽,某县某镇某街8号,EMS,1123456789012\n"
        "2,某复〔2024〕4号,甘志远,某县某镇某街9号,挂号信,1123456789013\n"
    )
    got = found(text, ("name",))
    assert names(text, "蒯晓丽")[0] in got and names(text, "甘志远")[0] in got


def test_a_list_of_addressees_alone_and_prose():
    text = (
        "序号,收件人,份数,日期\n1,蒯晓丽,2,2024-05-06\n2,甘志远,1,2024-05-07\n\n"
        "申请人柏德顺的决定书已邮寄送达，收件人：尉迟秀兰（其妻）。\n"
    )
    got = found(text, ("name",))
    for who in ("蒯晓丽", "甘志远", "尉迟秀兰"):
        assert names(text, who)[0] in got
