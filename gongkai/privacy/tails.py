"""What stands at the end of a window before a candidate, found without trying every start.

``CLAUSE_TAIL.search(text, lo, start)`` and ``BEFORE_NAME.search(window)`` end in ``$``:
the engine tries them at every position of the window (and backtracks at each), which
made them a tenth of the scanner's time. The functions here give the same result from
the window's end: the last clause sign, the separators and label words before the
number, then the run of characters before them. ``tests/test_tails.py`` compares them
with the expressions on random windows.
"""

from __future__ import annotations

import re

# the last sign that ends a clause (CLAUSE_TAIL's class), found by one greedy match
_LAST_CLAUSE_SIGN = re.compile(r"(?s:.*)[。；;！!？?\n，,]")


def clause_tail(text: str, lo: int, start: int) -> str:
    """``CLAUSE_TAIL.search(text, lo, start).group()``: the words before ``start`` back
    to the last clause sign (``$`` also matches before a newline that ends the window)."""
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    m = _LAST_CLAUSE_SIGN.match(text, lo, end)
    return text[m.end() if m else lo : end]


# BEFORE_NAME, taken apart: a run of 2–8 characters (the name), then separators, an
# optional label word, separators, the window's end.
_NAME_RUN = re.compile(r"[\u4e00-\u9fff·]*")
_SEP_BEFORE = frozenset(" \t\u3000,，、:：(（")  # between the run and the label
_SEP_AFTER = frozenset(" \t\u3000:：,，(（")  # between the label and the end
_LABELS = (
    "公民身份证号码",
    "公民身份证号",
    "公民身份证",
    "身份证号码",
    "身份证号",
    "身份证",
    "公民身份号码",
    "证件号码",
    "证件号",
    "手机号码",
    "手机号",
    "手机",
    "联系电话",
    "电话",
    "联系方式",
)
_LABEL_LAST = frozenset(label[-1] for label in _LABELS)
# the labels by their last character (a window's end is tried against its own only)
_BY_LAST = {c: tuple(w for w in _LABELS if w[-1] == c) for c in _LABEL_LAST}


def before_name(window: str) -> tuple[int, int] | None:
    """The span of ``BEFORE_NAME.search(window)``'s group 1, or None when it finds none.

    The leftmost start wins, then the shortest run (the lazy ``{2,8}?``): among the
    places where the run may end (before the separators that end the window, or before
    a label and its separators), the one that lets the run start earliest.
    """
    n = len(window)
    if n and window[-1] == "\n":
        n -= 1  # "$" matches before a newline that ends the string
    # where the run may end: before the separators at the end ...
    j = n
    while j and window[j - 1] in _SEP_BEFORE:
        j -= 1
    ends = [j]
    # ... or before a label that only _SEP_AFTER separators follow, and separators
    e = n
    while e and window[e - 1] in _SEP_AFTER:
        e -= 1
    if e and window[e - 1] in _LABEL_LAST:  # (no label ends here: none of the loop's calls)
        for label in _BY_LAST[window[e - 1]]:
            if window.endswith(label, 0, e):
                k = e - len(label)
                while k and window[k - 1] in _SEP_BEFORE:
                    k -= 1
                ends.append(k)
    best: tuple[int, int] | None = None
    for end in sorted(set(ends)):
        if end < 2:
            continue
        # the run of name characters back from ``end`` (at most 8), read in one match of
        # the window's last 8 characters reversed
        k = end - _NAME_RUN.match(window[end - 8 if end > 8 else 0 : end][::-1]).end()
        if end - k >= 2 and (best is None or k < best[0]):
            best = (k, end)
    return best
