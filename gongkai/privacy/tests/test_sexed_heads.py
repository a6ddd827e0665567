"""A name opening a paragraph of a person's particulars (``sexedheads``, privfix26b): read
whole; a role before a name and a word keep their own reading."""

from gongkai.privacy.tests.spans import at, found, rid


def test_notice_served_by_publication_names_read_whole():
    text = (
        "现依法向下列当事人公告送达：\n"
        f"阿拉坦仓，女，蒙古族，身份证号码{rid('15262219800314552')}，现住某市某区某路9号。\n"
        f"冼德昌，男，汉族，身份证号码{rid('44088219710522331')}，户籍地某县某镇某村。\n"
        f"图门高娃，女，蒙古族，身份证号码{rid('15262219730909662')}，下落不明。\n"
    )
    got = found(text, ["name"])
    for n in ("阿拉坦仓", "冼德昌", "图门高娃"):
        assert at(text, "name", n) in got, n
    assert at(text, "name", "高娃") not in got


def test_a_role_before_the_name_is_no_part_of_it():
    text = (
        f"被申请人廖振华，男，汉族，身份证号码{rid('36072419700815332')}，住某县某镇。\n"
        f"被告人晏天佑，男，汉族，身份证号码{rid('36072419881103441')}，住某县某镇。\n"
        "本人，男，汉族，现无固定住所。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "廖振华") in got
    assert at(text, "name", "被申请人廖振华") not in got
    assert at(text, "name", "被告人晏天佑") not in got
    assert at(text, "name", "本人") not in got
