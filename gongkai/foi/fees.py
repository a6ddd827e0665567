"""Information processing fees (信息处理费), RULES §5 (Art. 42 and the Fee Measures).

Two methods, exactly one per application:

- per application (按件), counted per applicant per calendar month: the 1st–10th
  application is free; the 11th–30th cost 100 yuan each; from the 31st, each further
  band of 10 costs 100 yuan more per application than the band before (31–40: 200,
  41–50: 300, …). The amount of one application is the rate of the band its ordinal
  falls in.
- per volume (按量): "up to 30 pages free; pages 31–100 at 10 yuan, 101–200 at 20 yuan,
  201 and up at 40 yuan". RULES §5 prices *pages* in each range, so the rate is per page
  and applies to the pages that fall in that range only (marginal bands, like the
  Fee Measures' "……的部分"): 31 pages = 10 yuan, 100 pages = 700, 101 pages = 720.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: (first page, last page or None, yuan per page)
VOLUME_BANDS = [(1, 30, 0), (31, 100, 10), (101, 200, 20), (201, None, 40)]


@dataclass(frozen=True)
class FeeQuote:
    amount: Decimal
    basis: str


def per_application_rate(ordinal: int) -> int:
    """Yuan for the ``ordinal``-th application of one applicant in one calendar month."""
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    if ordinal <= 10:
        return 0
    if ordinal <= 30:
        return 100
    return 100 * (1 + (ordinal - 31) // 10 + 1)


def per_application_fee(ordinal: int) -> FeeQuote:
    rate = per_application_rate(ordinal)
    if rate == 0:
        band = "1—10件"
    elif ordinal <= 30:
        band = "11—30件"
    else:
        low = 31 + (ordinal - 31) // 10 * 10
        band = f"{low}—{low + 9}件"
    basis = (
        f"按件计收（RULES §5）：本申请为该申请人本自然月第 {ordinal} 件，"
        f"属{band}档，每件 {rate} 元；应缴 {rate} 元"
    )
    return FeeQuote(Decimal(rate), basis)


def per_volume_fee(pages: int) -> FeeQuote:
    if pages < 0:
        raise ValueError("pages must not be negative")
    total = 0
    parts = []
    for first, last, rate in VOLUME_BANDS:
        if pages < first:
            break
        top = pages if last is None else min(pages, last)
        count = top - first + 1
        total += count * rate
        if rate:
            upper = "" if last is None else str(last)
            parts.append(f"第{first}—{upper}页 {count} 页 × {rate} 元 = {count * rate} 元")
    detail = "；".join(parts) if parts else "30页以内不收费"
    basis = f"按量计收（RULES §5）：共 {pages} 页；{detail}；合计 {total} 元"
    return FeeQuote(Decimal(total), basis)
