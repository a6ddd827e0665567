"""The last line of a list of names written several to a line (issue 16): a list of
persons separated by spaces wraps, and its last line may hold one name or two
("涂某某　　宋某　　何某某\\n朱某某"). Right under a line read as a run of names
(``namelines.name_runs``), a line of one or two words, each a name with a known surname
and no word's character, is the list's end; anything else (a heading, a sentence, a
unit, a place) is not.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

_TAIL = re.compile(
    r"[ \u3000]*([\u4e00-\u9fff]{2,4})(?:[ \u3000、，,]+([\u4e00-\u9fff]{2,4}))?[ \u3000]*"
)


def tail_names(line: str, base: int) -> list[Candidate]:
    m = _TAIL.fullmatch(line)
    if not m:
        return []
    out: list[Candidate] = []
    for k in (1, 2):
        word = m.group(k)
        if word is None:
            continue
        if (
            not v.surname_length(word)
            or non_name(word)
            or word in v.COMMON_WORDS
            or not v.plausible_name(word, strict=len(word) == 2)
        ):
            return []
        out.append((base + m.start(k), base + m.end(k), "name", 0.75))
    return out


# a sentence after a list on its line: a semicolon or a full stop, then a clause of
# nine characters or more without a list's delimiter ("…、滕某某；另有贺某女士代其父…")
_CLAUSE = re.compile(r"[；;。][ \u3000]*[^、，,；;。\n]{9}")


def list_part(line: str) -> str:
    """``line`` up to the sentence that follows a list of three or more 、-separated
    words on it; the whole line when there is none."""
    if "；" not in line and ";" not in line and "。" not in line:
        return line
    m = _CLAUSE.search(line)
    if m and line.count("、", 0, m.start()) >= 2:
        return line[: m.start()]
    return line
