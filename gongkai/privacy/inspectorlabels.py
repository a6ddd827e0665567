"""The inspectors named under their post's label (issue 16, privfix25c).

A wage case's notice closes with who handles it: "劳资专管员：X（138…）；监察员：A、B；监督电话：…".
A labour inspector (监察员, 劳动保障监察员), an enforcement officer (执法员, 执法人员) or an
auditor (稽查员) acts in office, as README lines 1–83 have officials: the names listed right
after such a label, up to the clause's end (；。 or the line's), are not marked. The company's
wage administrator (劳资专管员) before them is hired by the company and keeps their name; a
person's label (投诉人, 申请人) is none of these posts.

Cost: one find of "员：" (or "人员：") and one of the posts' last characters; then a look at
the name candidates whose label stands right before their list.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the post's label, opening its clause (a line's start, a sign, a bracket before it)
_POST = re.compile(
    r"(?:^|(?<=[\n；;。，,、（(\t ]))(?:劳动保障)?(?:监察员|执法员|执法人员|稽查员|监察执法人员)[：:][ \u3000]*$"
)


def _label_before(text: str, start: int) -> bool:
    """Whether the post's label opens the list the name at ``start`` stands in."""
    lo = max(text.rfind("\n", 0, start), text.rfind("；", 0, start), text.rfind("。", 0, start))
    colon = max(text.rfind("：", lo + 1, start), text.rfind(":", lo + 1, start))
    if colon < 0:
        return False
    if any(c in "（(）)0123456789" for c in text[colon + 1 : start]):
        return False  # a bracket or a number between: another's record
    return _POST.search(text, max(lo + 1, colon - 12), colon + 1) is not None


def inspector_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names under an inspector's post's label (module docstring)."""
    if not has_word(text, "员：") and not has_word(text, "员:"):
        return cands
    if not has_word(text, "监察") and "执法" not in text and not has_word(text, "稽查"):
        return cands
    drop = [c for c in cands if c[2] == "name" and _label_before(text, c[0])]
    if not drop:
        return cands
    gone = set(drop)
    return [c for c in cands if c not in gone]
