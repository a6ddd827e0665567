"""A legal person's row in a delimited register headed by a 法定代表人 column (issue 16,
privfix26c; README's eighteenth sitting).

A register of licence holders, permits or filings names each holder in a row, with a column
of its legal representative (``序号,项目名称,探矿权人,法定代表人,…,联系人,联系电话,通讯地址``).
Where the row's holder is a legal person or a partnership (有限公司, 合作社, 集团 …; no
个体), the row speaks for that body:

- the name under 法定代表人 (法人代表) is public registration data, not marked, nor are its other
  mentions in the document (the passes reading names in lines find it anyway);
- the address under a plain address header (通讯地址, 联系地址, 地址, 住所, 注册地址 — not a
  home's: 住址, 家庭住址, 居住地, 户籍地) is the body's, when the row holds no person's ID;
- the name under a 联系人 column, when the row's phones are only landlines (no mobile), is
  the body's contact acting for it (README: "a unit's 联系人 with the unit's phone").

A row of an individual business (个体) or of no legal person keeps them all; a contact with a
mobile is a person (their name and mobile stay found).

Cost: the cue index's 法定代表人 / 法人代表; then the header lines holding them.
"""

from __future__ import annotations

import re

from .cellsplit import _separator, _split
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_REP_HEADS = frozenset(("法定代表人", "法人代表", "法定代表人姓名", "法人代表姓名"))
_LEGAL = re.compile(r"有限公司|有限责任公司|股份|集团|合作社|联合社|合伙|协会|研究院|研究所")
_PLAIN_ADDRESS = re.compile(r"^(?:通讯|通信|联系|办公|注册|单位|企业)?(?:地址|住所)$")
_CONTACT_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}联系人$")
_PHONE_HEAD = re.compile(r"电话|手机|联系方式")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
_SEPARATORS = (",", "\t", "|")


def _header_lines(text: str) -> list[int]:
    starts = []
    for word in ("法定代表人", "法人代表"):
        k = text.find(word)
        while k >= 0:
            starts.append(text.rfind("\n", 0, k) + 1)
            k = text.find(word, k + 1)
    return sorted(set(starts))


def _rows(text: str, start: int):
    """The lines after the header line starting at ``start``: (start, line)."""
    pos = text.find("\n", start)
    while pos >= 0:
        begin = pos + 1
        pos = text.find("\n", begin)
        yield begin, text[begin : pos if pos >= 0 else len(text)]


def _table(text: str, start: int, drop: set[tuple[int, int, str]]) -> None:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    sep = _separator(line.strip())
    if sep not in _SEPARATORS:
        return
    head = [c.strip(" \u3000") for c, _o in _split(line, sep)]
    rep = [k for k, h in enumerate(head) if h in _REP_HEADS]
    if not rep:
        return
    places = [k for k, h in enumerate(head) if _PLAIN_ADDRESS.match(h)]
    contacts = [k for k, h in enumerate(head) if _CONTACT_HEAD.match(h) and "紧急" not in h]
    phones = [k for k, h in enumerate(head) if _PHONE_HEAD.search(h)]
    for row_start, row in _rows(text, start):
        if sep not in row:
            break
        cells = _split(row, sep)
        if len(cells) < len(head) - 2:
            break
        if "个体" in row or not _LEGAL.search(row):
            continue
        spans = {}
        for k in rep:
            if k < len(cells):
                spans.setdefault("rep", []).append(_span(row_start, cells[k]))
        for k in places:
            if k < len(cells):
                spans.setdefault("address", []).append(_span(row_start, cells[k]))
        numbers = " ".join(cells[k][0] for k in phones if k < len(cells))
        if contacts and _LANDLINE.search(numbers) and not _MOBILE.search(row):
            for k in contacts:
                if k < len(cells):
                    spans.setdefault("contact", []).append(_span(row_start, cells[k]))
        for part, found in spans.items():
            for s, e in found:
                drop.add((s, e, part))  # (read against the candidates below)


def _span(row_start: int, cell: tuple[str, int]) -> tuple[int, int]:
    value, offset = cell
    return row_start + offset, row_start + offset + len(value)


def legal_rows(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the representatives, the seats and the landline contacts of legal
    persons' rows in a register headed by a 法定代表人 column (docstring)."""
    if not has_word(text, "法定代表人") and "法人代表" not in text:
        return cands
    cells: set = set()
    for start in _header_lines(text):
        _table(text, start, cells)
    if not cells:
        return cands
    reps = set()
    dropped = set()
    ids = [(s, e) for s, e, k, _c in cands if k == "id_card"]
    for i, (s, e, kind, _c) in enumerate(cands):
        for lo, hi, part in cells:
            if not lo <= s < e <= hi:
                continue
            if part == "rep" and kind == "name":
                reps.add(text[s:e])
                dropped.add(i)
            elif part == "contact" and kind == "name":
                dropped.add(i)
            elif part == "address" and kind == "address" and not _row_id(text, lo, ids):
                dropped.add(i)
    return [
        c
        for i, c in enumerate(cands)
        if i not in dropped and not (c[2] == "name" and text[c[0] : c[1]] in reps)
    ]


def _row_id(text: str, at: int, ids: list[tuple[int, int]]) -> bool:
    """Whether the row around ``at`` holds a person's ID found."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    return any(lo <= s < hi for s, _e in ids)
