"""A body's cells in a row of several parties (issue 16, privfix20b, after docs264).

A register may give each row two parties side by side, each under its own group of
columns ("产权人: 姓名/单位 | 证件号码 | 联系电话 | 通讯地址 || 使用人: 姓名/单位 | 证件号码 |
联系电话"): one a person, the other a company or a village committee whose 证件号码 cell
holds its unified social credit code. ``coderows`` gives a row whose ID cell holds a code
to that body, but leaves a row alone where a person's ID stands too. Here the body's own
cells are those after its code up to the next party's: the next name or identity datum
of the row (or its end). A landline or an address among them is the body's, no private
person's; the person's cells before the code keep theirs. A mobile stays to its own rules
(a company's contact may give their own).

Speed: asked only for a row ``coderows`` found (a code under an ID's header beside a
person's ID).
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_UNIT_KINDS = frozenset(("landline", "address"))
# the data that open the next party's cells
_PARTY = frozenset(("name", "id_card", "passport", "permit", "residence", "org_code"))


def body_cells(cands: list[Candidate], code: int, hi: int) -> set[tuple[int, str]]:
    """The landlines and addresses after the code at ``code`` and before the next party's
    name or identity on its row (which ends at ``hi``), as (start, kind)."""
    stop = min((s for s, _e, k, _c in cands if k in _PARTY and code < s < hi), default=hi)
    return {(s, k) for s, _e, k, _c in cands if k in _UNIT_KINDS and code < s < stop}
