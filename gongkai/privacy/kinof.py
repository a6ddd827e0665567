"""A person named by a relative of theirs: "X的丈夫", "X的儿子" (issue 16, privfix17d).

A register or a report names someone it cannot name by the person they are kin of —
"高某某的丈夫（姓名不详）" as a reported person's cell, "据反映，王某某的儿子在河边…" —
and the person so named, X, is a private person. X is taken when it opens its cell,
line or clause (after a tab, a bar, a quote, a comma, a colon, a bracket or 、), is a
plausible name in the strict sense (common surname, common given-name characters), and
the kinship word follows 的 at once. What stands later in a clause ("是X的丈夫") is left to
the prose passes.

Speed: one C search for 的 followed by a kinship word; each hit then reads the three
characters before it.
"""

from __future__ import annotations

import re

from . import validators as v
from .cellpersons import NOT_NAMES

Candidate = tuple[int, int, str, float]

_OF_KIN = re.compile(
    r"的(?:丈夫|妻子|爱人|配偶|儿子|女儿|父亲|母亲|儿媳|女婿|孙子|孙女|外孙|哥哥|弟弟|姐姐|妹妹|"
    r"侄子|侄女|外甥|公公|婆婆)"
)
_HOUSEHOLD = frozenset("家户氏")  # (a household's or a clan's word closing the run)
_OPENS = frozenset('\n\t|｜,，。；;：:"“（(、 \u3000')


def kin_of_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names X of "X的丈夫" and the like opening a cell or clause (above), not yet found."""
    out: list[Candidate] = []
    taken = None
    for m in _OF_KIN.finditer(text):
        end = m.start()
        for size in (3, 2):
            start = end - size
            if start < 0 or (start > 0 and text[start - 1] not in _OPENS):
                continue
            name = text[start:end]
            if name[-1] in _HOUSEHOLD or name in NOT_NAMES:
                continue  # "张家的儿子": a household, not a person
            if not v.plausible_name(name, strict=True):
                continue
            if taken is None:
                taken = sorted((c[0], c[1]) for c in cands)
            if not any(s < end and e > start for s, e in taken if s < end + 10):
                out.append((start, end, "name", 0.8))
            break
    return out
