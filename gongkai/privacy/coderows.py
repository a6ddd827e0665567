"""A persons' table row whose ID column holds an organisation's credit code (privfix19e).

A register of persons may hold a row for a body: a school's class awarded as a group, a
repair shop owning a car ("…｜某县实验小学五（3）班｜123418…｜0563-…｜学校对公账户｜…｜
某县某镇书院路2号"). Its 身份证号码 / 身份证明号码 / 证件号码 cell then holds the body's
unified social credit code (an ``org_code``, not a person's ID): the row's holder is that
organisation, an individual business (92…) included — as its registered premises are the
business's (the settled marking) — so the row's landline and address are the holder's,
no private person's. The row's mobile, card and names are left to their own rules (a
keeper's name in a trade name stays a name).
"""

from __future__ import annotations

from .codeparties import body_cells
from .columns import header_of
from .patterns import ID_CONTEXT

Candidate = tuple[int, int, str, float]

_UNIT_KINDS = frozenset(("landline", "address"))
_IDENTITY = frozenset(("id_card", "passport", "permit", "residence"))


def code_rows(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and addresses of rows whose ID cell is a code."""
    codes = [s for s, _, k, _ in cands if k == "org_code"]
    if not codes:
        return cands  # (the cheap look first: no credit code found at all)
    rows = []
    for start in codes:
        header = header_of(text, start)
        if not header or not ID_CONTEXT.search(header):
            continue  # a code under its own head (统一社会信用代码) or in prose
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", start)
        rows.append((lo, len(text) if hi < 0 else hi, start))
    if not rows:
        return cands
    drop = set()
    for lo, hi, code in rows:
        if any(k in _IDENTITY and lo <= s < hi for s, _, k, _ in cands):
            # a person's ID on the row too: the code is one party's, its cells up to the
            # next party's the body's (codeparties)
            drop.update(body_cells(cands, code, hi))
            continue
        drop.update((s, k) for s, _, k, _ in cands if k in _UNIT_KINDS and lo <= s < hi)
    return [c for c in cands if (c[0], c[2]) not in drop] if drop else cands
