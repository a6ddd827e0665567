"""A mailbox under an export's key naming a unit's mailbox (privfix22c, docs267: a purchase
filing's export, ``<Gmdw><dwyx>…</dwyx></Gmdw>`` beside ``<Jbr><dzyx>…</dzyx></Jbr>``).

The unit's fields in an export are keyed by their holder: ``dwdh`` (单位电话), ``dwdz``
(单位地址), ``dwyx`` (单位邮箱), ``unit_email``, ``orgMail``. The landlines' and addresses'
keys were read (``unitcolumns.unit_key``, ``keymeaning``); the mailbox's was not, so a
company's mailbox was reported beside its handler's own. A mailbox whose JSON field's or XML
element's key reads as a unit's (``keymeaning.meaning``: holder ``unit``) is the unit's — the
held-out convention: units' contacts are not marked. A key naming no holder (``yx``,
``email``, ``dzyx``) or a person's (``jbryx``: a clerk's; ``sqryx``) is left to the other
passes.

Cost: nothing without ``@`` found and a ``"`` or ``<``; one key's look a mailbox.
"""

from __future__ import annotations

from .keymeaning import meaning
from .placekeys import _key_before

Candidate = tuple[int, int, str, float]


def unit_mail_keys(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the mailboxes under a unit's mailbox key (above)."""
    if '"' not in text and "<" not in text:
        return cands
    drop: set[int] = set()
    for s, _e, kind, _c in cands:
        if kind != "email" or text[s - 1 : s] not in ('"', ">"):
            continue
        key = _key_before(text, s)
        if key and meaning(key)[0] == "unit":
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "email" and c[0] in drop)]
