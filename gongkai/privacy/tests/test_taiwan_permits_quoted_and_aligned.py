"""Taiwan permits (8 digits) in an identity-document column that also holds Hong Kong or
Macao permits, when the table is a fully quoted CSV or a text aligned by spaces (issue 16):
the column's cell of digits only is the Taiwan resident's, as in a tab export.
"""

from __future__ import annotations

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_quoted_csv():
    text = (
        '"序号","户主","证件号码","受理编号","联系电话"\n'
        '"1","某某","H60218734","20260311","13800000000"\n'
        '"2","某甲","07731529","20260312","13800000001"\n'
    )
    assert permits(text) == [at(text, "permit", "H60218734"), at(text, "permit", "07731529")]


def test_aligned_text_over_a_page_break():
    text = (
        "  编号   学员       证件号码            培训项目            受理号\n"
        "  1      某某       M30482716           N1 叉车司机         10482736\n"
        "  2      某乙       05128873            G1 工业锅炉司炉     10482737\n"
        "\n"
        "第 2 页\n"
        "  编号   学员       证件号码            培训项目            受理号\n"
        "  3      某丙       09312846            Q2 起重机司机       10482738\n"
        "  4      某丁       H70192835           T 电梯修理          10482739\n"
    )
    assert permits(text) == [
        at(text, "permit", piece) for piece in ("M30482716", "05128873", "09312846", "H70192835")
    ]


def test_near_misses():
    # no Hong Kong or Macao permit in the column, and numbers of eight digits elsewhere
    text = (
        "  编号   学员       证件号码            受理号\n"
        "  1      某某       20260311            10482736\n"
        "  2      某乙       05128873            10482737\n"
    )
    assert permits(text) == []
    quoted = (
        '"序号","户主","证件号码","受理编号"\n'
        '"1","某某","H60218734","20260311"\n'
        '"2","某甲","某乙","20260312"\n'
    )
    assert permits(quoted) == [at(quoted, "permit", "H60218734")]
