"""privfix23a: a unit's cell right after a number (the station, clinic or office serving a
household) makes a landline the unit's only where the column is not one of persons' own
numbers: in a table whose phone column holds the persons' mobiles in other rows, the
landline is the person's too (``unitphones.unit_phone`` asks ``phonecolumns``)."""

from __future__ import annotations

from .spans import at, found

_HEADER = "序号\t户名\t身份证号\t住址\t联系电话\t服务网点\n"
_ROWS = (
    "1\t柯文斌\t421182198503120510\t梅川县城关镇东门街12号\t13872046615\t城关供电营业厅\n"
    "2\t周玉芬\t421182197707042329\t梅川县横车镇桥头村3组8号\t0713-6231457\t横车供电所\n"
    "3\t汪海涛\t421182199111281029\t梅川县横车镇桥头村5组21号\t15997320184\t横车供电所\n"
    "4\t石德胜\t421182196802153436\t梅川县城关镇北门路30号\t18727761093\t城关供电营业厅\n"
)


def _landlines(text):
    return [text[s:e] for k, s, e in found(text, ["landline"])]


def test_a_households_landline_before_its_serving_station_is_theirs():
    text = "欠费停电预告清单\n" + _HEADER + _ROWS
    assert at(text, "landline", "0713-6231457") in found(text, ["landline"])


def test_aligned_rows_read_the_same():
    text = (
        "欠费停电预告清单\n"
        "序号  户名      身份证号              联系电话        服务网点\n"
        "1     柯文斌    421182198503120510    13872046615     城关供电营业厅\n"
        "2     周玉芬    421182197707042329    0713-6231457    横车供电所\n"
        "3     汪海涛    421182199111281029    15997320184     横车供电所\n"
        "4     石德胜    421182196802153436    18727761093     城关供电营业厅\n"
    )
    assert at(text, "landline", "0713-6231457") in found(text, ["landline"])


def test_a_column_of_landlines_before_units_stays_the_units():
    text = "欠费停电预告清单\n" + _HEADER + _ROWS
    for mobile, line in (
        ("13872046615", "0713-6230001"),
        ("15997320184", "0713-6230002"),
        ("18727761093", "0713-6230003"),
    ):
        text = text.replace(mobile, line)
    assert "0713-6231457" not in _landlines(text)
