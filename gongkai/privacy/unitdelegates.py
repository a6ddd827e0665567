"""A delegate of a party that the law makes an organisation acts for it (issue 16, docs178).

Under the tender law the 招标人 (the tendering party) is a legal person or another
organisation, never a private person, and so is a 建设单位 or an 业主单位 by its word 单位.
Its 代表 named in a bid evaluation committee or a candidates' notice is sent by that
organisation, in office: no private person, however the text sets the name beside the
role:

- the role as the name's label: "招标人代表：X", "采购人代表 X";
- the role in a note after the name: "X（招标人代表）";
- the role in a cell of the name's row: ``X,招标人代表,某县教育局`` (CSV, tab, pipe), the
  name alone in its own cell.

The experts beside them (评标专家, 评审专家) stay: they are named for themselves. A
representative of a party that may be a person (业主代表, 甲方代表, 村民代表) is left alone,
and so is a 采购人代表 of a procurement's review panel: the earlier batches mark that
delegate a person (docs, docs4; the rule would read it the same way by the procurement
law, but the labels disagree and the older tests hold it a name).

Speed: the pass runs only when the text holds 代表 and a party's word before it.
"""

from __future__ import annotations

import re

from .wordfind import find_by

Candidate = tuple[int, int, str, float]

_ROLE = r"(?:招标人|招标单位|建设单位|业主单位)代表"
_LABEL_BEFORE = re.compile(_ROLE + r"(?:[：:][ \u3000]*|[ \u3000]+)$")
_NOTE_AFTER = re.compile(r"[ \u3000]*[（(]" + _ROLE + r"[）)]")
_CELL_SEPS = "\t|｜│,"
_ROLE_CELL = re.compile(r'(?:^|[\t|｜│,])[ \u3000"]*' + _ROLE + r'[ \u3000"]*(?=[\t|｜│,]|$)')


_PARTIES = ("招标人", "招标单位", "建设单位", "业主单位")


def _has_role(text: str) -> bool:
    """Whether a party's word stands before some 代表 of ``text`` (found by 表: most texts
    hold 代表 only in 法定代表人)."""
    at = find_by(text, "代表", 1)  # (by 表: ``wordfind``)
    while at >= 0:
        if text[at - 4 if at > 4 else 0 : at].endswith(_PARTIES):
            return True
        at = find_by(text, "代表", 1, at + 2)
    return False


def _own_cell(line: str, s: int, e: int) -> bool:
    """Whether ``line[s:e]`` fills its cell (quotes and spaces around it)."""
    before = line[:s].rstrip(' \u3000"')
    after = line[e:].lstrip(' \u3000"')
    return (not before or before[-1] in _CELL_SEPS) and (not after or after[0] in _CELL_SEPS)


def unit_delegates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of an organisation's delegates (module docstring)."""
    if not _has_role(text):
        return cands
    out: list[Candidate] = []
    for cand in cands:
        start, end, kind, _conf = cand
        if kind == "name" and _delegate(text, start, end):
            continue
        out.append(cand)
    return out


def _delegate(text: str, start: int, end: int) -> bool:
    if _LABEL_BEFORE.search(text, start - 12 if start > 12 else 0, start) or _NOTE_AFTER.match(
        text, end
    ):
        return True
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : len(text) if le < 0 else le]
    return _own_cell(line, start - ls, end - ls) and _ROLE_CELL.search(line) is not None
