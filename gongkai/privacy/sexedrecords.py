"""A person's name in a record of label lines whose next line gives the sex (privfix25b).

A register exported as ``label：value`` lines, one record a block, opens each record
with its person: ``被保险人：X`` / ``姓名：X`` then ``性别：男``. The value under a person's
label right before the sex's line is that person's name whatever the surname: the
name model knows the common surnames, not every rare one (后, 種, 仉 …), and the record
says what the value is. Only a value of a name's shape (two to four Han characters, or a
minority name with a middle dot) under a label the tables read as a person's column
(``tables._column_kind``: 姓名, 被保险人, 户主, 申请人 …, no staff's) and possible as a name
(``namemodel.possible``: not 本人, 同上, 不详) is added, where no finding covers it yet.
"""

from __future__ import annotations

import re

from .namemodel import possible
from .tables import _column_kind
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_LINE = re.compile(
    r"([\u4e00-\u9fff]{1,8})[ \u3000]*[：:][ \u3000]*"
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10})[ \u3000]*"
)
_SEX = re.compile(r"性别[ \u3000]*[：:][ \u3000]*[男女]")


def sexed_records(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names of label-line records that give the sex next."""
    at = text.find("\n性别") if has_word(text, "性别") else -1
    if at < 0:
        return cands  # (the cheap look first: no sex's label at a line's start)
    added: list[Candidate] = []
    while at >= 0:
        if _SEX.match(text, at + 1):
            lo = text.rfind("\n", 0, at) + 1
            m = _LINE.fullmatch(text, lo, at)
            if m and _column_kind(m.group(1)) in ("name", "maybe_name"):
                s, e = m.span(2)
                if possible(m.group(2)) and not any(c[0] < e and s < c[1] for c in cands):
                    added.append((s, e, "name", 0.8))
        at = text.find("\n性别", at + 1)
    return sorted(cands + added) if added else cands
