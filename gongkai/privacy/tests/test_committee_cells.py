"""Issue 16 (privfix26f): a register's row where the village committee collected for the
household ("村委会代领（X，村委会主任）" in the collector's cell): the cell is no name and the fixed
line in the next cell is the committee's.
Near misses: a guardian collecting, with a landline and a mobile, stays a name and phones; a
committee's collector with a mobile stays a mobile.
"""

from __future__ import annotations

from .spans import at, found


def test_a_committee_collecting_in_one_cell_a_line():
    text = (
        "序号\n姓名\n适配辅具\n领取人\n联系电话\n"
        "1\n蔺桂芝\n助行器\n居委会代领（社区主任）\n0851-5523106\n"
        "2\n訾德胜\n轮椅\n訾春来（儿子）\n0851-5527741\n"
    )
    got = found(text, ("name", "landline"))
    assert ("landline", *at(text, "landline", "0851-5523106")[1:]) not in got
    assert at(text, "landline", "0851-5527741") in got
    assert at(text, "name", "訾春来") in got
    assert not [g for g in got if "委会" in text[g[1] : g[2]]]


def test_a_committee_collecting_in_a_tab_row():
    text = (
        "姓名\t辅具\t领取方式\t联系电话\n"
        "蔺桂芝\t助听器\t村委会代领\t0851-5523106\n"
        "訾德胜\t拐杖\t本人领取\t0851-5527741\n"
    )
    got = found(text, ("landline",))
    assert got == [at(text, "landline", "0851-5527741")]
