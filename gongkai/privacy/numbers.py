"""Pass A: the numbers and codes of a text (IDs, cards, phones, documents, house numbers,
and the index numbers, document numbers, records and amounts that look like them), found
in one search of the whole text.

The branches are written once, in ``_BRANCHES``: each led by its first character, with
the lookbehind ``_B`` (no letter or digit before the number) after it, so that the
engine can refuse a branch by its first character. Three expressions are built from them:

- ``NUMBERS_IN_TEXT``, which the scanner searches the text with (``finditer``): the first
  character of every branch as one class (the engine's fast scan), then, by the group of
  that character, the rests of the branches it starts; an empty group at the end of each
  branch tells its kind (``IN_TEXT_KINDS[m.lastindex]``);
- ``NUMBERS_SOURCE``, the same branches tried at one position;
- ``pattern()``, one named group per kind (``m.lastgroup``), for the tests.

``tests/test_numbers.py`` holds the search equal to trying ``pattern()`` at the hits of a
scan for their first characters, the way the scanner once walked the text in Python.
"""

from __future__ import annotations

import re

from .patterns import AREA, BUILDING, FLOOR_DOOR, UNIT_ROOM

_B = r"(?<![0-9A-Za-z].)"  # after the first character: none of these before it
_E = r"(?![0-9A-Za-z])"
_EXT = r"(?:(?:转|分机|-|ext\.?\s?)\d{1,6})?"
# a flat's sign: "1603号房" (a house's 房屋 after it is no part of the number)
_FLAT_SIGN = r"(?:室|号(?:房(?!屋))?|户|房)?"
_ESTATE = r"(?:[\u4e00-\u9fff]{1,6}?(?:小区|花园|苑|公寓|家园|新村|山庄))?"
# (kind, first character, after B or not, the rest), in the order they are tried; the
# branches of one kind stand together. A run of digits before a sign no digit is (号, 室,
# 栋, "-") is possessive ("{0,4}+"): a digit given back would stand before the sign and
# fail it, so the engine does not count the run again (the same for the index number's
# second group, before "-" or "/"); before a lookahead (E) a run stays greedy: a full-width
# digit given back would pass it.
_BRANCHES = (
    ("index", "[0-9A-Z]", True, rf"[0-9A-Z]{{8}}(?:[0-9A-Z]{{9}})?+[-/]\d{{4}}[-/]\d{{1,8}}{_E}"),
    ("docno", r"[〔\[［【(（]", False, r"\d{4}[〕\]］】)）]\s*第?\d{1,6}\s*号"),
    ("record", "I", False, r"CP[备证]\s*\d{6,12}号?(?:-\d{1,3})?"),
    ("money", "[￥¥]", False, r"\s*\d[\d,]*+(?:\.\d+)?"),
    ("money", "[0-9]", True, r"[\d,]*+(?:\.\d+)?+\s*+[万亿]?元"),
    ("idsp", "[0-9]", True, rf"\d{{5}}[ -]\d{{8}}[ -]\d{{3}}[\dXx]{_E}"),
    # region, year, month and day, the rest: "513425 2003 0104 5711" (privfix24a; a year and a
    # date's shape, so that a card's 6-4-4-4 groups stay cards)
    (
        "idsp",
        "[0-9]",
        True,
        rf"\d{{5}}[ -](?:19|20)\d\d[ -](?:0[1-9]|1[0-2])[0-3]\d[ -]\d{{3}}[\dXx]{_E}",
    ),
    # a scan's text layer reads an ID's boxes one digit apart ("3 6 0 7 3 2 1 9 7 …")
    ("idsp", "[0-9]", True, r"(?: \d){16} [\dXx](?! ?[0-9A-Za-z])"),
    ("cardsp", "[0-9]", True, rf"\d{{3}}(?:[ -]\d{{4}}){{3}}(?:[ -]?\d{{1,3}})?{_E}"),
    # the issuer's six digits, then the rest in one group, two or three ("623066
    # 3069803979889", "623052 771820 7478163", "622848 9029 2335 39857"): 16 to 19 digits
    # and the check digit (``is_bank_card``)
    ("cardsp", "[0-9]", True, rf"(?<=[3-6])\d{{5}}[ -]\d{{4,13}}(?:[ -]\d{{4,7}}){{0,2}}{_E}"),
    ("mobile", r"\+", False, rf"86[ -]?1[3-9]\d(?:[ -]?\d{{4}}){{2}}{_E}"),
    # (the character before "0086" is no letter, digit nor "+")
    ("mobile", "0", False, rf"(?<![0-9A-Za-z+].)086[ -]?1[3-9]\d(?:[ -]?\d{{4}}){{2}}{_E}"),
    ("mobile", "1", True, rf"[3-9]\d(?:[ -]?\d{{4}}){{2}}{_E}"),
    # a landline with the country code: the area code without its trunk 0 ("+86-771-…",
    # "0086 10 …"); the span starts at the area code (the scanner's candidates)
    (
        "landline",
        r"\+",
        False,
        rf"86[ -]?(?:(?:10|2\d)[ -]?[2-9]\d{{7}}|[3-9]\d\d[ -]?[2-9]\d{{6,7}}){_EXT}{_E}",
    ),
    (
        "landline",
        "0",
        False,
        rf"(?<![0-9A-Za-z+].)086[ -]?(?:(?:10|2\d)[ -]?[2-9]\d{{7}}|[3-9]\d\d[ -]?[2-9]\d{{6,7}})"
        rf"{_EXT}{_E}",
    ),
    ("landline", "[(（]", False, rf"{AREA}[)）]\s?[2-9]\d{{6,7}}{_EXT}{_E}"),
    # the two-digit areas (010, 020–029) dial eight digits: "0102003418" is an account; the
    # dash may stand between spaces ("0771 - 5521807")
    (
        "landline",
        "0",
        True,
        rf"(?:(?:10|2\d)(?:[ -]| - )?[2-9]\d{{7}}|[3-9]\d\d(?:[ -]| - )?[2-9]\d{{6,7}}){_EXT}{_E}",
    ),
    ("num", "[0-9]", True, rf"\d{{14,18}}[Xx]?{_E}"),
    ("num", "[0-9A-Z]", True, rf"[0-9A-Z]{{17}}{_E}"),
    (
        "doc",
        "[ECGWHMTL]",
        True,
        rf"(?:(?<=E)[0-9]{{8}}|(?<=E)[A-HJ-NP-Z][0-9]{{7}}|(?<=G)[0-9]{{8}}"
        rf"|(?<=[CW])[0-9]{{8}}|(?<=C)[A-HJ-NP-Z][0-9]{{7}}|(?<=[HM])[0-9]{{8}}(?:[0-9]{{2}})?"
        rf"|(?<=[TL])[0-9]{{8}}){_E}",
    ),
    ("doc", "[A-Z]", True, rf"[A-Z]{{2}}[0-9]{{12}}{_E}"),
    # one capital letter before an ID's 18 characters: a code built on the ID (全国学籍号
    # G + the pupil's ID); the scanner keeps the 18 when they are a valid ID
    ("lettered", "[A-Z]", True, rf"\d{{17}}[\dXx]{_E}"),
    # "15号附3号2单元401": a door attached to the house number, then its staircase and flat
    ("addr", "[0-9]", True, rf"\d{{0,4}}+号(?:附\d{{1,3}}+号)?(?:院|大院)?(?:{BUILDING})"),
    (
        "addr",
        "[0-9]",
        True,
        rf"\d{{0,2}}+(?:栋|幢|号楼)\d{{1,2}}+(?:单元|门)(?:\d{{1,2}}[楼层])?(?:{FLOOR_DOOR}|\d{{1,5}}{_FLAT_SIGN})",
    ),
    (
        "room",
        "[0-9]",
        True,
        # "5栋附2号": a door attached to the building's ground floor
        # "16幢3-1302": the staircase and its flat after a dash (UNIT_ROOM)
        rf"\d{{0,2}}+(?:栋|幢|号楼|座)(?:{UNIT_ROOM}|附\d{{1,3}}号"
        rf"|(?:\d{{1,2}}门)?(?:\d{{1,2}}[楼层])?\d{{1,5}}{_FLAT_SIGN})",
    ),
    ("room", "[0-9]", True, rf"\d{{0,2}}+-\d{{1,2}}+-\d{{1,5}}(?:室|号)?{_E}"),
    ("room", "[0-9]", True, r"\d{0,4}+[室房]"),
    ("room", "[A-Z]", True, r"(?:栋|幢|座)\d{1,5}(?:室|号)?"),
    ("house", "[0-9]", True, rf"\d{{0,4}}+号(?:附\d{{1,3}}+号)?{_ESTATE}"),
)
# A local landline without its area code (``localphones``): seven or eight digits standing
# alone, no digit, letter, dash, dot, star or thousands comma on either side, and no unit
# of an amount, date or count after them (one space at most between: a wider gap parts an
# aligned table's cells, "85821736       年满70岁", privfix22c). Searched with the numbers above, after all of
# them (no branch of its own in NUMBERS_SOURCE: the kind is no number the scanner reads).
LOCAL_REST = (
    r"(?<![0-9A-Za-z\-.*/][2-9])\d{6,7}"
    r"(?![0-9A-Za-z\-*/]|\.\d|[,，]\d{3}(?![0-9])|[ \u3000]?(?:元|万|亿|号|年|月|日|次|人|户|个|份|件|条|%|％|"
    r"平方|米|亩|公斤|吨|册|张|套|岁))"
)
LOCAL_NUMBER = re.compile(f"[2-9]{LOCAL_REST}")
_IN_TEXT_LAST = (("local", "[2-9]", True, LOCAL_REST),)
# (compiled by the tests only: the scanner searches with NUMBERS_IN_TEXT below)
NUMBERS_SOURCE = "|".join(
    f"{first}{_B if b else ''}{rest}()" for _kind, first, b, rest in _BRANCHES
)
KINDS = (None, *(kind for kind, *_rest in _BRANCHES))  # by m.lastindex of NUMBERS_SOURCE
# The characters that can start a number, the most common first.
_FIRST = "2345678910ABCDEFGHIJKLMNOPQRSTUVWXYZ+(（〔[［【￥¥"
# What every branch of a kind needs after its first character, looked at once for the
# branches of the kind that stand together: 15 or more characters of a long number; a
# house number's or a room's sign after at most four more digits (号, 栋, 座, 室, 2-1-…).
_HOUSE_SIGN = r"(?=\d{0,4}+[号栋幢座室房-])"
_GUARDS = {
    "num": r"(?=[0-9A-Z]{14})",
    "addr": _HOUSE_SIGN,
    "room": _HOUSE_SIGN,
    "house": _HOUSE_SIGN,
}


