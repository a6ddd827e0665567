"""A person's second number under a numbered key of an export (issue 16, privfix25a).

A system's export gives a record's further phones under the key of the first with a
number after it: ``"lxdh": "138…", … "lxdh2": "0797-…"``, ``<lxdh>…</lxdh><lxdh_2>…``,
``"phone2"``. The numbered key repeats the first's meaning, so its number is the same
owner's: where the record's number under the bare key was found a person's (a mobile or
a landline the passes kept), the landline under the numbered key is that person's too,
though the record names its handling office before it (``context.office_phone`` reads a
unit's name in an earlier field as the line's owner). A numbered key whose first number
was not kept (a unit's line, no number at all) adds nothing.

Speed: nothing is read unless the text holds a 2 or a 3 before a quote or a tag's end
(one ``in`` each) and a phone was found; each such place (``str.find``) is matched where
it stands, its key's name read backwards from it.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a numbered key and its value: "lxdh2": "0797-6939812", "lxdh_2":"…", <lxdh2>…</lxdh2>
_JSON_KEY = re.compile(r'"([A-Za-z][A-Za-z_]{1,15}?)[_-]?([23])"[ \t]*:[ \t]*"([^"\n]{7,20})"')
_XML_KEY = re.compile(r"<([A-Za-z][A-Za-z_]{1,15}?)[_-]?([23])>([^<\n]{7,20})</")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_RECORD = 1500  # a record's fields stand within this many characters of each other


def numbered_keys(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the landlines under a numbered key whose first key's number is a
    person's (module docstring)."""
    # (the quote, one character, looked for first: a cheap walk, none in most texts)
    json = '"' in text and ('2"' in text or '3"' in text)
    xml = ">" in text and ("2>" in text or "3>" in text)
    if not json and not xml:
        return cands
    phones = {(s, e) for s, e, k, _ in cands if k in ("mobile", "landline")}
    if not phones:
        return cands
    taken = {(s, e) for s, e, _, _ in cands}
    added: list[Candidate] = []
    for key, quote in ((_JSON_KEY, '"'), (_XML_KEY, ">")):
        if quote == '"' and not json or quote == ">" and not xml:
            continue
        for digit in "23":
            k = text.find(digit + quote)
            while k >= 0:
                m = _match_at(key, text, k)
                if m is not None:
                    _add(text, m, phones, taken, added)
                k = text.find(digit + quote, k + 2)
    return cands + added if added else cands


def _match_at(key: re.Pattern, text: str, k: int):
    """The numbered key whose digit stands at ``k`` (its name up to 17 characters before)."""
    lo = text.rfind('"' if key is _JSON_KEY else "<", k - 18 if k > 18 else 0, k)
    return key.match(text, lo) if lo >= 0 else None


def _add(text, m, phones, taken, added) -> None:
    value = m.group(3)
    number = _LANDLINE.fullmatch(value.strip())
    if number is None:
        return
    start = m.start(3) + (len(value) - len(value.lstrip()))
    end = start + len(number.group())
    if (start, end) in taken:
        return
    base = m.group(1)
    first = _first_value(text, base, m.start())
    if (
        first is not None
        and any(first[0] <= s and e <= first[1] for s, e in phones)
        and _same_record(text, first[0], m.start())
    ):
        added.append((start, end, "landline", 0.85))
        taken.add((start, end))


def _first_value(text: str, base: str, at: int) -> tuple[int, int] | None:
    """The span of the value under the bare key ``base`` nearest before the numbered one
    at ``at`` (else nearest after it), within a record's reach."""
    lo = at - _RECORD if at > _RECORD else 0
    for opening, closing in (('"' + base + '"', '"'), ("<" + base + ">", "<")):
        k = text.rfind(opening, lo, at)
        if k < 0:
            k = text.find(opening, at, at + _RECORD)
        if k < 0:
            continue
        v = k + len(opening)
        if closing == '"':
            v = text.find('"', v, v + 6) + 1
            if v <= 0:
                continue
        stop = text.find(closing, v, v + 30)
        if stop > v:
            return (v, stop)
    return None


def _same_record(text: str, a: int, b: int) -> bool:
    """Two fields of one record: on one line (JSON lines), or no record's end between them."""
    lo, hi = (a, b) if a < b else (b, a)
    between = text[lo:hi]
    return "\n" not in between or ("}" not in between and "</row" not in between.lower())
