"""Nationality codes of foreigners' permanent residence cards (issue 16, RULES.md §4).

The card of 2004 (外国人永久居留证) numbers its holder by the three letters of their
nationality — ISO 3166-1 alpha-3, which GB/T 2659 takes over — and twelve digits. Three
capitals that name no country, current or former (an order's TDR…, a 居住证's JZZ…), are
another number's prefix, not a nationality. The codes come from ``pycountry``, loaded at the
first such number a text holds, never while the scanner starts."""

from __future__ import annotations

from functools import cache


@cache
def _codes() -> frozenset[str]:
    import pycountry  # (loaded on first use: the scanner's start-up stays short)

    current = {c.alpha_3 for c in pycountry.countries}
    former = {c.alpha_3 for c in pycountry.historic_countries if hasattr(c, "alpha_3")}
    return frozenset(current | former)


def is_nationality(code: str) -> bool:
    """``code`` (three capitals) names a country or a former one."""
    return code in _codes()
