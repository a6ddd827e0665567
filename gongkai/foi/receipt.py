"""The receipt date of an application (Art. 31, RULES §5): a pure rule, no database."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from gongkai.foi.models import Channel


def receipt_date(
    *,
    channel: str,
    submitted_on: dt.date | None = None,
    signed_for_on: dt.date | None = None,
    confirmed_on: dt.date | None = None,
) -> tuple[dt.date | None, str]:
    """The receipt date by channel (Art. 31, RULES §5) and the rule applied.

    in person: the day it is handed in; registered post: the day it is signed for;
    ordinary post: the day the office confirms it with the applicant; online, fax,
    e-mail or other: the day both sides confirm it. ``None`` while not yet known.
    """
    if channel == Channel.IN_PERSON:
        return submitted_on, "第三十一条第（一）项：当面提交，以提交之日为收到申请之日"
    if channel == Channel.REGISTERED_POST:
        return signed_for_on, "第三十一条第（二）项：邮寄（需签收），以签收之日为收到申请之日"
    if channel == Channel.ORDINARY_POST:
        return (
            confirmed_on,
            "第三十一条第（二）项：平常信函等无需签收的邮件，以与申请人确认之日为收到申请之日",
        )
    if channel in (Channel.ONLINE, Channel.FAX, Channel.OTHER):
        return (
            confirmed_on,
            "第三十一条第（三）项：互联网渠道或传真等方式提交，以双方确认之日为收到申请之日",
        )
    raise ValidationError({"channel": "提交渠道不正确"})