def _in_text() -> tuple[str, tuple[str | None, ...]]:
    """NUMBERS_IN_TEXT's source and its kinds by ``m.lastindex``.

    The characters of ``_FIRST`` fall into groups that start the same branches (2–9, 1,
    0, I, the letters of travel documents, the other letters, the signs); each group is
    one lookbehind of its characters and then the branches it starts, in their order, so
    that a digit is not tried against the branches of letters and signs one by one.
    Consecutive branches of a kind in ``_GUARDS`` share its lookahead, tried once.
    """
    branches_in_text = (*_BRANCHES, *_IN_TEXT_LAST)
    firsts = [re.compile(first) for _kind, first, _b, _rest in branches_in_text]
    groups: dict[tuple[int, ...], list[str]] = {}
    for c in _FIRST:
        branches = tuple(k for k, first in enumerate(firsts) if first.fullmatch(c))
        groups.setdefault(branches, []).append(re.escape(c))
    kinds: list[str | None] = [None]
    alternatives = []
    for branches, chars in groups.items():
        runs: list[tuple[str | None, list[str]]] = []  # (guard, rests) in order
        for k in branches:
            kind, _first, _b, rest = branches_in_text[k]
            guard = _GUARDS.get(kind)
            if guard is not None and runs and runs[-1][0] == guard:
                runs[-1][1].append(f"{rest}()")
            else:
                runs.append((guard, [f"{rest}()"]))
            kinds.append(kind)
        rests = [f"{g}(?:{'|'.join(r)})" if g else "|".join(r) for g, r in runs]
        alternatives.append(f"(?<=[{''.join(chars)}])(?:{'|'.join(rests)})")
    source = (
        f"[{''.join(map(re.escape, _FIRST))}](?<![0-9A-Za-z][0-9A-Za-z])(?:"
        + "|".join(alternatives)
        + ")"
    )
    return source, tuple(kinds)


