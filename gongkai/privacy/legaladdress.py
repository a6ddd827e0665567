"""A legal person's address (issue 16, docs130): the seat given after a unit and its legal
representative is the unit's, as its line and mailbox are (``legalpersons``).

A register of cases or applications gives a company or a cooperative as a party in the
same columns or keys as natural persons: "某公司（法定代表人：某某）" in the party's cell,
then its phone's and its address's cells; an export's ``"sqrmc": "某合作社", "fddbr": "…",
"lxdh": "…", "txdz": "…"``. Only a legal person has a legal representative, so the
address that follows the marker in the same record (its line or sentence) is the unit's
seat, not a home, unless a private person stands between the marker and the address (a
name other than the representative's, a resident ID, a mobile, a card) or a person's or
a home's word (家庭住址, 住宅, 本人, 代理人 …: ``legalpersons.clear_after``). The
representative's own home, labelled as such, is therefore kept.
"""

from __future__ import annotations

from .legalpersons import clear_after, marker_end, near_marker

Candidate = tuple[int, int, str, float]
_PRIVATE = frozenset(("name", "id_card", "mobile", "bank_card"))


def legal_addresses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses that are a legal person's seat (module text)."""
    if not any(c[2] == "address" and near_marker(text, c[0]) for c in cands):
        return cands
    persons: list[tuple[int, int, str]] | None = None
    drop: set[int] = set()
    for c in cands:
        if c[2] != "address" or not near_marker(text, c[0]):
            continue
        after = marker_end(text, c[0])
        if after < 0:
            continue
        if persons is None:
            persons = sorted({(p[0], p[1], p[2]) for p in cands if p[2] in _PRIVATE})
        if clear_after(text, c[0], after, persons):
            drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "address" and c[0] in drop)]
