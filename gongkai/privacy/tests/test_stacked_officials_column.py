"""A one-cell-a-line table whose records are parted by blank lines and whose 责任人 column
holds officials with their posts ("镇干部 X") (issue 16, docs65): such a cell belongs in
its name column, so the reading that skips the blank lines keeps its alignment; the
households' names and home phones are found, the officials left alone."""

from .spans import at, found

HEAD = "户主姓名\n居住地址\n固定电话\n人口\n转移责任人\n责任人单位电话\n\n"


def _rows(*rows):
    return HEAD + "\n".join("\n".join(r) + "\n" for r in rows)


TEXT = _rows(
    ("龙桂英", "河口镇石门村3组12号", "5512306", "4", "镇干部 郑国华", "0745-5510001"),
    ("覃友德", "河口镇石门村5组7号", "0745-5523417", "2", "村支书　田少军", "同上"),
    ("舒春梅", "河口镇大坪村1组33号", "5530928", "5", "镇干部 郑国华", "同上"),
)


def test_households_are_found_in_every_record():
    got = found(TEXT, ["name", "landline"])
    for kind, piece in (
        ("name", "龙桂英"),
        ("name", "覃友德"),
        ("name", "舒春梅"),
        ("landline", "5512306"),
        ("landline", "0745-5523417"),
        ("landline", "5530928"),
    ):
        assert at(TEXT, kind, piece) in got


def test_officials_their_office_phone_and_the_header_are_left_alone():
    got = found(TEXT, ["name", "landline"])
    values = {TEXT[s:e] for _k, s, e in got}
    assert not values & {"郑国华", "田少军", "包保责任人", "责任人", "0745-5510001"}
