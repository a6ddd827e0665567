"""The contact pass of ``scanner.scan_text`` (issue 16): landlines settled by their own
label and sentence (``dutyphones``), offices' lines in replies and registers and mail
headers' mailboxes (``replycontacts``), records under a declared field list
(``fieldvalues``), then addresses by whose contact details they are
(``contactaddresses``) and a home's later mentions (``addressmentions``). One hook in
the scanner for all."""

from __future__ import annotations

from .addressmentions import address_mentions
from .columnheads import settle_columns
from .contactaddresses import contact_addresses
from .doccolumns import other_numbers
from .dutyphones import settle_landlines
from .fieldvalues import field_values
from .mailexport import without_unit_mailboxes
from .mailowner import settle_mailboxes
from .replycontacts import (
    addressee_addresses,
    header_mailboxes,
    office_landline,
    office_mailbox,
)

Candidate = tuple[int, int, str, float]


def settle_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    cands = other_numbers(text, cands)  # 出厂编号 CY1210066: no permit (doccolumns)
    cands = settle_columns(text, cands)  # 13… under 准考证号, 站点邮箱 (columnheads)
    cands = [
        c
        for c in cands
        if not (c[2] == "landline" and office_landline(text, c[0]))
        and not (c[2] == "email" and office_mailbox(text, c[0], c[1]))
    ]
    cands += header_mailboxes(text, cands) + field_values(text, cands)
    cands += addressee_addresses(text, cands)
    cands = without_unit_mailboxes(text, cands)  # an exported mailbox's own (mailexport)
    cands = address_mentions(text, contact_addresses(text, settle_landlines(text, cands)))
    return settle_mailboxes(text, cands)  # whose each mailbox is, the last word (mailowner)
