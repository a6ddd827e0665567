"""A name noted with the person's age in brackets: "救起落水儿童某某（8岁）" (issue 16).

An age in brackets right after two to four characters is said of a person only; the
characters before it that read as a name (the last ones of the run, a known surname
first) are one. A group's age ("60岁以上"), an age without brackets, or a word before
the bracket that is no name ("老人（80岁）", "其子（8岁）") is left alone.
"""

from __future__ import annotations

import re

from .listwords import non_name
from .names import name_ending

Candidate = tuple[int, int, str, float]

_AGE = re.compile(r"[（(]\d{1,3}(?:周)?岁[）)]")


def aged_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("岁")
    while at >= 0:
        lo = at - 6 if at > 6 else 0
        m = _AGE.search(text, lo, at + 2)
        if m and m.end() == at + 2:
            found = name_ending(text, m.start(), strict=False)
            if found and not non_name(text[found[0] : found[1]]):
                out.append((found[0], found[1], "name", 0.75))
        at = text.find("岁", at + 1)
    return out
