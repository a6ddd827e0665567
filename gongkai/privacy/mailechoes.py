"""A writer's mailbox given again in the same text (issue 16, docs78): an office that
publishes its mailbox's letters shows each writer's address on the letter's header line
(发件人：X <…>, From:, 寄件人, 抄送：…（电子送达）) and again in its reply ("办理结果将通过…告知
您"), where the reply's own words (股室, 咨询电话) read like a unit's contact lines. The
address on a header line is the writer's; the same address anywhere else in the text is
the same writer's (the value, not the wording, says whose it is).
"""

from __future__ import annotations

import re

from .personmail import sender_mailbox

Candidate = tuple[int, int, str, float]

# a mail's header line naming its writer or a copy's receiver, at the line's start
_HEADER = re.compile(
    r"[ \u3000\t>]*(?:发件人|寄件人|发信人|来信人|抄送人?|[Ff]rom|[Cc]c|CC)[ \u3000\t]*[:：]"
)


# a unit named on a copy's line before the box ("抄送：某律师事务所（…，box）"): the unit's
_UNIT_ON_COPY = re.compile(r"局|政府|委员会|办公室|中心|公司|学校|医院|法院|股|科|所|处|协会|银行")


def _on_header(text: str, start: int) -> bool:
    line = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    m = _HEADER.match(text, line)
    if m is None:
        return False
    copy = "抄" in m.group() or "c" in m.group().lower()
    return not (copy and _UNIT_ON_COPY.search(text, m.end(), start))


def echoed_mailboxes(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` and the other places of a mailbox ``found`` holds on a header line."""
    boxes = {
        text[s:e].lower()
        for s, e, _k, _c in found
        if _on_header(text, s) or sender_mailbox(text, s)
    }
    if not boxes:
        return found
    taken = {c[0] for c in found}
    extra: list[Candidate] = []
    for box in boxes:
        for m in re.finditer(re.escape(box), text, re.I):
            at, end = m.span()
            # the whole address only ("a@b.cn", not inside "xa@b.cn" or "a@b.cn.net")
            if (
                at not in taken
                and not (_ADDRESS_CHAR.match(text, at - 1) if at else False)
                and not _ADDRESS_CHAR.match(text, end)
            ):
                extra.append((at, end, "email", 0.95))
    return sorted(found + extra) if extra else found


_ADDRESS_CHAR = re.compile(r"[0-9A-Za-z._%+-]")
