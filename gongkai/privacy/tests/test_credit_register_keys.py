"""A credit register's export (红黑名单, 行政许可/处罚 公示) keyed in pinyin initials:
the party (ztmc, xdrmc) is a person or a firm in one field, its seat or home (zs)."""

import pytest

from .spans import at, found

ROWS = [
    ("葛春来", "身份证", "兴宁县龙田镇新圩街12号"),
    ("兴宁县宏达建材有限公司", "统一社会信用代码", "兴宁县龙田镇工业路8号"),
    ("卢晓敏", "港澳居民来往内地通行证", "兴宁县宁新街道和平路33号2栋501室"),
]


@pytest.mark.parametrize("party", ["ztmc", "xdrmc", "XZXDRMC"])
@pytest.mark.parametrize("home", ["zs", "ZS", "zsd"])
def test_json_lines_of_a_credit_register(party, home):
    text = "\n".join(
        f'{{"xh": {i}, "{party}": "{n}", "zjlx": "{t}", "{home}": "{a}", "bz": ""}}'
        for i, (n, t, a) in enumerate(ROWS, 1)
    )
    got = found(text, {"name", "address"})
    assert at(text, "name", "葛春来") in got
    assert at(text, "name", "卢晓敏") in got
    assert at(text, "address", "兴宁县龙田镇新圩街12号") in got
    assert at(text, "address", "兴宁县宁新街道和平路33号2栋501室") in got
    # the firm is no person, its seat no home
    assert not [f for f in got if "公司" in text[f[1] : f[2]] or "工业路" in text[f[1] : f[2]]]


def test_xml_records_of_a_credit_register():
    text = (
        "<list>"
        + "".join(f"<row><XDRMC>{n}</XDRMC><ZJLX>{t}</ZJLX><ZS>{a}</ZS></row>" for n, t, a in ROWS)
        + "</list>"
    )
    got = found(text, {"name", "address"})
    assert at(text, "name", "葛春来") in got
    assert at(text, "address", "兴宁县龙田镇新圩街12号") in got
    assert at(text, "address", "兴宁县龙田镇工业路8号") not in got
