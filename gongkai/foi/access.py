"""Signed, expiring download links for the applicant's letters and files.

The access code never travels in a URL: the applicant proves it once (tracking form or
``POST /api/v1/applications/track``, checked by ``selectors.application_for_applicant``)
and receives links carrying a token signed with the site's secret key
(``django.core.signing.TimestampSigner``). The token names the application, the kind
of object and its id, so a token for one application never opens another's file; it
expires after ``GONGKAI_FOI_DOWNLOAD_HOURS`` (links in e-mails after
``GONGKAI_FOI_EMAIL_LINK_DAYS``).
"""

from __future__ import annotations

from django.core import signing

from gongkai.core import conf

SALT = "gongkai.foi.download"
KINDS = ("letter.pdf", "letter.docx", "file")


def make_token(app_id: int, kind: str, pk: int, *, max_age: int | None = None) -> str:
    """A token for one download; ``max_age`` (seconds) is carried in it."""
    age = max_age if max_age is not None else int(conf.get("GONGKAI_FOI_DOWNLOAD_HOURS")) * 3600
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"a": app_id, "k": kind, "p": pk, "m": age}, compress=True
    )


def read_token(token: str) -> dict | None:
    """``{"a", "k", "p"}`` of a valid, unexpired token, else None."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        value = signer.unsign_object(token)
        value = signer.unsign_object(token, max_age=int(value.get("m", 0)))
    except (signing.BadSignature, ValueError, TypeError, AttributeError):
        return None
    if value.get("k") not in KINDS:
        return None
    return value


def email_link_age() -> int:
    return int(conf.get("GONGKAI_FOI_EMAIL_LINK_DAYS")) * 86400
