"""An enumeration of persons each with a note in brackets, closed by their count
("授予甲（县医院医师）、乙（某村村民）…N名同志…称号"; issue 16, the sixteenth held-out
batch's class, with fixtures of its own)."""

from .spans import found

PEOPLE = ["柴德胜", "仲美华", "次仁旺堆", "喻小兵", "甄秀芝"]
NOTES = [
    "县第二人民医院外科医生",
    "桥头镇新联村村民、养殖大户",
    "县气象局职工",
    "红旗乡卫生院护士",
    "退休教师",
]


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def _list(n, sep="、"):
    return sep.join(f"{p}（{note}）" for p, note in zip(PEOPLE[:n], NOTES[:n], strict=True))


def test_noted_persons_closed_by_their_count_are_all_names():
    for count, words in (("5名同志", "“最美志愿者”称号"), ("五位", "荣誉证书")):
        text = f"　　经研究，决定授予{_list(5)}{count}{words}。\n"
        got = _names(text)
        assert got == PEOPLE, (count, got)


def test_a_count_that_is_not_the_pieces_gives_nothing_new():
    counted = f"　　授予{_list(4)}等6名同志“优秀网格员”称号。\n"
    uncounted = f"　　授予{_list(4)}同志“优秀网格员”称号。\n"
    assert _names(counted) == _names(uncounted)  # four pieces, six counted: the count adds none


def test_units_with_notes_closed_by_a_count_of_units_are_no_names():
    text = (
        "　　授予城关镇东街社区党支部（城关镇）、桥头镇新联村党支部（桥头镇）"
        "等2个基层党组织“先进基层党组织”称号。\n"
    )
    assert _names(text) == []


def test_officials_with_notes_under_an_officials_heading_are_left_alone():
    text = (
        "　　领导小组成员："
        + "、".join(f"{p}（县政府办副主任）" for p in PEOPLE[:3])
        + "3名同志。\n"
    )
    assert _names(text) == []
