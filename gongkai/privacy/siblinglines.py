"""Lines of one list, one place or group a line ("江口村：张三、李四", "二组：王五"):
when the persons of most lines of a block are found, the one or two of a line the
name rules found too weak alone ("黄双村：滕某", a given name that is also a word) are
persons of the same list (issue 16, docs17's per-village lists)."""

from __future__ import annotations

import re

from . import validators as v
from .bareitems import bare_items
from .wordfind import colons

Candidate = tuple[int, int, str, float]

# a line: its label (a place, a group, a class) with a sign, then names joined by 、
_LINE = re.compile(
    r"[ \u3000\t]*([\u4e00-\u9fff]{1,10}?(?:村|社区|居委会|组|屯|镇|乡|街道|班|队|片区?|网格))"
    r"[：:][ \u3000]*([\u4e00-\u9fff·]{2,6}(?:[、，,][\u4e00-\u9fff·]{2,6}){0,7})[ \u3000。；;]*(?=\n|$)"
)
_TOKEN = re.compile(r"[\u4e00-\u9fff·]{2,6}")


def sibling_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The names of the lines of a list whose other lines' names were found, and of
    numbered items holding a name alone among items of found names (``bareitems``)."""
    out = bare_items(text, cands)
    if "：" not in text and ":" not in text:
        return out
    lines = _lines(text)
    if len(lines) < 3:
        return out
    named = {s for s, _e, kind, _c in cands if kind == "name"}
    block: list[re.Match[str]] = []
    for i, m in enumerate(lines):
        block.append(m)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # a block: consecutive lines (a sub-heading between at most, and a blank line
        # before it: "\n\n宁谷县（共9人）\n")
        if nxt is not None and text.count("\n", m.end(), nxt.start()) <= 3:
            continue
        out += _block(block, named)
        block = []
    return out


def _lines(text: str) -> list[re.Match[str]]:
    """The list lines of ``text``: each line with a sign matched once from its start
    (found by the signs with ``str.find``: a pattern from every position costs more)."""
    out = []
    done = -1
    for signs in colons(text):
        for k in signs:
            # (a line's start within 14 signs only: no look further back on a long line)
            begin = text.rfind("\n", k - 15 if k > 15 else 0, k) + 1
            if begin != done and k - begin <= 14:
                m = _LINE.match(text, begin)
                if m:
                    out.append(m)
                done = begin
    out.sort(key=lambda m: m.start())
    return out


def _block(block: list[re.Match[str]], named: set[int]) -> list[Candidate]:
    if len(block) < 3:
        return []
    tokens = [[(t.start(), t.group()) for t in _TOKEN.finditer(m.group(2))] for m in block]
    offsets = [m.start(2) for m in block]
    full = sum(
        1
        for base, toks in zip(offsets, tokens, strict=True)
        if all(base + s in named for s, _ in toks)
    )
    if 3 * full < 2 * len(block):
        return []  # most lines must be lists of persons already
    out = []
    for base, toks in zip(offsets, tokens, strict=True):
        for s, tok in toks:
            at = base + s
            if at in named or len(tok) > 4 and "·" not in tok:
                continue
            if (
                v.plausible_name(tok, strict=False)
                or (len(tok) in (2, 3) and v.surname_length(tok) == 1)
                # a surname the lists leave out (续, 员: they open words) before a given
                # name of two given-name characters, among lists of persons
                or (len(tok) == 3 and all(c in v.GIVEN_CHARS for c in tok[1:]))
            ):
                out.append((at, at + len(tok), "name", 0.7))
    return out
