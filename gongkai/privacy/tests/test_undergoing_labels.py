"""A label whose office word follows 受/被 names the person the office serves or examines,
and 签收 is a word of signing (``suffixlabels``)."""

from __future__ import annotations

import pytest

from gongkai.privacy import scan_text


def _names(text: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "送达人：（签名）　　受送达人签收：隗晓\n",
        "检查人：（盖章）\n被检查人签字：隗晓\n",
        "被调查人签名\t隗晓\n",
    ],
)
def test_person_undergoing_the_office_work(text):
    assert "隗晓" in _names(text)


@pytest.mark.parametrize("label", ["送达人签收", "检查人签字", "调查人签名"])
def test_office_worker_labels_stay_unread(label):
    assert _names(f"{label}：隗晓\n") == []
