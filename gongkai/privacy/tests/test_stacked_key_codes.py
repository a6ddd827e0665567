"""A one-cell-a-line register whose records are keyed by a code that counts them
("受理号" over "QX-2023-017", "QX-2023-018" …): the code's count numbers the records as a
序号 would, so a record whose empty cell was dropped (no line for an empty 备注) and a
record whose name cell holds a count ("X、Y等5人") do not end the table; the records after
them are read, their names and home phones found (issue 16)."""

from .spans import at, found

DROPPED = (
    "受理号\n申请人\n性别\n联系电话\n家庭住址\n备注\n"
    "QX-2023-017\n滕玉珍\n女\n13507214468\n桃源县漳江镇白马村4组21号\n代为签字\n"
    "QX-2023-018\n蒲福来\n男\n0736-6612043\n桃源县漳江镇渔溪巷9号\n"
    "QX-2023-019\n龚春梅\n女\n6631278\n桃源县陬市镇河洑村7组3号\n已回访\n"
    "QX-2023-020\n缪德旺\n男\n（0736）6620517\n桃源县陬市镇新兴街56号\n—\n"
)

COUNTED = (
    "来访编号\n来访人\n联系电话\n反映事项\n接待人\n"
    "LF2024-031\n钮立新\n15172036641\n工资拖欠\n刘文\n"
    "LF2024-032\n阮桂香、司马平等5人\n13698860232\n集体反映工资拖欠\n刘文\n"
    "LF2024-033\n巫德胜\n5579318\n补缴社保\n刘文\n"
    "LF2024-034\n敖小燕\n(0739)5562207\n补缴社保\n刘文\n"
)


def test_a_record_without_its_empty_cell_does_not_end_the_table():
    got = found(DROPPED, ["name", "landline"])
    for kind, piece in (
        ("name", "滕玉珍"),
        ("name", "蒲福来"),
        ("name", "龚春梅"),
        ("name", "缪德旺"),
        ("landline", "0736-6612043"),
        ("landline", "6631278"),
        ("landline", "（0736）6620517"),
    ):
        assert at(DROPPED, kind, piece) in got, piece


def test_a_count_of_persons_in_a_name_cell_does_not_end_the_table():
    got = found(COUNTED, ["name", "landline"])
    for kind, piece in (
        ("name", "钮立新"),
        ("name", "阮桂香"),
        ("name", "巫德胜"),
        ("name", "敖小燕"),
        ("landline", "5579318"),
        ("landline", "(0739)5562207"),
    ):
        assert at(COUNTED, kind, piece) in got, piece


def test_key_codes_and_the_clerk_are_left_alone():
    for text in (DROPPED, COUNTED):
        values = {text[s:e] for _k, s, e in found(text)}
        assert not values & {"QX-2023-017", "QX-2023-018", "LF2024-031", "LF2024-033", "刘文"}
        assert not any(v.startswith(("受理号", "来访编号")) for v in values)
