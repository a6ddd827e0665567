"""An individual business's operator named in its bracketed note (issue 16, privfix26c).

A register names a business and notes its kind and keeper in brackets after it:
"某县石坝石料厂（个体工商户，经营者 张三）", "某镇李记餐馆（个体，经营者：李四）". The keeper of an
individual business is a private person (README lines 1–83); rules reading "经营者X" take the
name where it touches the word, not after a space or a colon inside the note. Here the whole
note decides: 个体 (工商户), then 经营者 or 负责人 with spaces or a colon, then a name filling
the rest of the bracket (a plausible name, or a dotted one). A legal person's note (有限公司
（法定代表人 X）) is no such note.

Cost: one ``in`` for 经营者 or 负责人 and one for 个体.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"个体(?:工商户|户)?[，,、；; \u3000]*(?:经营者|负责人)[ \u3000]*[：:]?[ \u3000]*"
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[ \u3000]*[）)]"
)


def operator_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the operators named in individual businesses' notes (docstring)."""
    if not has_word(text, "个体") or ("经营者" not in text and "负责人" not in text):
        return cands
    spans = {(c[0], c[1]) for c in cands if c[2] == "name"}
    added = []
    k = text.find("个体")
    while k >= 0:
        m = _NOTE.match(text, k)
        if m:
            s, e = m.span(1)
            name = m.group(1)
            if (s, e) not in spans and ("·" in name or v.plausible_name(name)):
                spans.add((s, e))
                added.append((s, e, "name", 0.85))
        k = text.find("个体", k + 2)
    return cands + added if added else cands
