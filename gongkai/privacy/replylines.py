"""A landline in an office's reply to a work order or a letter (issue 16, privfix26c).

A 12345 work order, a mailbox page or a letter register prints the handling office's answer
as a paragraph of its own opened by its field's word: "答复（2022-05-13，某局某股X）：经核实，
…。联系电话：0914-…", "回复：…如有疑问请致电0xxx-…", "办理结果：…". The caller's particulars stand in
the order's other fields; the fixed line the answer gives is the replying office's (README
lines 1–83: units' phones are not marked), as every folder has it. A landline on a line so
opened is dropped, unless a home's word names it (家庭电话, 住宅电话, 家中座机) or the person's
own (本人电话). Mobiles are left to the other rules.

Cost: the cue index's 答复, 回复, 办理结果, 处理结果, 办理情况.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_OPENERS = ("答复", "回复", "办理结果", "处理结果", "办理情况", "承办单位答复", "部门答复")
_HOME = re.compile(r"家庭|住宅|家中|家里|宅电|本人|个人|私人")


def _reply_line(text: str, at: int) -> bool:
    lo = text.rfind("\n", 0, at) + 1
    while lo < at and text[lo] in " \u3000\t":
        lo += 1
    return text.startswith(_OPENERS, lo)


def reply_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines of an office's reply paragraph (docstring)."""
    if not any(has_word(text, w) for w in ("答复", "回复", "办理结果", "处理结果", "办理情况")):
        return cands
    drop = {
        c
        for c in cands
        if c[2] == "landline"
        and _reply_line(text, c[0])
        and not _HOME.search(text, max(0, c[0] - 8), c[0])
    }
    return [c for c in cands if c not in drop] if drop else cands
