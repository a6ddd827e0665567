"""Phone labels typed or recognised with spaces between their characters (issue 16, the
phone errors of the held-out batches): "联 系 电 话：…", "监 督 电 话：…", "电  话：…",
"手 机：…" — letter-spaced in a form's fields, or spaced by OCR of a notice board's
photo. The rules read a label right before its number ("家庭电话：", "举报电话："), so
``spaced_phone_labels`` writes the label's characters together and the spaces before it:
the same length, so every offset holds ("监 督 电 话：138…" is read as "   监督电话：138…").

Speed: the text is looked at only where a space stands right before 话 or 机 (found by
those characters, ``wordfind``), and the label is read in a window there.
"""

from __future__ import annotations

import re

from .wordfind import find_by

# two to six characters parted by one to three spaces, ending a phone's label
_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff][ \u3000]{1,3}){1,5}[话机])(?=[ \u3000]*[：:])"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]{0,5}(?:电话|手机|座机|固话)")
_HINTS = (" 话", " 机", "\u3000话", "\u3000机")


def spaced_phone_labels(text: str) -> str:
    """``text`` with each letter-spaced phone label written together (same length)."""
    wide = "\u3000" in text
    pieces: list[tuple[int, int, str]] = []
    for hint in _HINTS if wide else _HINTS[:2]:
        k = find_by(text, hint, 1)
        while k >= 0:
            m = _SPACED.search(text, k - 24 if k > 24 else 0, k + 8)
            while m is not None and m.end() <= k:
                m = _SPACED.search(text, m.end(), k + 8)
            if m is not None and m.start() <= k:
                spaced = m.group(1)
                label = spaced.replace(" ", "").replace("\u3000", "")
                if _LABEL.fullmatch(label):
                    pieces.append((m.start(), m.end(), " " * (len(spaced) - len(label)) + label))
            k = find_by(text, hint, 1, k + 1)
    if not pieces:
        return text
    out, pos = [], 0
    for start, end, new in sorted(set(pieces)):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)
