"""Names listed after a staff label, each with its note (issue 16, privfix26f).

An assessment's result or a register's foot names its staff in one line, each with the part
they assessed or served: "评定医师：A（肢体）　B（视力、听力）　C（精神、智力）",
"评估人员：A（听力）、B（视力）". The label reads for every item of the list, not only for
the first next to it; the README (lines 1-83) leaves officials acting in office unmarked, as
the batch's decision on 评定医生 has it. A list under a person's label (申请人, 监护人) is left
to the other rules, and so is a name not in such a list or after a note of kin ("（之子）").

The first item, right after the label, is dropped when its note follows it.

Cost: a character test on each name candidate; only one right after "）" and a gap or 、
walks back its list, one right before "（" after a colon reads its label.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}[（(][^（）()\n]{1,12}[）)][ \u3000、]*$")
_LABEL = re.compile(
    r"(?:评定|鉴定|评残|评估|诊断|检查|适配|验配)(?:医师|医生|人员|人|技师)[ \u3000]*[：:][ \u3000]*$"
)
_KIN = re.compile(r"[之的]?(?:子|女|父|母|妻|夫|兄|弟|姐|妹|孙|儿|媳|婿)")


def _listed(text: str, start: int) -> bool:
    """``text[start]`` opens an item of a staff list after its label (module docstring)."""
    pos = start
    for _ in range(8):
        m = _ITEM.search(text, max(0, pos - 24), pos)
        if m is None:
            break
        note = text[m.start() : pos]
        if _KIN.search(note[note.find("（") + 1 :] if "（" in note else note[note.find("(") + 1 :]):
            return False
        pos = m.start()
    if pos == start:
        return False
    return _LABEL.search(text, max(0, pos - 12), pos) is not None


def staff_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names listed after a staff label (module docstring)."""
    out = []
    for c in cands:
        s = c[0]
        if c[2] == "name" and s > 1 and text[s - 1] in " \u3000、" and _listed(text, s):
            continue
        if (
            c[2] == "name"
            and text[c[1] : c[1] + 1] in ("（", "(")
            and text[s - 1 : s] in ("：", ":", " ", "\u3000")
            and _LABEL.search(text, max(0, s - 12), s) is not None
            and _ITEM.match(text[s : text.find("）", c[1], c[1] + 14) + 1 or s]) is not None
        ):
            continue
        out.append(c)
    return out
