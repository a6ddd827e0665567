"""A person's home under a bare address key of an XML export's record
(``personkeyseats``, privfix26a): marked in a person's record; a unit's seat, a place with
no house number and a record with no ID stay unread."""

from gongkai.privacy.tests.spans import at, found, rid

_A, _B = rid("36042519781103521"), rid("36042519850716302")


def _rec(*fields):
    return "  <cbjl>\n" + "".join(f"    <{k}>{v}</{k}>\n" for k, v in fields) + "  </cbjl>\n"


def test_an_owners_home_in_a_persons_record():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<dc dcdw="某县地方海事处">\n'
        + _rec(("cm", "赣九江货3317"), ("syr", "熊长根"), ("sfzh", _A), ("lxdh", "13979213368"),
               ("dz", "江西省九江市湖口县双钟镇石钟路18号"))
        + _rec(("cm", "赣九江渡0592"), ("syr", "况冬梅"), ("sfzh", _B),
               ("dz", "江西省九江市湖口县流泗镇新街7号"))
        + "</dc>\n"
    )  # fmt: skip
    got = found(text, ["address"])
    assert at(text, "address", "江西省九江市湖口县双钟镇石钟路18号") in got
    assert at(text, "address", "江西省九江市湖口县流泗镇新街7号") in got


def test_near_misses_a_units_seat_a_village_group_and_no_id():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<dc dcdw="某县地方海事处">\n'
        + _rec(("cm", "赣九江货6120"), ("syr", "湖口县江通船务有限公司"),
               ("tyshxydm", "91360429MA35K8L21X"), ("fddbr", "简国平"),
               ("dz", "江西省九江市湖口县双钟镇滨江路6号"))
        + _rec(("cm", "赣九江自0211"), ("syr", "熊长根"), ("sfzh", _A),
               ("dz", "湖口县舜德乡南湾村5组"))
        + _rec(("cm", "赣九江自0377"), ("syr", "伍春华"), ("dz", "江西省九江市湖口县均桥镇南街3号"))
        + "</dc>\n"
    )  # fmt: skip
    got = found(text, ["address"])
    assert at(text, "address", "江西省九江市湖口县双钟镇滨江路6号") not in got
    assert not [g for g in got if text[g[1] : g[2]].startswith("湖口县舜德乡")]
    assert at(text, "address", "江西省九江市湖口县均桥镇南街3号") not in got


def test_near_miss_an_inline_record_of_a_unit_below_a_persons():
    text = (
        "<ajList>\n  <aj>\n    <dsrList>\n"
        f"      <dsr><xm>熊长根</xm><sfzh>{_A}</sfzh><zz>江西省九江市湖口县双钟镇石钟路18号</zz></dsr>\n"
        "      <dsr><xm>湖口县人民医院</xm><lxdh>0792-6322120</lxdh><zz>湖口县双钟镇建设路21号</zz></dsr>\n"
        "    </dsrList>\n  </aj>\n</ajList>\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "湖口县双钟镇建设路21号") not in got
