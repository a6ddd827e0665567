"""A person named under a role's label whose own ID the record gives (issue 16, privfix26a,
docs297).

An accident's, a case's or a crew's register names each person by their role in the event
or on board — 甲船船长, 值班驾驶员, 轮机长, 押运员, 带班人 — and then that person's own
particulars under labels of the same role ("甲船船长：X（适任证书：…）" … "船长身份证号：…",
"船长手机：…"), or the ID in brackets right after the name ("值班驾驶员：X（5401…）"). No
office prints its staff's identity numbers (``holderids``, which reads roles ending in 人):
whatever the role's word — a post on board (长), a duty (值班), a trade (员, 工) — the
name whose own ID follows is a private person's, and it is read though a pass took the
role for an office's post (a ship's 船长 for a 局长, a ship's 值班 for an office's rota).

Read:

- a label line "ROLE：NAME" (a note in brackets after the name allowed), and within the
  same record (up to a blank line or a rule of ━, ─, =, -) a later label of the same role
  (the one's words ending the other's: 甲船船长 / 船长) and an ID's word, with a found ID
  after it;
- "ROLE：NAME（ID）", a found ID right inside the bracket after the name.

The name is the whole run between the label's colon and the line's end or the bracket,
two to four Han characters shaped as a name (``namemodel.score``). A legal person's
representative (法定代表人, 法人) is public registration data (eighteenth sitting) and
not read, nor is the same person under another label (主要负责人: docs274/5123).

Cost: nothing unless an ID was found; then a look at the sign before each ID, at its
label, and one ``rfind`` of the role's label in the 600 characters above.
"""

from __future__ import annotations

import re

from . import namemodel as nm

Candidate = tuple[int, int, str, float]

_ID_WORDS = r"(?:公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码)"
# the ID's label with its role before it, right before a found ID
_ID_LABEL = re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?:的)?{_ID_WORDS}[ \u3000]*[：:][ \u3000]*$")
# a role's label line: the role, its colon, the name, an optional note, the line's end
_ROLE_LINE = re.compile(
    r"(?m)^[ \u3000]*([A-Za-z0-9\u4e00-\u9fff]{2,8})[：:][ \u3000]*([\u4e00-\u9fff]{2,4})"
    r"(?:[（(][^（）()\n]{1,30}[）)])?[ \u3000]*$"
)
# the label and the name right before an ID's bracket
_BRACKETED = re.compile(
    r"([A-Za-z0-9\u4e00-\u9fff]{2,8})[：:][ \u3000]*([\u4e00-\u9fff]{2,4})[（(]$"
)
_NOT_PERSON = re.compile(r"法定代表人|法人|单位|公司|名称")
# a legal person's representative's labels: the same person's other mentions are not read
_REPRESENTATIVE = ("法定代表人：", "法定代表人:", "法人代表：", "法人：")
_RULE = re.compile(r"\n[ \u3000]*\n|\n[ \u3000]*[━─=\-—]{3,}")
_REACH = 600


def _named(text: str, value: str) -> bool:
    """``value`` is shaped as a name and is nowhere a legal person's representative."""
    return nm.score(value) >= 0.85 and not any(
        text.find(label + value) >= 0 for label in _REPRESENTATIVE
    )


def _same_role(a: str, b: str) -> bool:
    return len(b) >= 2 and len(a) >= 2 and (a.endswith(b) or b.endswith(a))


def role_own_ids(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names under a role whose own ID the record gives (module
    docstring)."""
    ids = [c for c in cands if c[2] == "id_card"]
    if not ids:
        return cands
    have = {(s, e) for s, e, k, _c in cands if k == "name"}
    starts = {s for s, _e in have}
    add: list[Candidate] = []
    for s, _e, _k, _c in ids:
        m = (
            _BRACKETED.search(text, s - 16 if s > 16 else 0, s)
            if text[s - 1 : s] in "（("
            else None
        )
        if m is not None and m.end() == s:
            role, value = m.group(1), m.group(2)
            ns = m.start(2)
            if not _NOT_PERSON.search(role) and ns not in starts and _named(text, value):
                add.append((ns, ns + len(value), "name", 0.85))
                starts.add(ns)
            continue
        if text[s - 1 : s] not in "：: \u3000":
            continue
        label = _ID_LABEL.search(text, s - 20 if s > 20 else 0, s)
        if label is None or text[label.start() - 1 : label.start()] not in ("\n", ""):
            continue
        role = label.group(1)
        lo = label.start() - _REACH if label.start() > _REACH else 0
        k = max(
            text.rfind(role + "：", lo, label.start()), text.rfind(role + ":", lo, label.start())
        )
        if k < 0:
            continue  # (the role's own label line: found by its words, then read whole)
        ls = text.rfind("\n", lo, k) + 1
        if _RULE.search(text, ls, label.start()):
            continue  # a blank line or a rule between: another record's
        line = _ROLE_LINE.match(text, ls)
        if line is None or line.end() > label.start() or not _same_role(line.group(1), role):
            continue
        ns = line.start(2)
        value = line.group(2)
        if not _NOT_PERSON.search(line.group(1)) and ns not in starts and _named(text, value):
            add.append((ns, ns + len(value), "name", 0.85))
            starts.add(ns)
    if not add:
        return cands
    return cands + add
