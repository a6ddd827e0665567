"""A legal person's representative named in its record's role cell or its export's key
(issue 16, privfix25c; README's eighteenth sitting).

The 法定代表人 of a legal person or a partnership (有限公司, 合作社, 普通合伙 …) is public
registration data and not marked, "and so are that person's other mentions in the same
document". Two layouts carry the role without a label the passes before read:

- a table's row whose person cell is followed by its role cell ``法定代表人`` (a blacklist's
  责任人员 columns 姓名 | 身份, the company's name in the same row): "某有限公司 ⇥ X ⇥ 法定代表人";
- an export's record whose representative's key is the pinyin of 法定代表人 or its English
  (``"bfyrfddbr": "X"``, ``"frdb"``, ``"legal_rep"``), the record naming a legal person.

Such a name is dropped in the record and in its other mentions. A row or a record whose unit
is an individual business (个体工商户, 经营者) or names no legal person keeps its person, and a
role cell other than the representative's (实际控制人, 直接责任人) is another person's.

Cost: one find of 法定代表人 / fddbr / frdb / legal in the text (most texts stop there).
"""

from __future__ import annotations

import re

from .seqlists import line_bounds
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# a legal person's or a partnership's name in the row or the record (no individual business)
_LEGAL = re.compile(
    r"有限公司|有限责任公司|股份公司|集团|合作社|联合社|合伙\)|合伙）|普通合伙|协会"
)
_ROLE_CELL = re.compile(r"[ \u3000]*(?:\t|\|)[ \u3000]*法定代表人[ \u3000]*(?=\t|\||\n|$)")
_KEY = re.compile(r"(?i)\"[a-z_]*(?:fddbr|frdb|legal_?rep\w*|legal_?person)\"[ ]*:[ ]*\"$")


def _representative(text: str, start: int, end: int) -> bool:
    lo, hi = line_bounds(text, start)  # (a name holds no line break)
    row = text[lo:hi]
    if "个体" in row or not _LEGAL.search(row):
        return False
    if _ROLE_CELL.match(text, end):
        return True
    return (
        text[start - 1 : start] == '"' and _KEY.search(text, max(lo, start - 40), start) is not None
    )


def legal_reps(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a legal person's representative's name and its mentions (docstring)."""
    if (
        not has_word(text, "法定代表人")
        and "fddbr" not in text
        and "frdb" not in text
        and "egal" not in text
    ):
        return cands
    reps = {text[s:e] for s, e, k, _ in cands if k == "name" and _representative(text, s, e)}
    if not reps:
        return cands
    return [c for c in cands if c[2] != "name" or text[c[0] : c[1]] not in reps]
