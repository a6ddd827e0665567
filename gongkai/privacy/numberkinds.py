"""What a long run of digits or code characters is: a resident ID, a bank card, an
organisation's code or nothing (issue 16, the scanner's "num" matches).

Most such runs in a text are nothing (a file's, a case's, an order's number). The checks
of the value itself are cheap and decide most of them, so they run first; the look-ups of
the text around it (a card's or an ID's label in the 12 characters before, a column's
header, a label naming another number) run only where the value leaves its kind open:

- a valid ID (region, birth date, check character) is an ID whatever label stands before
  it, unless that label names another number (受理编号 …, ``numberlabels``);
- any length but 15 and 18 is a card or nothing: failing Luhn, nothing;
- 15 digits are a first-generation ID or nothing;
- the label words of a card (卡号, 账号, 银行 …) and of an ID (身份证, 证件号) are
  looked for at once, and most numbers have neither before them.
"""

from __future__ import annotations

import re

from . import validators as v
from .accountkinds import account_key, other_card
from .certcolumns import certificate_column as cert_column
from .certnumbers import certificate_number
from .chipnumbers import chip_number
from .columns import id_column
from .context import id_like
from .idheads import id_header
from .numberlabels import card_issuer, not_a_card, other_number, unit_account
from .patterns import CARD_CONTEXT, ID_CONTEXT

# a card's or an identity document's label word: one search for both
_KIND_LABEL = re.compile(f"{CARD_CONTEXT.pattern}|{ID_CONTEXT.pattern}")


def number_kind(ctx, value: str, start: int) -> tuple[str, float] | None:
    """A run of 15–19 digits (or 18 code characters) at ``start``: ID, bank card, org code
    or nothing (``ctx``: the scanner's context, its text, today and clause_before)."""
    n = len(value)
    if n == 18:
        return _eighteen(ctx, value, start)
    if n == 15:
        if (
            not v.is_legacy_resident_id(value, today=ctx.today)
            or _card_label(ctx, start)
            or account_key(ctx.text, start)
            or chip_number(ctx.text, start)
        ):
            return None  # (under a card's label or key: a mistyped card, an account's number)
        near = ID_CONTEXT.search(ctx.before(start, 12))
        in_cell = ctx.text[start - 1 : start] in ("\t", "|", ",")
        if cert_column(ctx.text, start, in_cell, near) or other_number(ctx.text, start):
            return None  # an old 15-digit business registration number (注册号)
        return "id_card", 0.95 if near else 0.75
    if not v.is_bank_card(value):
        return None
    if _card_label(ctx, start):
        return _labelled_card(ctx.text, value, start)
    return _card(ctx.text, value, start)


def _card_label(ctx, start: int) -> bool:
    """卡号, 账号, 银行 … in the number's clause, within the 12 characters before."""
    return (
        CARD_CONTEXT.search(ctx.text, start - 12 if start > 12 else 0, start) is not None
        and CARD_CONTEXT.search(ctx.clause_before(start, 12)) is not None
    )


def _labelled_card(text: str, value: str, start: int) -> tuple[str, float] | None:
    # after 卡号/账号 a number is a card number or a mistyped one, never an org code;
    # a unit's own account (对公账号) is no person's
    if not v.is_bank_card(value) or unit_account(text, start) or other_card(text, start):
        return None
    return "bank_card", 0.97


def _card(text: str, value: str, start: int) -> tuple[str, float] | None:
    """A Luhn-valid number with no card's label before it."""
    if not_a_card(text, start) or not card_issuer(value):
        return None  # "缴款码：…", a 个人编号 column, a land code (341522…): that number
    known_prefix = value[0] in "3456" or value[:2] == "62"
    return ("bank_card", 0.9) if known_prefix else ("bank_card", 0.6)


def _eighteen(ctx, value: str, start: int) -> tuple[str, float] | None:
    text = ctx.text
    if v.is_resident_id(value, today=ctx.today):
        if other_number(text, start) or certificate_number(text, start):
            return None  # 受理编号：…; a 从业资格证号 column or key (certnumbers)
        return "id_card", 0.99
    lo = start - 12 if start > 12 else 0
    labelled = _KIND_LABEL.search(text, lo, start) is not None  # (mostly none)
    digits = value.isdigit()
    if digits and labelled and _card_label(ctx, start):
        return _labelled_card(text, value, start)
    if id_like(value) and value[14:17] != "000":
        # (order code 000 is never issued: with a wrong check, a form's sample number,
        # 110101…0000, is no one's)
        # a mistyped ID is still personal data where it is labelled as an ID; under
        # another label (受理编号, 档案编号) it is that other number
        # (the clause is the end of the 12 characters: none there, none in it)
        # (another number's label first: it answers None whatever the column says, and
        # it is the cheaper look — most such numbers of a text are 受理编号 and the like)
        if other_number(text, start):
            return None
        if (
            (
                labelled
                and ID_CONTEXT.search(text, lo, start)
                and ID_CONTEXT.search(ctx.clause_before(start, 12))
            )
            or id_column(text, start)
            or id_header(text, start, start + 18)
        ):
            return "id_card", 0.8  # (columns)
        return None
    if v.is_uscc(value):
        return "org_code", 0.95
    if not digits or not v.is_bank_card(value):
        return None
    return _card(text, value, start)
