"""A CSV row whose cell of words holds a full-width comma is still a row (issue 16).

An export's 办理结果 or 备注 cell is a clause ("查实违规，罚款2万元"); a row of four
ASCII commas or more is read as cells though "，" stands in it, so the mailbox in the
row of a person (a 投诉人 column) is theirs. Prose with a thousands' comma is no row,
and a list of units keeps its units' mailboxes.
"""

from .spans import at, found

HEADER = "编号,投诉人,联系方式,住址,办理结果,回复方式\n"


def test_mailbox_in_a_persons_row_with_a_clause_cell():
    rows = [
        "HJ01,司马青,smq1979@126.com,分宜镇钤阳东路23号,已移交公安局，待反馈,邮件回复\n",
        "HJ02,言采薇,yancw_88@163.com,胜利北路200号8栋502室,不属本局职责，已告知,无\n",
    ]
    for row in rows:
        text = "噪声投诉办理情况（2026年10月）\n" + HEADER + row
        box = row.split(",")[2]
        assert at(text, "email", box) in found(text, ["email"]), text


def test_units_and_prose_keep_their_mailboxes():
    texts = [
        "序号,单位名称,联系人,邮箱,备注\n1,县图书馆,办公室,xtsg@163.com,周一闭馆，节假日照常\n",
        "本年度拨付资金1,200,000元，其中2,300元用于宣传，咨询邮箱zxbgs@126.com。\n",
    ]
    for text in texts:
        assert found(text, ["email"]) == [], text
