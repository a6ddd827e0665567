"""A real-estate unit number's fixture code is no travel permit (``parcelcodes``,
privfix24b); a permit under its own label stays."""

from gongkai.privacy.tests.spans import found

_TEXT = (
    "序号\t权利人\t坐落\t不动产单元号\t面积\n"
    "1\t某某\t某县某镇某村2组\t330523 001 014 JC00077 W00000000\t96.5\n"
    "2\t某某\t某县某镇某村4组\t360721003002GB00012L00010003\t41.0\n"
    "注：申请人持大陆居民往来台湾通行证，证件号码：L30512864。\n"
)


def test_a_unit_numbers_last_part_is_no_permit():
    got = found(_TEXT, ["permit", "passport"])
    for piece in ("W00000000", "L00010003"):
        s = _TEXT.index(piece)
        assert not any(a <= s < b for _k, a, b in got), piece
    s = _TEXT.index("L30512864")
    assert ("permit", s, s + 9) in got
