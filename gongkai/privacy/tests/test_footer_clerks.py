"""Issue 16 (privfix27c): the clerk on the lines after a document's issuing line ("…办公室
2025年3月2日印发" then "经办人：X", "校对：Y") acts in office. Near misses: a person named before
the issuing line, a line of another label after it."""

from __future__ import annotations

from .spans import found, names


def test_clerks_after_the_issuing_line():
    text = (
        "关于下达2025年春季学期助学金的通知\n"
        "经审核，同意资助学生韦雪梅等3人。\n"
        "抄送：县财政局。\n"
        "某县教育局办公室　2025年3月2日印发\n"
        "\n经办人：覃海燕\n"
    )
    assert found(text, ("name",)) == names(text, "韦雪梅")


def test_another_label_after_it_stays():
    text = (
        "经办人：何晓东（受助学生的监护人）提交了申请。\n"
        "某县教育局办公室　2025年3月2日印发\n"
        "附：申请人：韦德明，联系电话13978812345\n"
    )
    got = found(text, ("name",))
    assert names(text, "韦德明")[0] in got
    assert names(text, "何晓东")[0] in got
