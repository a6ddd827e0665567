"""An address's start after the words before it: "本县" before the county's own name, a
dwelling's noun before its place ("共有房屋…", "其住房…") (refine)."""

from .spans import at, found

OWN = "3. 甘霖，男，在本县河西县石门镇东风村八组12号与外省重复登记户口，现注销本县户口。\n"
OWN_CITY = "申请人岳川户口登记在本市临川市城关镇新华街207号。\n"
CSV = '"金秋","个人","共有房屋河西镇滨河路12号丽景苑3幢1单元602室隔断出租","罚款"\n'
PROSE = "经查，当事人谷丰将其住房河西县石门乡东风路41号2栋301室改作仓库。\n"
# 本县 before a town (not the county named again) is left as it was found
NEAR = "甘霖户口迁往本县城关镇新华街207号。\n"


def test_own_county_dropped():
    assert found(OWN, ["address"]) == [at(OWN, "address", "河西县石门镇东风村八组12号")]


def test_own_city_dropped():
    assert found(OWN_CITY, ["address"]) == [at(OWN_CITY, "address", "临川市城关镇新华街207号")]


def test_dwelling_noun_before_the_place():
    assert found(CSV, ["address"]) == [at(CSV, "address", "河西镇滨河路12号丽景苑3幢1单元602室")]
    assert found(PROSE, ["address"]) == [at(PROSE, "address", "河西县石门乡东风路41号2栋301室")]


def test_own_county_before_a_town_unchanged():
    assert found(NEAR, ["address"]) == [at(NEAR, "address", "本县城关镇新华街207号")]
