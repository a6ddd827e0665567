"""A course's instructors named beside its invigilator (issue 16, privfix25d).

An office's record of a study course and its test (a traffic police's 满分教育, a safety
training's register) opens with the session's particulars on one line: "学习地点：…　教员：X、Y
监考：Z". Its instructors (教员, 讲师, 教官) listed on the same line as the test's invigilator
(监考, 监考员, 监考人) are the session's staff, acting in that role as the invigilator is
(``staffrosters``, ``dutynotes``); the persons in the table below keep their names. An
instructor's label with no invigilator on its line (a training school's teacher list, a
driving school's 教练员) says nothing of office and is left to the other passes.

Cost: one ``in`` for "员：" / "师：" / "官：" and one for "监考"; then a look at each name's line.
"""

from __future__ import annotations

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_LABELS = ("教员", "讲师", "教官", "授课教员", "培训教员")
_LIST = frozenset("、，,　 ")


def _instructor(text: str, start: int) -> bool:
    """Whether the name at ``start`` is listed right after an instructor's label on a line that
    also names the test's invigilator (module docstring)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if "监考" not in text[lo:hi]:
        return False
    colon = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    if colon < 0:
        return False
    between = text[colon + 1 : start]
    # only earlier names of the list between the label and this name
    if any(not ("\u4e00" <= ch <= "\u9fff" or ch == "·" or ch in _LIST) for ch in between):
        return False
    if "\u3000" in between.strip("\u3000 ") or "  " in between:
        return False  # a blank gap: another field began
    label = text[max(lo, colon - 4) : colon]
    return any(label.endswith(w) for w in _LABELS) and not label.endswith("教练员")


def course_instructors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the instructors listed beside a course's invigilator (module docstring)."""
    # (监考 first, by the cue index: a set's look-up; each ``in`` miss walks the text)
    if not has_word(text, "监考"):
        return cands
    if not (has_word(text, "员：") or "师：" in text or "官：" in text or has_word(text, "员:")):
        return cands
    drop = {c for c in cands if c[2] == "name" and _instructor(text, c[0])}
    if not drop:
        return cands
    return [c for c in cands if c not in drop]
