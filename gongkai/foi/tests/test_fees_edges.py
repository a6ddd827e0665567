"""The fee bands and the basis text the fee notice prints (RULES §5, the Fee Measures).

Pure: no database. Each test pins an edge that mutation testing (``make mutation``) found
unpinned: the band text after 「计费依据：」, refusal of ordinal 0 and of negative page
counts, and the band table itself.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from gongkai.foi import letters
from gongkai.foi.fees import (
    VOLUME_BANDS,
    per_application_fee,
    per_application_rate,
    per_volume_fee,
)


def test_ordinal_zero_and_below_are_refused():
    """RULES §5: applications are counted from the first of the month; there is no 0th."""
    with pytest.raises(ValueError):
        per_application_rate(0)
    with pytest.raises(ValueError):
        per_application_rate(-3)
    with pytest.raises(ValueError):
        per_application_fee(0)
    assert per_application_rate(1) == 0


def test_negative_page_counts_are_refused():
    """RULES §5: a volume is a number of pages, never negative; 0 pages cost nothing."""
    with pytest.raises(ValueError):
        per_volume_fee(-1)
    quote = per_volume_fee(0)
    assert quote.amount == Decimal(0) and "30页以内不收费" in quote.basis


@pytest.mark.parametrize(
    ("ordinal", "band", "yuan"),
    [
        (1, "1—10件", 0),
        (10, "1—10件", 0),
        (11, "11—30件", 100),
        (30, "11—30件", 100),
        (31, "31—40件", 200),
        (40, "31—40件", 200),
        (41, "41—50件", 300),
        (59, "51—60件", 400),
        (60, "51—60件", 400),
        (61, "61—70件", 500),
    ],
)
def test_per_application_basis_names_the_band(ordinal, band, yuan):
    """RULES §5: 1–10 free; 11–30 at 100; from the 31st, each band of 10 costs 100 more
    (31–40: 200, 41–50: 300 …). The notice names the ordinal, the band and the rate."""
    quote = per_application_fee(ordinal)
    assert quote.amount == Decimal(yuan)
    assert quote.basis == (
        f"按件计收（RULES §5）：本申请为该申请人本自然月第 {ordinal} 件，"
        f"属{band}档，每件 {yuan} 元；应缴 {yuan} 元"
    )


@pytest.mark.parametrize(
    ("pages", "detail", "yuan"),
    [
        (30, "30页以内不收费", 0),
        (31, "第31—100页 1 页 × 10 元 = 10 元", 10),
        (100, "第31—100页 70 页 × 10 元 = 700 元", 700),
        (
            101,
            "第31—100页 70 页 × 10 元 = 700 元；第101—200页 1 页 × 20 元 = 20 元",
            720,
        ),
        (
            250,
            "第31—100页 70 页 × 10 元 = 700 元；第101—200页 100 页 × 20 元 = 2000 元；"
            "第201—页 50 页 × 40 元 = 2000 元",
            4700,
        ),
    ],
)
def test_per_volume_basis_itemises_each_range(pages, detail, yuan):
    """RULES §5: pages 31–100 at 10 yuan, 101–200 at 20, 201 and up at 40, each rate on
    the pages in its range only; the notice lists each range."""
    quote = per_volume_fee(pages)
    assert quote.amount == Decimal(yuan)
    assert quote.basis == f"按量计收（RULES §5）：共 {pages} 页；{detail}；合计 {yuan} 元"


def test_volume_band_table():
    """RULES §5: the bands as the rule states them (first page, last page, yuan per page)."""
    assert VOLUME_BANDS == [(1, 30, 0), (31, 100, 10), (101, 200, 20), (201, None, 40)]


def test_fee_notice_prints_the_basis_after_its_label():
    """RULES §5: the fee notice gives basis, rate, amount and how to pay; the basis is
    printed after 「计费依据：」 exactly as computed."""
    quote = per_application_fee(31)
    body = letters.fill(
        letters.DEFAULT_TEMPLATES["fee"][1],
        {
            "applicant": "张三",
            "basis": quote.basis,
            "amount": f"{quote.amount:.2f}",
            "deadline": "2026年11月20日",
            "payment": "银行转账",
        },
    )
    assert f"计费依据：{quote.basis}\n" in body
    assert "属31—40件档，每件 200 元" in body and "应缴金额：200.00元" in body
