"""The clerk of a receipt book (issue 16): stubs of receipts ("收款人：X　交款人：Y"),
one a payer, where the receiving side names the same person on every stub while the
paying side changes. That person receives for the unit (a village's or an office's
cashier) and acts in office; each payer stays a private person."""

from __future__ import annotations

import re

from .wordfind import find_word

Candidate = tuple[int, int, str, float]

_RECEIVER = re.compile(r"(?:收款人|收款员|收费员|开票人|收款经办人)[:：][ \u3000]*")
_PAYER = re.compile(r"(?:交款人|缴款人|付款人|交费人|缴费人)[:：][ \u3000]*([^\s　，,；;（(]{2,6})")


def receipt_clerks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names of a receipt book's clerk (three stubs or more)."""
    receivers = []
    for word in (
        "款人",
        "款员",
        "费员",
        "票人",
        "办人",
    ):  # (a pattern tries every position; by the first character, ``wordfind``, but 办
        # stands in every clause of an official text: 办人 by ``str.find``)
        find = str.find if word == "办人" else find_word
        k = find(text, word)
        while k >= 0:
            m = _RECEIVER.match(text, k - 1 if k > 1 else 0) or _RECEIVER.match(
                text, k - 3 if k > 3 else 0
            )
            if m:
                receivers.append(m.end())
            k = find(text, word, k + 2)
    receivers.sort()
    if len(receivers) < 3:
        return cands
    names = {s: e for s, e, kind, _ in cands if kind == "name"}
    by_name: dict[str, list[int]] = {}
    payers: dict[str, set[str]] = {}
    for i, at in enumerate(receivers):
        end = names.get(at)
        if end is None:
            continue
        # the stub: from the receiver before to the receiver after (its payer's field)
        lo = receivers[i - 1] if i else (at - 300 if at > 300 else 0)
        hi = receivers[i + 1] - 6 if i + 1 < len(receivers) else at + 300
        payer = _PAYER.search(text, at - 300 if at - 300 > lo else lo, min(hi, at + 300))
        if payer is None:
            continue
        value = text[at:end]
        by_name.setdefault(value, []).append(at)
        payers.setdefault(value, set()).add(payer.group(1))
    clerks = {
        s
        for value, starts in by_name.items()
        if len(starts) >= 3 and len(payers[value]) >= 2
        for s in starts
    }
    if not clerks:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in clerks)]
