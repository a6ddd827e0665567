"""A column headed by a domicile word without 址 (户籍地, 现住地, 暂住地) holds homes.

Issue 16: a table of persons whose home column is headed 户籍地 or 现住地 lost every street
address in it (a village house was still found by its own rule), while 户籍地址, 住址 and
居住地 were read. A company's 住所 beside its name stays its seat.
"""

import pytest

from .spans import at, found

_ROWS = (
    "1\t何金宝\t宁都县城关镇建设路21号\t13907971234\n"
    "2\t钟阿珍\t宁都县城关镇文化路3号附2号\t13907971235\n"
)


@pytest.mark.parametrize("header", ["户籍地", "现住地", "暂住地", "住所", "户籍地址"])
@pytest.mark.parametrize("sep", ["\t", "|"])
def test_home_column_words(header, sep):
    text = f"序号\t姓名\t{header}\t联系电话\n{_ROWS}".replace("\t", sep)
    assert found(text, ["address"]) == [
        at(text, "address", "宁都县城关镇建设路21号"),
        at(text, "address", "宁都县城关镇文化路3号附2号"),
    ]


def test_near_miss_a_firms_seat():
    text = (
        "序号\t单位名称\t住所\t联系电话\n"
        "1\t宁都县兴旺建材有限公司\t宁都县城关镇建设路21号\t0797-6821234\n"
    )
    assert found(text, ["address", "name"]) == []
