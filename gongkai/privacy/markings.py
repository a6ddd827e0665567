"""Markings as text extraction leaves them: spaced, in other brackets, on a line alone.

The word pass of ``scanner`` finds the printed forms ("（此件不予公开）", "机密★1年").
A PDF's text layer or an OCR'd scan spreads a centred line with spaces
("（ 此 件 不 予 公 开 ）", "秘　密★1年"), a page may print the stamp in other
brackets ("【此件不予公开】", "〔本件不予公开〕") or with none on a line of its own, and
an office writes 本件 as well as 此件. These are the same markings.

- The stamp (``nondisclosure``): 此件 / 本件 / 本文件 + 不予公开 / 不公开, with spaces
  anywhere between its characters; inside brackets of any kind wherever it stands,
  without brackets only as a line of its own ("此件不予公开" inside a sentence is prose).
- A secrecy level spread with spaces ("绝 密", "机　密★1年", "秘 密 ★ 启用前"): only as a
  line of its own, where a header stands ("秘 密" inside prose is no marking).

Cost: the stamp's search starts with the literal 件, the levels' with each 密 (a find of
one character); under 1 % of a scan of the benchmark text.
"""

from __future__ import annotations

import re

_SP = r"[ \u3000]*"
_STAMP = re.compile(rf"件{_SP}不{_SP}(?:予{_SP})?公{_SP}开")  # a literal first: fast
_BEFORE = re.compile(rf"(?:([（(【\[〔［]){_SP})?(?:此|本{_SP}(?:文{_SP})?){_SP}$")
_AFTER = re.compile(rf"{_SP}([）)】\]〕］])?")
_CLOSERS = {"）": "（(", ")": "（(", "】": "【", "]": "[［", "〕": "〔", "］": "［["}
_SPACED_LEVEL = re.compile(
    rf"(?:绝|机|秘)[ \u3000]+密(?:{_SP}[★☆](?:{_SP}(?:[0-9一二三四五六七八九十]+{_SP}"
    rf"(?:年|个月|月)|长期|启用前))?)?"
)

Candidate = tuple[int, int, str, float]


def _alone(text: str, start: int, end: int) -> bool:
    """Nothing but spaces on the line before ``start`` and after ``end``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _stamps(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _STAMP.finditer(text):
        lead = _BEFORE.search(text, max(0, m.start() - 16), m.start())
        if lead is None:
            continue
        start = lead.start()
        tail = _AFTER.match(text, m.end())
        opener, closer = lead.group(1), tail.group(1) if tail else None
        if opener and closer and opener in _CLOSERS[closer]:
            out.append((start, tail.end(), "nondisclosure", 0.99))
        elif not opener and not closer and _alone(text, start, m.end()):
            out.append((start, m.end(), "nondisclosure", 0.97))
    return out


def _spaced_levels(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("密", 1)
    while at >= 0:  # (a find of one character is fast; of " 密", a scan of the whole text)
        if text[at - 1] in " \u3000":
            start = at - 1
            while start and text[start - 1] in " \u3000":
                start -= 1
            if start and text[start - 1] in "绝机秘":
                m = _SPACED_LEVEL.match(text, start - 1)
                if m and _alone(text, m.start(), m.end()):
                    out.append((m.start(), m.end(), "secrecy", 0.95))
        at = text.find("密", at + 1)
    return out


def markings(text: str) -> list[Candidate]:
    """Stamps and secrecy levels in the forms the word pass does not read."""
    out = _stamps(text) if "公" in text else []
    return out + _spaced_levels(text)
