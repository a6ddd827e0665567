"""How each kind of finding is masked.

Every mask keeps the length of the original text (one ``*`` per hidden character,
separators kept), so a masked string can be written back into HTML text nodes, DOCX
runs or spreadsheet cells at the same offsets. A rule says how many significant
characters to keep at the start and at the end; at least one character is always
hidden. Defaults follow common practice and can be changed per type with the setting
``GONGKAI_PRIVACY_MASK = {"bank_card": (6, 4), ...}`` or the ``rules=`` argument.

Secrecy markings and organisation codes are not masked: a document marked 机密 must not
be published at all, and an organisation's credit code is public.
"""

from __future__ import annotations

import re

from gongkai.core import conf

from .alternation import led
from .patterns import FULLWIDTH, has_fullwidth

MASK_CHAR = "*"

DEFAULT_RULES: dict[str, tuple[int, int]] = {
    "id_card": (6, 4),  # 110105********123X
    "mobile": (3, 4),  # 138****5678
    "landline": (0, 4),  # of the local number; the area code is kept: 0886-***4567
    "bank_card": (0, 4),  # ************1234
    "email": (1, 0),  # of the part before @: z*******@example.com
    "passport": (1, 3),
    "permit": (1, 3),
    "residence": (3, 4),
    "plate": (2, 2),  # 川A***45
    "name": (1, 1),  # 张* / 张*明
}
_PLAIN_NUMBERS = frozenset({"id_card", "bank_card", "passport", "permit", "residence"})
UNMASKED_TYPES = frozenset({"secrecy", "nondisclosure", "org_code"})

_ALNUM = re.compile(r"[0-9A-Za-z]")
_AREA = re.compile(r"^\D*(010|02\d|0[3-9]\d\d)")
_LOCAL = re.compile(r"[2-9]\d{6,7}")
_HOUSE_START = led(r"(?:\d|[一二三四五六七八九十百])+(?:号|组|栋|幢|单元|室)|\d")
# (the characters _ALNUM finds and those of an address that are hidden, each to a star:
# one translate of a slice, no match object per character)
_ALNUM_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ADDRESS_STARS = str.maketrans(dict.fromkeys(_ALNUM_CHARS + "一二三四五六七八九十百", MASK_CHAR))
_ALNUM_STARS = str.maketrans(dict.fromkeys(_ALNUM_CHARS, MASK_CHAR))


def configured_rules() -> dict[str, tuple[int, int]]:
    rules = dict(DEFAULT_RULES)
    rules.update(conf.get("GONGKAI_PRIVACY_MASK") or {})
    return rules


def _mask_positions(chars: list[str], positions: list[int], keep: tuple[int, int]) -> None:
    n = len(positions)
    if not n:
        return
    keep_start, keep_end = max(0, keep[0]), max(0, keep[1])
    while keep_start + keep_end >= n and (keep_start or keep_end):
        if keep_end:
            keep_end -= 1
        else:
            keep_start -= 1
    for i in positions[keep_start : n - keep_end]:
        chars[i] = MASK_CHAR


def mask_value(kind: str, text: str, rules: dict[str, tuple[int, int]] | None = None) -> str:
    """The masked form of ``text`` found as ``kind``; same length as ``text``."""
    if kind in UNMASKED_TYPES:
        return text
    rules = rules if rules is not None else configured_rules()
    if has_fullwidth(text):
        text = text.translate(FULLWIDTH)  # "１３８…" is masked like "138…"
    return mask_plain(kind, text, rules)


def _kept(n: int, keep: tuple[int, int]) -> tuple[int, int]:
    """How many of ``n`` maskable characters stay at the start and at the end."""
    keep_start, keep_end = max(0, keep[0]), max(0, keep[1])
    while keep_start + keep_end >= n and (keep_start or keep_end):
        if keep_end:
            keep_end -= 1
        else:
            keep_start -= 1
    return keep_start, keep_end


def mask_plain(kind: str, text: str, rules: dict[str, tuple[int, int]]) -> str:
    """``mask_value`` of a text that holds no full-width characters (the scanner's own
    slices of its translated text) and of a kind that is masked."""
    if kind == "address":
        m = _HOUSE_START.search(text)
        start = m.start() if m else 0
        return text[:start] + text[start:].translate(_ADDRESS_STARS)
    keep = rules.get(kind, (1, 1))
    if (kind in _PLAIN_NUMBERS or (kind == "mobile" and len(text) == 11)) and (
        text.isascii() and text.isalnum()
    ):
        # the common case (11 digits, 18 characters of an ID): slices, no list of characters
        return _mask_run(text, keep)
    if kind == "email":
        at = text.rfind("@")
        if at > 0 and _MAIL_SIGNS.isdisjoint(text[:at]):
            return _mask_run(text[:at], keep) + text[at:]  # every character before @ counts
    if kind == "name" or kind == "plate":
        kept_signs = _NAME_SIGNS if kind == "name" else _PLATE_SIGNS
        if kept_signs.isdisjoint(text):
            return _mask_run(text, keep)  # every character counts: one run of stars
    if kind == "landline":
        area = _AREA.match(text)
        local = _LOCAL.search(text, area.end() if area else 0)
        if local:  # hide part of the local number (one run): keep the area code, extension
            a, b = local.span()
            head, tail = _kept(b - a, keep)
            return text[: a + head] + MASK_CHAR * (b - a - head - tail) + text[b - tail :]
    if text.isascii() and kind not in ("name", "email", "plate"):
        return _mask_ascii(kind, text, keep)
    chars = list(text)
    if kind == "name":
        positions = [i for i, c in enumerate(chars) if c not in "·•. "]
    elif kind == "email":
        at = text.rfind("@")
        positions = [i for i in range(max(at, 0)) if chars[i] not in "._-+"]
    elif kind == "plate":
        positions = [i for i, c in enumerate(chars) if c not in "·•.- "]
    else:
        positions = [m.start() for m in _ALNUM.finditer(text)]
        if kind == "mobile" and len(positions) > 11:
            positions = positions[-11:]  # leave +86 / 0086 alone
    _mask_positions(chars, positions, keep)
    return "".join(chars)


def _mask_ascii(kind: str, text: str, keep: tuple[int, int]) -> str:
    """The last branch of ``mask_plain`` for an ASCII text ("178-2857-2995", "6259 6552
    9541 5372"): the hidden letters and digits lie between the first and the last of them
    that are hidden, so that slice is masked at once, its signs kept."""
    positions = [i for i, c in enumerate(text) if c.isalnum()]  # (ASCII: as _ALNUM)
    if kind == "mobile" and len(positions) > 11:
        positions = positions[-11:]  # leave +86 / 0086 alone
    n = len(positions)
    head, tail = _kept(n, keep)
    if n - head - tail <= 0:
        return text
    a, b = positions[head], positions[n - tail - 1] + 1
    return text[:a] + text[a:b].translate(_ALNUM_STARS) + text[b:]


_NAME_SIGNS = frozenset("·•. ")
_MAIL_SIGNS = frozenset("._-+")
_PLATE_SIGNS = frozenset("·•.- ")


def _mask_run(text: str, keep: tuple[int, int]) -> str:
    """``text`` with every character hidden but ``keep`` at its ends (as _mask_positions
    over all positions)."""
    n = len(text)
    if not n:
        return text
    head, tail = keep[0], keep[1]
    if head < 0 or tail < 0 or head + tail >= n:
        head, tail = _kept(n, keep)  # (the common case needs no loop)
    return text[:head] + MASK_CHAR * (n - head - tail) + text[n - tail :]
