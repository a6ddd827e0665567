"""An estate named under its own label is a place, not a home (issue 16, after docs126).

A list of a heating or water company's users is grouped by estate: "小区：X县向阳路96号
玉山苑（换热站：…）" heads the rows of the households living there. The estate's street,
number and name lead to hundreds of households, not one; what is private is each
household's building and room in the rows below. So an address that ends with the estate
(no building, unit or room after it) and stands right after a label naming an estate,
a compound or a site (小区, 楼盘, 院落, 片区, 项目, 所在小区) is no one's address. After a
residence label (住址, 家住 …) the same words stay a person's.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_ESTATE_LABEL = re.compile(
    r"(?:^|[\n\t|｜，,；;])[ \u3000#*>-]*(?:所在)?(?:小区|楼盘|院落|片区|项目)(?:名称)?(?:地址)?"
    r"[ \u3000]*[：:][ \u3000]*$"
)
_AFTER_LABEL = frozenset("：: \u3000")
_FLAT = re.compile(r"\d[号栋幢座楼单元室户房]?$|[栋幢座单元室户房]$")


def estate_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without an estate's own address under the estate's label."""
    if (
        "小区" not in text
        and not has_word(text, "楼盘")
        and not has_word(text, "院落")
        and not has_word(text, "片区")
    ):
        return cands  # (the cheap look)
    drop = {
        i
        for i, (s, e, kind, _conf) in enumerate(cands)
        if kind == "address"
        and text[s - 1 : s] in _AFTER_LABEL  # (the cheap look: a label's colon right before)
        and _ESTATE_LABEL.search(text, s - 16 if s > 16 else 0, s)
        and not _FLAT.search(text, s, e)
    }
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
