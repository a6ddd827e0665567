"""A dotted name with a long part filling a field's value or a cell (issue 16, privfix27c,
docs305).

``dottededges.dotted_names`` reads a dotted name anywhere in the text with parts of up to
five signs, so that a sentence's run is not taken with it. Uyghur names have longer parts:
阿不都热合曼 (Abdurahman), 阿不都克力木, 阿不都沙拉木 — six or seven signs. Where such a
dotted run fills a value on its own — after a label's colon or a cell's separator (``：``,
``｜``, ``|``, a tab, a comma) and up to the next separator, a bracket or the line's end —
no sentence runs on around it, and the whole run is the name: "家庭成员1：阿不都热合曼·依明｜
父亲｜…", "| 麦麦提敏·阿不都热合曼 | 弟弟 |". It is added when no candidate holds its dot.

Not so: a run whose long part is no transliteration (more than one of its signs outside
``listwords.TRANSLIT``: "绿水青山·美丽乡村建设"), any part a word, a place or a unit
(``dottededges._word``), a value after an office's label (经办人：, 联系人：, the unit's staff) or an official's post
(镇长：, 村党支部书记：, as docs3 marks them),
a run inside a title's brackets, a run with no part longer than five signs (``dotted_names``
decides those).

Cost: nothing without a middle dot; then a look at each dot's two runs.
"""

from __future__ import annotations

from .dottededges import READ, _in_office, _in_title, _word
from .listwords import TRANSLIT
from .patterns import is_han

Candidate = tuple[int, int, str, float]

_OPENS = frozenset("：:｜|\t,，\n")
_CLOSES = frozenset("｜|\t,，（(\n ")
_LONGEST = 8
# an official's post ending the label before the colon ("镇长：", "村党支部书记：")
_POST_END = ("长", "书记", "主任", "委员", "专干", "干部", "领导")


def _translit(part: str) -> bool:
    return sum(c not in TRANSLIT for c in part) <= 1


def _post_label(text: str, colon: int) -> bool:
    line = text.rfind("\n", 0, colon) + 1
    return text[line:colon].rstrip().endswith(_POST_END)


def dotted_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the dotted names with a long part that fill a value (docstring)."""
    at = text.find("·")
    if at < 0:
        return cands
    out = cands
    n = len(text)
    while at >= 0:
        lo = at
        while lo > 0 and is_han(text[lo - 1]) and at - lo < _LONGEST + 1:
            lo -= 1
        hi = at + 1
        while hi < n and (is_han(text[hi]) or text[hi] == "·") and hi - at < 3 * _LONGEST:
            hi += 1
        nxt = text.find("·", hi)
        if lo < at and (lo == 0 or text[lo - 1] in _OPENS) and (hi == n or text[hi] in _CLOSES):
            parts = text[lo:hi].split("·")
            if (
                all(1 < len(p) <= _LONGEST for p in parts)
                and any(len(p) > 5 for p in parts)
                and all(_translit(p) for p in parts if len(p) > 5)
                and not any(_word(p) for p in parts)
                and not any(c[0] < hi and lo < c[1] and c[2] == "name" for c in out)
                and not _in_title(text, lo)
                and not _in_office(text, lo, hi)
                and not (text[lo - 1 : lo] in "：:" and _post_label(text, lo - 1))
            ):
                if out is cands:
                    out = list(cands)
                out.append((lo, hi, "name", READ + 0.1))
        at = nxt
    return out
