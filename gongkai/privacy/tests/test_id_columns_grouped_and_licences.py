"""Mistyped IDs under an ID column: printed in groups, or under 驾驶证号 (issue 16).

A column of identity numbers makes an ID-shaped number in it an ID even when its check
character is wrong; the number may be printed in groups (6 8 4) as a form's boxes are,
and a driving licence's number is its holder's ID number (驾驶证号 column).
"""

from .spans import at, found, rid


def wrong(body):
    good = rid(body)
    return good[:-1] + ("0" if good[-1] != "0" else "1")


def ids(text):
    return found(text, ["id_card"])


def test_grouped_mistyped_id_under_an_id_column():
    bad = wrong("52263219810923639")
    spaced = f"{bad[:6]} {bad[6:14]} {bad[14:]}"
    texts = [
        f" 序号  姓名    身份证号码            联系电话\n 1     杨某某  {spaced}  13638050417\n",
        f"序号\t姓名\t公民身份号码\t备注\n1\t吴某某\t{spaced}\t无\n",
        f"| 序号 | 姓名 | 证件号码 |\n|---|---|---|\n| 1 | 龙某某 | {spaced} |\n",
    ]
    for text in texts:
        assert at(text, "id_card", spaced) in ids(text), text


def test_mistyped_id_under_a_driving_licence_column():
    bad = wrong("45022619510419938")
    texts = [
        f" 序号  姓名    驾驶证号            档案编号      准驾车型\n"
        f" 1     邓某某  {bad}  450256021261  C1E\n",
        f"序号,姓名,驾驶证号,准驾车型\n1,邓某某,{bad},A2\n",
    ]
    for text in texts:
        assert ids(text) == [at(text, "id_card", bad)], text


def test_other_columns_keep_their_numbers():
    bad = wrong("45022619510419938")
    spaced = f"{bad[:6]} {bad[6:14]} {bad[14:]}"
    texts = [
        f"序号\t受理编号\t事项\n1\t{bad}\t换证\n",
        f"序号\t档案编号\t事项\n1\t{spaced}\t换证\n",
        " 序号  驾驶证号            档案编号\n 1     450294153025    450294153025\n",
    ]
    for text in texts:
        assert ids(text) == [], text
