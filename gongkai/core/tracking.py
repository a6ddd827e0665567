"""Tracking numbers and secret access codes for what the public submits without an account.

An applicant or letter writer gets a tracking number and a code; only a keyed digest of
the code is stored, so a leaked database does not let anyone read the submissions.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings

#: No 0/O, 1/I: codes are read off paper and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def random_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def code_digest(tracking_number: str, code: str) -> str:
    """Keyed digest of an access code; case and surrounding spaces do not matter."""
    message = f"{tracking_number}:{code.strip().upper()}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def code_matches(stored_digest: str, tracking_number: str, code: str) -> bool:
    if not code or not stored_digest:
        return False
    return hmac.compare_digest(stored_digest, code_digest(tracking_number, code))
