"""An ID-shaped example in brackets after another number's label is that number
(``numberlabels._OTHER_NUMBER``)."""

from __future__ import annotations

import pytest

from gongkai.privacy import scan_text


def _ids(text: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == "id_card"]


@pytest.mark.parametrize(
    "text",
    [
        "车辆登记号（如110115201104120338）仅用于核对。",
        "档案编号(例如: 110115201104120338)由系统自动生成。",
        "| 备注 | 合同编号（如：320102199001011234）不对外公开 |",
    ],
)
def test_example_of_another_number_is_no_id(text):
    assert _ids(text) == []


def test_example_of_an_id_stays_an_id():
    text = "申请人身份证号码（如110115201104120338）须与户口簿一致。"
    assert _ids(text) == ["110115201104120338"]
