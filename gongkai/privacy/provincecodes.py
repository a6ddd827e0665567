"""The province a certificate's number is issued in, printed glued before it.

A licence or a certificate of a province's registry carries the province's
abbreviation before its letters (冀E12345678, 滇CB8720361 a 药品经营许可证, 黔AA5200123):
a number so prefixed is the registry's, never a passport's or a travel permit's, which
carry no province. Besides the abbreviations of the licence plates (``PROVINCE_CHARS``),
the second ones in use on certificates: 滇 (云南), 黔 (贵州), 蜀 (四川), 陇 (甘肃),
秦 (陕西).
"""

from __future__ import annotations

from .patterns import PROVINCE_CHARS

CERTIFICATE_PROVINCES = frozenset(PROVINCE_CHARS + "滇黔蜀陇秦")


def province_prefixed(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a province's abbreviation directly."""
    return start > 0 and text[start - 1] in CERTIFICATE_PROVINCES
