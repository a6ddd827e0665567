"""A person named right before their home: an election notice's winners with their flats,
alternates with the flat in brackets, families listed with their address."""

from .spans import at, found, names

WINNERS = (
    "　　一、当选委员（按得票多少排序）：\n"
    "　　1. 韦振华，锦绣花园4栋3单元502室业主，得票663票；\n"
    "　　2. 上官明，锦绣花园6栋1单元303室业主，得票589票；\n"
    "　　二、候补委员：黎德福（锦绣花园9栋2单元504室），覃丽（锦绣花园8栋4单元102室）。\n"
)
FAMILIES = (
    "（一）蒙秀英家庭（城关镇石塘村二组10号）：孝老爱亲。\n"
    "（二）司马德兴家（新华路62号桂花苑3栋503室）：邻里互助。\n"
    "3、罗光明户，城南街道和平路18号2栋101室，诚信经营。\n"
)
UNITS = (
    "请向城关镇人民政府（城关镇解放路12号）提出。\n"
    "县住房保障中心，新华路62号3栋503室，受理咨询。\n"
    "联系地址：和平路18号2栋101室，邮编541000。\n"
)


def test_winners_before_their_flats():
    got = found(WINNERS, ["name"])
    for person in names(WINNERS, "韦振华", "上官明", "黎德福", "覃丽"):
        assert person in got


def test_families_before_their_address():
    got = found(FAMILIES, ["name"])
    assert at(FAMILIES, "name", "蒙秀英") in got
    assert at(FAMILIES, "name", "司马德兴") in got
    assert at(FAMILIES, "name", "罗光明") in got
    # the household word stays outside the name's span
    assert at(FAMILIES, "name", "蒙秀英家") not in got


def test_units_and_labels_before_an_address_no_names():
    assert found(UNITS, ["name"]) == []
