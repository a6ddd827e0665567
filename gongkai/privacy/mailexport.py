"""The mailbox an export of mail belongs to (issue 16): an office publishing the mail of
its public mailbox ("发件人：… 收件人：…" blocks, one a message) shows its own address in
every message, to one writer after another; the writers' addresses are theirs. That
mailbox, and one whose display name is a unit's ("收件人: 某县地名办 <…>"), is the
unit's wherever it stands in the text, even on a free-mail domain.
"""

from __future__ import annotations

import re

from .wordfind import has_word

_HEADER = re.compile(
    r"^[ \u3000\t]*(发件人|收件人|抄送|[Ff]rom|[Tt]o|[Cc]c)[ \u3000\t]*[:：][ \u3000\t]*([^\n]*)",
    re.MULTILINE,
)
_ADDRESS = re.compile(r"([^<>,，;；@\s]{0,30}?)\s*<?([0-9A-Za-z._%+-]+@[0-9A-Za-z.-]+)>?")
_UNIT_NAME = re.compile(
    r"(?:局|馆|中心|公司|院|所|站|委|办|学校|医院|银行|政府|委员会|协会|厅|股|科|处|邮箱)$"
)
_SENDER = frozenset(("发件人", "from", "From"))
_COPY = frozenset(("抄送", "cc", "Cc"))


def unit_mailboxes(text: str) -> frozenset[str]:
    """The addresses (lower case) of ``text`` that are a unit's by its mail headers."""
    if not has_word(text, "收件人", 1) and not has_word(text, "To:", 1):  # (by 件 and o)
        return frozenset()
    units: set[str] = set()
    messages: list[tuple[list[str], list[str]]] = []
    for m in _HEADER.finditer(text):
        role = m.group(1)
        if role in _SENDER or not messages:
            messages.append(([], []))
        if role in _COPY:
            continue
        for name, address in _ADDRESS.findall(m.group(2)):
            address = address.lower().rstrip(".")
            if name and _UNIT_NAME.search(name.strip("\"'“”")):
                units.add(address)
            messages[-1][0 if role in _SENDER else 1].append(address)
    if len(messages) >= 2:
        peers: dict[str, set[str]] = {}
        seen: dict[str, int] = {}
        for senders, receivers in messages:
            for a in set(senders + receivers):
                seen[a] = seen.get(a, 0) + 1
            for s in senders:
                for r in receivers:
                    peers.setdefault(s, set()).add(r)
                    peers.setdefault(r, set()).add(s)
        counts = sorted(seen.values(), reverse=True)
        for a, n in seen.items():
            # the mailbox of the export: in the most messages, alone, with two writers or more
            if (
                n == counts[0]
                and (len(counts) == 1 or counts[1] < n)
                and len(peers.get(a, ())) >= 2
            ):
                units.add(a)
    return frozenset(units)


def without_unit_mailboxes(text: str, cands: list) -> list:
    """``cands`` less the mailboxes that ``unit_mailboxes`` gives the unit."""
    if not any(c[2] == "email" for c in cands):
        return cands
    units = unit_mailboxes(text)
    if not units:
        return cands
    return [c for c in cands if c[2] != "email" or text[c[0] : c[1]].lower() not in units]
