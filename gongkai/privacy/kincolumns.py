"""A column whose neighbour gives each row's kinship (issue 16).

**The person a relation column speaks of.** A register's header ``…｜登记人｜与逝者关系｜…``
  (``申请人 | 与户主关系``, ``领取人,与学生关系``) gives, right of a column, each row's kinship
  to the register's person (儿子, 儿媳, 侄子, 配偶, 本人). Whoever has a kinship to the record's
  person is a private person — a relative, never the unit's staff — so the column left of it
  holds names, whatever its own head says (登记人, 承办人 and 经办人 are a unit's staff in
  other registers). Read in delimited rows (tabs, bars, commas): the header's cell ending in
  关系 (``关系``, ``与X关系``, ``亲属关系``), the cell left of it a head of no datum (no phone,
  ID, address, date or number word). A row's cell there is a name where it is one whole
  plausible name (``validators.plausible_name``, or a dotted name) and the row's relation cell
  a kinship word; the relation column must hold kinship words in half its filled rows.
Cost: runs only where ``关系`` stands in the text and reads only the header lines holding it.
"""

from __future__ import annotations

import re

from . import validators as v
from .partyheads import delimited_cells
from .wordfind import find_by

Candidate = tuple[int, int, str, float]

# a kinship word as a relation cell's value (儿子, 儿媳, 女婿, 配偶, 外孙女, 本人)
KIN_VALUE = re.compile(
    r"[\u4e00-\u9fff]{0,3}[子女儿父母妻夫孙媳婿兄弟姐妹嫂侄甥舅姑姨叔伯偶属爷奶]|本人"
)
_RELATION_HEAD = re.compile(r"(?:与[\u4e00-\u9fff]{1,6})?[\u4e00-\u9fff]{0,2}关系")
# a head naming a datum, not a person: the cell left of a relation column is then no person's
_DATUM_HEAD = re.compile(r"电话|手机|身份|证|号|住址|地址|日期|时间|金额|性别|年龄|民族|备注|关系")
_AFTER_HEAD = frozenset(("\t", "|", ",", " ", "\n", "\r", '"', "", "\u3000"))
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10}")


def _name(value: str) -> bool:
    return bool(_DOTTED.fullmatch(value)) or v.plausible_name(value)


def _kin_rows(text: str, start: int) -> list[Candidate]:
    """The names left of a relation column whose header line starts at ``start``."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    cells = delimited_cells(text, start, end)
    if not cells:
        return []
    heads = [text[a:b] for a, b in cells]
    pairs = [
        i
        for i in range(1, len(heads))
        if _RELATION_HEAD.fullmatch(heads[i])
        and heads[i - 1]
        and not _DATUM_HEAD.search(heads[i - 1])
    ]
    if not pairs:
        return []
    rows = []
    pos = end
    while pos < len(text):
        lo = pos + 1
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        row = delimited_cells(text, lo, hi)
        if not row or len(row) != len(cells):
            break
        rows.append(row)
        pos = hi
    out: list[Candidate] = []
    for i in pairs:
        kin = [KIN_VALUE.fullmatch(text[a:b]) is not None for a, b in (r[i] for r in rows)]
        filled = sum(1 for r in rows if r[i][0] < r[i][1])
        if not filled or 2 * sum(kin) < filled:
            continue
        for row, is_kin in zip(rows, kin, strict=True):
            a, b = row[i - 1]
            if is_kin and a < b and _name(text[a:b]):
                out.append((a, b, "name", 0.85))
    return out


def kin_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names of persons a relation column speaks of (module doc)."""
    at = find_by(text, "关系", 1)  # (by 系: ``wordfind``)
    if at < 0:
        return cands
    found: list[Candidate] = []
    while at >= 0:
        if text[at + 2 : at + 3] not in _AFTER_HEAD:
            at = find_by(text, "关系", 1, at + 2)  # inside prose or a longer word: no header's cell
            continue
        found += _kin_rows(text, text.rfind("\n", 0, at) + 1)
        nxt = text.find("\n", at)
        at = find_by(text, "关系", 1, nxt) if nxt >= 0 else -1
    if not found:
        return cands
    taken = {(s, e) for s, e, k, _c in cands if k == "name"}
    new = [c for c in found if (c[0], c[1]) not in taken]
    if not new:
        return cands
    spans = [(s, e) for s, e, _k, _c in cands]
    new = [c for c in new if not any(s < c[1] and c[0] < e for s, e in spans)]
    return sorted(cands + new) if new else cands
