"""The contact pass of ``scanner.scan_text`` (issue 16): landlines settled by their own
label and sentence (``dutyphones``), then addresses by whose contact details they are
(``contactaddresses``). One hook in the scanner for both."""

from __future__ import annotations

from .contactaddresses import contact_addresses
from .doccolumns import other_numbers
from .dutyphones import settle_landlines

Candidate = tuple[int, int, str, float]


def settle_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    cands = other_numbers(text, cands)  # 出厂编号 CY1210066: no permit (doccolumns)
    return contact_addresses(text, settle_landlines(text, cands))
