"""A desk's mobile whose line's person the last passes settled as an official (issue 16,
privfix26c).

``deskphones`` leaves a mobile under a desk's label (值班手机, 服务热线手机, 公务手机) to a person
when a private person's datum stands before it in its sentence: "联系人：X（村民），值班手机
138…" is X's. It runs before the passes that settle who acts in office (``contactposts``:
联系人X（大队长）, ``postnotes``), so an official named before the label still counts there as a
private person and keeps the desk's number a person's; some are settled only at the very end
(``context.officer_in_office``: a name noted by its post, X（大队长）). Asked again with those
names as the end will take them, the label decides as README (privfix19c) has it: a mobile headed or noted as a duty
or official line is the unit's. A number noted as the holder's own (（本人手机）) stays theirs,
as ``deskphones`` has it.

Cost: one ``in`` for 手机; then ``deskphones`` over the settled candidates.
"""

from __future__ import annotations

from .context import officer_in_office
from .deskphones import desk_numbers

Candidate = tuple[int, int, str, float]


def settled_desks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the desks' mobiles once the officials before them are settled."""
    if "手机" not in text:
        return cands
    desks = [c[0] for c in cands if c[2] == "mobile" and "手机" in text[max(0, c[0] - 24) : c[0]]]
    if not desks:
        return cands
    settled = [c for c in cands if c[2] != "name" or not _official(text, c, desks)]
    kept = desk_numbers(text, settled)
    if len(kept) == len(settled):
        return cands
    gone = set(settled) - set(kept)
    return [c for c in cands if c not in gone]


def _official(text: str, cand: Candidate, desks: list[int]) -> bool:
    """Whether a name standing up to 200 characters before a desk's mobile is an official
    the scan's end will leave out (``officer_in_office``)."""
    s, e = cand[0], cand[1]
    near = any(0 < d - s <= 200 for d in desks)
    return near and officer_in_office(text, s, e)