# The same, searched through the whole text: the first character of every branch as one
# class, then B for a letter or digit (a sign is tried wherever it stands), then the
# branches its character starts (``_in_text``); ``IN_TEXT_KINDS[m.lastindex]`` is the kind.
_IN_TEXT_SOURCE, IN_TEXT_KINDS = _in_text()
NUMBERS_IN_TEXT = re.compile(_IN_TEXT_SOURCE)


# The kinds of match a local number may start inside (the pass does not try it there):
# all but those with no run of seven digits that stands alone: one run of letters and
# digits (an ID, a travel document), a mobile's groups, digits after a dash or slash (an
# index number), at most six digits (document numbers); "local" itself (the scanner's).
_NO_LOCAL_INSIDE = frozenset({"num", "lettered", "doc", "mobile", "index", "docno"})
LOCAL_HOLDERS = frozenset(IN_TEXT_KINDS) - _NO_LOCAL_INSIDE - {None}
_DIGITS7 = re.compile(r"[2-9](?<![0-9][2-9])\d{6}")  # (led by its class: see ``patterns``)


def locals_within(text: str, match: re.Match) -> list[tuple[int, int]]:
    """The spans of LOCAL_NUMBER that start inside another number's match (at its start
    too): "0431 83610000", "￥7461538", an ID's middle group (a run going on past the
    match's end included)."""
    start, end = match.span()
    if end - start < 7 and not text[end : end + 1].isdigit():
        return []
    out = []
    m = _DIGITS7.search(text, start, end + 7)
    while m is not None and m.start() < end:
        local = LOCAL_NUMBER.match(text, m.start())
        if local is not None:
            out.append(local.span())
        m = _DIGITS7.search(text, m.end(), end + 7)
    return out


def pattern() -> re.Pattern:
    """One named group per kind, tried at a position with ``match``: the tests' reference
    (built when asked, so that the scanner's start-up does not compile it)."""
    groups: dict[str, list[str]] = {}
    for kind, first, b, rest in _BRANCHES:
        groups.setdefault(kind, []).append(f"{first}{_B if b else ''}{rest}")
    return re.compile("|".join(f"(?P<{k}>{'|'.join(alts)})" for k, alts in groups.items()))


_EXTENSION = re.compile(r"(?:转|分机|-|ext\.?\s?)\d{1,6}$")


def landline_end(text: str, start: int, end: int) -> int:
    """The end of a landline's own number, its extension ("-806", "转801") left out: the
    extension is a desk of a switchboard, not the line, and stays readable when masked."""
    m = _EXTENSION.search(text, start, end)  # (a local number has 7 or 8 digits: no "-"
    return m.start() if m else end  # after the area code matches here)
