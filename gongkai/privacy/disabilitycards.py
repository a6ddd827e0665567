"""The holder's ID inside a disability card's number (残疾人证号, issue 16).

The second-generation 中华人民共和国残疾人证 is numbered by its holder's resident ID and two
digits after it: the category of disability (残疾类别: 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力,
6 精神, 7 多重) and its grade (残疾等级: 1 一级 … 4 四级) — "43132219550825828X11" is the
ID 43132219550825828X of a person with a first-grade visual disability. Subsidy lists
(两项补贴), aid registers and recovery decisions print that number where other lists print
the ID, so the ID is personal data there as anywhere (RULES.md §4); the scanner's number
search reads IDs of 18 characters standing alone and passes over a run of 20.

The ID is taken when the 20 characters are a valid resident ID (region, date, check
character) followed by a category digit 1–7 and a grade digit 1–4, with no letter or digit
on either side, in a text that names the card (残疾证, 残疾人证: the number's label or its
column's header). The two trailing digits are no personal data of their own and stay
unmarked. A 20-digit account or code whose first 18 digits happen to be a valid ID is left
alone unless the text names the card, and even then its last two digits must read as a
category and a grade. The search is led by its first digit (a class test at each character,
no look-behind tried at every place) and runs only where the card is named: the mixed text
of the benchmark speaks of 残疾 but never of the card, and pays one cue-index look-up.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import has_word

_CARD = re.compile(r"(\d(?<![0-9A-Za-z]\d)\d{16}[\dXx])[1-7][1-4](?![0-9A-Za-z])")


def disability_cards(text: str) -> list[tuple[int, int, str, float]]:
    """The IDs heading disability cards' numbers in ``text``: (start, end, "id_card", conf)."""
    if not (has_word(text, "残疾证") or has_word(text, "残疾人证")):
        return []
    out = []
    for m in _CARD.finditer(text):
        if v.is_resident_id(m.group(1).upper()):
            out.append((m.start(1), m.end(1), "id_card", 0.95))
    return out
