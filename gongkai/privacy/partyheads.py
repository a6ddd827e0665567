"""A party's head that other heads extend with the party's own data (issue 16).

A register of transfers, leases or cases names each party by its side or role, and gives
the party's identity number, phone or address under that same head extended: a CSV's
header ``流出方,流出方身份证号,流出方联系电话,流入方,…``, a record's lines ``转入方：X（…）``
then ``转入方联系电话：…``, ``转入方住址：…``. Whatever the side's word (流出, 转入, 出租,
承包, 申请 …), a head ``H`` that the same text extends into ``H身份证号``, ``H联系电话``,
``H住址`` … holds a party who has an identity number, a phone and a home: a person, or a
unit. So the value under ``H`` — the cell of each row in ``H``'s column, the value after
``H：`` on a record's line — is a person's name where it is one whole name
(``validators.plausible_name``, or a dotted name) and no unit's ("个人", a cooperative, a
company, a village committee stay unread).

Heads read: a side (``…方``) extended by any of the party's data (ID, phone, address). A
person's head (``申请人``, ``承包户``) is read by the label and column passes already; a
unit's persons (``法定代表人``, ``负责人``, ``经办人``, ``联系人`` …) never count: their
cells are the unit's.

Cost: one search for 方 before a datum's word (a pattern opening with its literal, which
the regex engine skips to), and only the lines of the heads found.
"""

from __future__ import annotations

import re

from . import validators as v
from .patterns import ORG_VALUE
from .seqlists import bounded_name

Candidate = tuple[int, int, str, float]

# a side's head before the party's data (流出方身份证号, 转入方联系电话, 出租方住址)
_SIDE = re.compile(
    r"方(?=身份证|证件号|公民身份号码|联系电话|电话|手机|联系方式|住址|地址|家庭住址|户籍地址)"
)
# a unit's persons and the staff: their values are the unit's or in office
_NOT_PARTY = re.compile(r"(?:代表人|负责人|经办人|联系人|受理人|承办人|审核人|填报人|经营者)$")
# the party's person named under its head extended (流入方负责人/经营者), and a party that
# is a private person
_PERSON_OF = re.compile(
    r"(?:负责人|经营者|代表人|姓名|名称)(?:[/、](?:负责人|经营者|代表人|姓名))*$"
)
_CELL_EDGE = frozenset('\t|," \u3000')
_SIGN = re.compile(r"[ \u3000]*[：:][ \u3000]*")
_INDIVIDUAL = frozenset(("个人", "自然人", "农户", "本人"))
_VALUE = re.compile(r"([\u4e00-\u9fff·]{2,12}?)[ \u3000]*(?=[，,；;。（(\t\n\"|]|$)")
_UNIT_END = re.compile(
    r"(?:村|组|社区|镇|乡|县|市|区|局|委|办|会|所|站|院|厂|店|司|队|校|部|处|科|股|中心|合作社|集团)$"
)


def _head_before(text: str, at: int) -> str | None:
    """The head of up to six Han characters ending at ``at``, not inside a longer run."""
    k = at
    while k > 0 and at - k < 6 and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    if k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff":
        return None  # inside a longer run of Han characters: prose, no head
    head = text[k:at]
    return head if len(head) >= 2 and not _NOT_PARTY.search(head) else None


def _heads(text: str) -> set[str]:
    """The sides' heads the text extends with a party's datum (module doc)."""
    heads = set()
    for m in _SIDE.finditer(text):
        head = _head_before(text, m.start() + 1)
        if head:
            heads.add(head)
    return heads


