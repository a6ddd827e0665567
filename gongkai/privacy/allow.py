"""Public contact data that is never personal: units' own phones and mailboxes.

The allow-list is the union of ``settings.GONGKAI_PRIVACY_ALLOW`` (hotlines such as
12345, extra numbers or addresses, a government's fee collection account) and the phone, fax and e-mail stored on every
``gongkai.core.models.Unit``. Numbers are compared by their digits only, so
"0886-1234567" on a unit also allows "(0886)1234567" in a text. Read lazily — only
when a text contains a phone number or an address — and cached for a short time.
"""

from __future__ import annotations

import logging
import re
import time
import traceback

from gongkai.core import conf

logger = logging.getLogger(__name__)

DEFAULT_ALLOW = [
    "12345",  # 政务服务便民热线
    "12315",
    "12319",
    "12320",
    "12328",
    "12333",
    "12338",
    "12348",
    "12355",
    "12356",
    "12358",
    "12366",
    "12369",
    "12380",
    "12388",
    "12390",
    "12393",
]
# Mail domains of government bodies; an address there is an office mailbox.
DEFAULT_PUBLIC_MAIL_DOMAINS = ["gov.cn"]

_TTL_SECONDS = 60.0
_cache: tuple[float, frozenset[str]] | None = None
_DIGIT_GROUPS = re.compile(r"[\d\-\s()（）]{5,}")
_EMAILS = re.compile(r"[\w.+-]+@[\w.-]+")
_NON_DIGIT = re.compile(r"\D")


def normalise(value: str) -> str:
    """The comparison key of a contact: its digits, or a lower-cased e-mail address."""
    if "@" in value:
        return value.strip().lower()
    return _NON_DIGIT.sub("", value)


def _split_contacts(field: str) -> list[str]:
    """A unit's phone field may hold several numbers: "0886-1234567、0886-7654321"."""
    values = [m.group(0) for m in _EMAILS.finditer(field)]
    values += [m.group(0) for m in _DIGIT_GROUPS.finditer(field)]
    return values


def _unit_contacts() -> set[str] | None:
    try:
        from gongkai.core.models import Unit

        rows = list(Unit.objects.values_list("phone", "fax", "email"))
    except Exception as exc:  # no database here (a script, a test without db): settings only
        logger.debug("privacy allow-list without units: %s", exc)
        # the error's frames hold it (a cycle) and their callers' frames, a scan's among
        # them: its text and candidates stayed alive until the next collection
        traceback.clear_frames(exc.__traceback__)
        return None
    keys: set[str] = set()
    for row in rows:
        for field in row:
            for value in _split_contacts(field or ""):
                key = normalise(value)
                if key:
                    keys.add(key)
    return keys


def allowed_contacts() -> frozenset[str]:
    """Normalised keys of every public contact (cached for a minute when the DB answered)."""
    global _cache
    now = time.monotonic()
    if _cache is not None and now - _cache[0] < _TTL_SECONDS:
        return _cache[1]
    keys = {normalise(v) for v in conf.get("GONGKAI_PRIVACY_ALLOW")}
    units = _unit_contacts()
    if units is not None:
        keys |= units
    result = frozenset(k for k in keys if k)
    if units is not None:
        _cache = (now, result)
    return result


def clear_cache() -> None:
    """Forget the cached allow-list (call after changing a unit's contact data)."""
    global _cache
    _cache = None


def public_mail_domains() -> tuple[str, ...]:
    return tuple(d.lower().lstrip("@.") for d in conf.get("GONGKAI_PRIVACY_PUBLIC_MAIL_DOMAINS"))


def is_allowed(
    kind: str, text: str, allow: frozenset[str], mail_domains: tuple[str, ...] | None = None
) -> bool:
    key = normalise(text)
    if kind == "email":
        domain = key.rsplit("@", 1)[-1]
        domains = public_mail_domains() if mail_domains is None else mail_domains
        if any(domain == d or domain.endswith("." + d) for d in domains):
            return True
        return key in allow
    if key in allow:
        return True
    # "+86 138…" against "138…", "0886-1234567转8001" against "0886-1234567"
    if kind == "mobile" and len(key) > 11:
        return key[-11:] in allow
    if kind == "landline":
        # a listed number of 7 or more digits that starts the key (set look-ups, not a
        # walk over the whole list)
        return any(key[:n] in allow for n in range(7, len(key) + 1))
    return False
