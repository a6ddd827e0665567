"""A person named right before their home (an election notice's winners, a list of
families): "1. 张三，某小区4栋3单元502室业主", "候补委员：李四（某小区9栋2单元504室）",
"3. 王五家庭（某村二组10号）". The name stands alone between a list sign and the comma
or bracket that opens the address the scanner found."""

from __future__ import annotations

from . import namemodel as nm
from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

# what may stand before the name: a list sign, a label's colon, a line's start or an
# item's number ("1. ", "（二）", "3、")
_BEFORE = frozenset("：:，,、。；;\n\t 　.．）)")
_HOUSEHOLD = ("家庭", "家", "户")


def address_owners(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, stop, kind, _conf in cands:
        if kind != "address":
            continue
        # a candidate may open with the words before its bracket ("张三家庭（…号"): the
        # bracket is then where the address begins
        cut = text.rfind("（", start, min(stop, start + 12))
        end = cut if cut >= 0 else start - 1
        if end < 2 or text[end] not in "，,（(":
            continue
        lo = end
        while lo > 0 and end - lo < 7 and "\u4e00" <= text[lo - 1] <= "\u9fff":
            lo -= 1
        if lo == end or (lo > 0 and text[lo - 1] not in _BEFORE):
            continue
        run = text[lo:end]
        household = False
        for tail in _HOUSEHOLD:
            if run.endswith(tail) and len(run) > len(tail) + 1:
                run = run[: -len(tail)]
                household = True
                break
        if not 2 <= len(run) <= 4 or non_name(run):
            continue
        # a household named by its head before its home ("X户（某村3组42号）") is a person
        # however rare the name, unless the model of names rules it out (低保户, 贫困户)
        if v.plausible_name(run, strict=len(run) == 2) or (household and nm.score(run) >= 0.3):
            out.append((lo, lo + len(run), "name", 0.7))
    return out