def _name_at(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The whole name opening the value at ``at`` (before ``end``), or None."""
    if ORG_VALUE.match(text, at):
        return None
    value = _VALUE.match(text, at, end)
    if value is None:
        return None
    name = value.group(1)
    if _UNIT_END.search(name):
        return None
    dotted = "·" in name and all(2 <= len(p) <= 6 for p in name.split("·"))
    if dotted or (len(name) <= 4 and (v.plausible_name(name) or bounded_name(name))):
        return value.start(1), value.end(1)
    return None


def delimited_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of the line ``text[start:end]`` as (start, end), quotes and spaces left
    out; None where the line is no delimited row."""
    line = text[start:end]
    for sep in ("\t", "|", ","):
        if sep in line:
            break
    else:
        return None
    out = []
    pos = start
    for part in line.split(sep):
        a, b = pos, pos + len(part)
        pos = b + 1
        while a < b and text[a] in ' \u3000"':
            a += 1
        while b > a and text[b - 1] in ' \u3000"':
            b -= 1
        out.append((a, b))
    return out


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _column_names(text: str, heads: set[str]) -> list[Candidate]:
    """The names in the columns headed by ``heads`` (module doc)."""
    out: list[Candidate] = []
    headers = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if (not at or text[at - 1] in _CELL_EDGE) and text[end : end + 1] in _CELL_EDGE:
                headers.add(_line_at(text, at))  # the head filling a cell
            at = text.find(head, end)
    done = -1
    for start, end in sorted(headers):
        if start <= done:
            continue
        cells = delimited_cells(text, start, end)
        if not cells:
            continue
        values = [text[a:b] for a, b in cells]
        columns = {i: h for i, h in enumerate(values) if h in heads}
        if not columns or not any(
            val != h and val.startswith(h) for h in columns.values() for val in values
        ):
            continue
        header, width = _person_columns(values, columns), len(cells)
        while end < len(text):
            start, end = _line_at(text, end + 1)
            cells = delimited_cells(text, start, end)
            if not cells or len(cells) != width:
                break
            done = start
            values = [text[a:b] for a, b in cells]
            if not _record(values):
                continue
            for i, party in header.items():
                if party is not None and values[party] not in _INDIVIDUAL:
                    continue  # the party's person where the party is a private person only
                a, b = cells[i]
                span = _name_at(text, a, b) if a < b else None
                if span and span[1] == b:
                    out.append((span[0], span[1], "name", 0.85))
    return out


def _person_columns(values: list[str], columns: dict[int, str]) -> dict[int, int | None]:
    """The columns of parties' names: each head's own (None), and a column naming the
    head's person (``流入方负责人/经营者``), read in a row only where the party's own cell
    says the party is a private person (the index of the party's column)."""
    out: dict[int, int | None] = dict.fromkeys(columns)
    for i, val in enumerate(values):
        for j, head in columns.items():
            rest = val[len(head) :]
            if i != j and val.startswith(head) and _PERSON_OF.match(rest):
                out[i] = j
    return out


def _record(values: list[str]) -> bool:
    """A row of a record, not a label and its value ("审核人：","张三",…): half its cells
    filled at least, none a label."""
    filled = [val for val in values if val]
    return 2 * len(filled) >= len(values) and not any(val[-1] in "：:" for val in filled)


def _labelled_names(text: str, heads: set[str]) -> list[Candidate]:
    """The names after ``H：`` at a line's start, ``H`` one of ``heads`` (module doc)."""
    out: list[Candidate] = []
    for head in heads:
        at = text.find(head)
        while at >= 0:
            k = at
            while k > 0 and text[k - 1] in " \u3000":
                k -= 1
            m = _SIGN.match(text, at + len(head)) if k == 0 or text[k - 1] == "\n" else None
            if m:
                end = text.find("\n", m.end())
                span = _name_at(text, m.end(), len(text) if end < 0 else end)
                if span:
                    out.append((span[0], span[1], "name", 0.85))
            at = text.find(head, at + len(head))
    return out


def party_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names under parties' heads the text extends (module doc)."""
    if "方" not in text and "证" not in text:
        return cands
    heads = _heads(text)
    if not heads:
        return cands
    added = _column_names(text, heads) + _labelled_names(text, heads)
    if not added:
        return cands
    taken = [(s, e) for s, e, _k, _c in cands]
    new = []
    seen = set()
    for s, e, k, c in added:
        if (s, e) in seen or any(a < e and s < b for a, b in taken):
            continue  # a span another pass read (a mobile, an address, a longer name)
        seen.add((s, e))
        new.append((s, e, k, c))
    return cands + new if new else cands
