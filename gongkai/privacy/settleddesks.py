"""A desk's mobile whose line's person the last passes settled as an official (issue 16,
privfix26c).

``deskphones`` leaves a mobile under a desk's label (值班手机, 服务热线手机, 公务手机) to a person
when a private person's datum stands before it in its sentence: "联系人：X（村民），值班手机
138…" is X's. It runs before the passes that settle who acts in office, and some are settled
only at the very end (``context.officer_in_office``: a name noted by its post, X（大队长）), so
an official named before the label still counts there as a private person and keeps the
desk's number a person's. Asked again with those names as the end will take them, the label
decides as README (privfix19c) has it: a mobile headed or noted as a duty or official line is
the unit's. A number noted as the holder's own (（本人手机）) stays theirs, as ``deskphones``
has it.

Cost: one ``rfind`` of 手机 in the 24 characters before each mobile; the rest only for a
mobile a desk's label still heads.
"""

from __future__ import annotations

from .context import officer_in_office
from .deskphones import _DESK_LABEL, _ENDS, _OWN_NOTE, _PRIVATE

Candidate = tuple[int, int, str, float]


def _desk(text: str, s: int, e: int) -> bool:
    """Whether a desk's label heads the mobile at ``s`` and no note makes it the holder's."""
    lo = s - 24 if s > 24 else 0
    if text.rfind("手机", lo, s) < 0:
        return False
    lo = max(lo, text.rfind("\n", lo, s) + 1)
    return _DESK_LABEL.search(text, lo, s) is not None and not _OWN_NOTE.match(text, e)


def settled_desks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the desks' mobiles once the officials before them are settled."""
    if "手机" not in text:
        return cands
    desks = [c for c in cands if c[2] == "mobile" and _desk(text, c[0], c[1])]
    if not desks:
        return cands
    private = [c for c in cands if c[2] in _PRIVATE]
    drop = set()
    for d in desks:
        s = d[0]
        lo = s - 200 if s > 200 else 0
        begin = max(text.rfind(sign, lo, s) for sign in _ENDS) + 1 or lo
        before = [p for p in private if begin <= p[0] < s]
        if before and all(p[2] == "name" and officer_in_office(text, p[0], p[1]) for p in before):
            drop.add(d)
    return [c for c in cands if c not in drop] if drop else cands
