"""The whole value after a person's label (issue 16).

``names.name_from_label`` cuts a label's value at the first character that is no
given name's (``validators.name_shape``), so "姓名：韦思若；" and "来信人：包相如　邮箱：…"
lose the last character of a name of today's registers (若, 如, 可, 然 …: characters
that are words in running text, ``letterkin``), and a surname that no list holds
("姓名：铁屹桐；") is no name at all. Where the value stands alone between the label's sign
and a separator (a sign, two spaces, a tab, the line's end), it is read whole:

- a name of two characters found there and one more character of a given name of today
  (``letterkin._GIVEN``) before the separator: the three characters;
- after 姓名 itself, a value of two to four characters that the model of names does not
  rule out (``namemodel`` ≥ 0.3: a surname of no list and a given name), when nothing
  was found there.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .letterkin import _GIVEN
from .listwords import non_name
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_SIGNS = frozenset("：:")
# what closes a value standing alone: a sign, a tab, two spaces, the line's end
_CLOSE = re.compile(r"[；;，,。、|\t\n）)]|[ \u3000]{2}|$")
_NAME_LABEL = re.compile(r"姓名[ \u3000]*[:：][ \u3000]*([\u4e00-\u9fff]{2,4})")


def whole_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names after a label read whole (module docstring)."""
    starts: dict[int, int] = {}
    for i, (s, _e, kind, _conf) in enumerate(cands):
        if kind == "name":
            starts[s] = i
    out = list(cands)
    for s, i in starts.items():
        _s, e, _kind, conf = cands[i]
        if (
            e - s == 2
            and text[s - 1 : s] in _SIGNS
            and text[e : e + 1] in _GIVEN
            and _CLOSE.match(text, e + 1)
            and e + 1 not in starts
        ):
            out[i] = (s, e + 1, "name", conf)
    if has_word(text, "姓名"):
        for m in _NAME_LABEL.finditer(text):
            s, e = m.span(1)
            if s in starts or not _CLOSE.match(text, e):
                continue
            word = m.group(1)
            if nm.score(word) >= 0.3 and not non_name(word):
                out.append((s, e, "name", 0.8))
    return out
