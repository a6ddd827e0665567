"""A register's address cell written in two parts joined by a comma is one address
(``addressjoins``, privfix24c); a comma in prose and a cell of two places stay apart."""

from gongkai.privacy.tests.spans import found

_CSV = (
    '"编号","车主","住所","备注"\n'
    '1,"甘立新","安岳县岳阳镇兴隆街77号，阳光水岸3幢2单元604室","无"\n'
    '2,"卓春梅","简阳市射洪坝街道迎宾大道19号，东城美居5号楼1单元302室","无"\n'
    '3,"戚永福","遂宁市船山区南津路二段9号，锦华苑11栋903室","无"\n'
    '4,"程海燕","安岳县龙台镇，双河村4组","无"\n'
)

_TAB = "序号\t户主\t家庭住址\n1\t韦小青\t荣县旭阳镇西街5号，桂香苑2栋101室\n"

_PROSE = "当事人韦小青住荣县旭阳镇西街5号，其妻现住桂香苑2栋101室，现予公告。\n"


def _spans(text):
    return [(a, b) for k, a, b in found(text, ["address"]) if k == "address"]


def test_two_part_cells_are_one_address():
    got = _spans(_CSV)
    for value in (
        "安岳县岳阳镇兴隆街77号，阳光水岸3幢2单元604室",
        "简阳市射洪坝街道迎宾大道19号，东城美居5号楼1单元302室",
        "遂宁市船山区南津路二段9号，锦华苑11栋903室",
    ):
        s = _CSV.index(value)
        assert (s, s + len(value)) in got, value
    value = "荣县旭阳镇西街5号，桂香苑2栋101室"
    s = _TAB.index(value)
    assert (s, s + len(value)) in _spans(_TAB)


def test_a_cell_of_places_stays_unmarked():
    s = _CSV.index("安岳县龙台镇，双河村4组")
    assert not any(a <= s + 3 < b for a, b in _spans(_CSV))


def test_a_comma_in_prose_is_left_alone():
    got = _spans(_PROSE)
    s = _PROSE.index("荣县旭阳镇西街5号")
    assert not any(a <= s < b and b > _PROSE.index("，") for a, b in got)
