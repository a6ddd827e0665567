"""A card-shaped number under a licence's key (issue 16, privfix27a, after docs303).

A licence numbered by its county's code, the year and a serial (a 林木采伐许可证号
5107272024000081) has a bank card's length, and one in ten of them passes the card's check
digit by chance. After its Chinese label (许可证号：…) the number is read as that label's; in
an export its key says the same in pinyin initials or English (``"xkzh": "…"``,
``<XKZH>…</XKZH>``, ``licenseNo=…``), which the card reader did not look at. A card
candidate right after a key that names a licence's, a permit's or a certificate's number
(``certnumbers.key_names_certificate``, the reading that already keeps such keys' ID-shaped
numbers from being IDs) is dropped: README lines 1–83, numbers labelled as something else
are not marked. A card under an account's key (``zh``, ``yhkh``, ``bankcard``) and a key
holding an identity word stay.

Speed: only the bank card candidates are looked at, each by one search in the 48 characters
before it (``certnumbers``' two key patterns).
"""

from __future__ import annotations

from .certnumbers import _KEY_BEFORE, _TAG_BEFORE, key_names_certificate

Candidate = tuple[int, int, str, float]

_SIGNS = frozenset(('"', "'", "=", ":", " ", ">"))


def _licence_key(text: str, start: int) -> bool:
    """Whether the key right before ``start`` names a licence's or certificate's number."""
    sign = text[start - 1 : start]
    lo = start - 48 if start > 48 else 0
    if sign in ('"', "'", "=", ":", " "):
        m = _KEY_BEFORE.search(text, lo, start)
    elif sign == ">":
        m = _TAG_BEFORE.search(text, lo, start)
    else:
        return False
    return m is not None and key_names_certificate(m.group(1))


def cert_cards(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the card candidates under a licence's key (module docstring)."""
    drop = {
        (c[0], c[1])
        for c in cands
        if c[2] == "bank_card"
        and text[c[0] - 1 : c[0]] in _SIGNS  # (_licence_key's first test, inline: privspeed27b)
        and _licence_key(text, c[0])
    }
    if not drop:
        return cands
    return [c for c in cands if c[2] != "bank_card" or (c[0], c[1]) not in drop]
