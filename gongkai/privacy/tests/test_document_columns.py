"""A column that says it holds identity documents (驾驶证号, 证件号码) reads each cell by
its own shape: IDs, Hong Kong / Macao permits, and a Taiwan resident's 8-digit permit
among them (taiwancolumns.documents_column)."""

import pytest

from .spans import at, found

_ROWS = [
    ("1", "浙B12345", "邵建华", "330102198801014513"),
    ("2", "浙B67890", "梁嘉欣", "H12345678"),
    ("3", "浙B24680", "蔡明宏", "07654321"),
    ("4", "浙B13579", "韩雪", "M87654321"),
]


def _table(sep, header):
    head = sep.join(("序号", "号牌号码", "当事人", header, "违法行为"))
    body = [sep.join((*row, "超速行驶")) for row in _ROWS]
    return "交通违法曝光台\n" + "\n".join([head, *body]) + "\n\n执勤民警：王某\n"


@pytest.mark.parametrize("sep", ["\t", "|", ",", ";"])
@pytest.mark.parametrize("header", ["驾驶证号", "驾照号码", "证件号码", "驾驶证号码"])
def test_a_digits_cell_among_permits_is_a_permit(sep, header):
    text = _table(sep, header)
    got = found(text, ["permit", "id_card"])
    assert at(text, "permit", "07654321") in got
    assert at(text, "permit", "H12345678") in got
    assert at(text, "permit", "M87654321") in got
    assert at(text, "id_card", "330102198801014513") in got


def test_without_hong_kong_or_macao_permits_the_digits_are_left_alone():
    text = "\n".join(
        [
            "序号\t当事人\t驾驶证号\t档案编号",
            "1\t邵建华\t330102198801014513\t33010045",
            "2\t蔡明宏\t07654321\t33010046",
        ]
    )
    got = found(text, ["permit"])
    assert got == []


def test_a_vehicle_pass_column_is_no_persons_document():
    text = "\n".join(
        [
            "序号\t车辆\t通行证号\t备注",
            "1\t浙B12345\tH12345678\t货车",
            "2\t浙B67890\t07654321\t施工车",
        ]
    )
    assert ("permit", text.index("07654321"), text.index("07654321") + 8) not in found(text)
