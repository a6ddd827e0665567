"""E-mail addresses in a text and whose they are (issue 16), the scanner's pass over every
"@": a person's mailbox is a finding; a unit's mailbox in the unit's own contact lines is
not (a public context before it, an office's phone beside it), unless the row, the
particulars or a name before it make it a person's ("方浩（fanghao88@126.com）"); a sample
address (xxx@xxx.com) is no one's.
"""

from __future__ import annotations

import re

from . import validators as v
from .addressee import addressee_contact
from .context import office_phone
from .jsonmail import json_person_mailbox
from .mailechoes import echoed_mailboxes
from .mailparties import party_mailbox, shared_boxes, unit_inbox
from .ownedcontacts import in_persons_bracket
from .patterns import PUBLIC_CONTEXT
from .personmail import named_mailbox, personal_mail, sample_mail, sender_mailbox
from .phoneowner import particulars_block
from .rolebox import role_mailbox
from .rowcontext import person_row
from .tails import clause_tail

Candidate = tuple[int, int, str, float]

_LOCAL_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._%+-")
_DOMAIN_RUN = re.compile(r"[0-9A-Za-z.-]*")
_MAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}")


def emails(text: str) -> list[Candidate]:
    """The persons' mailboxes of ``text`` as candidates (start, end, "email", 0.95)."""
    out: list[Candidate] = []
    at = text.find("@")
    while at >= 0:
        i = at
        while i > 0 and text[i - 1] in _LOCAL_CHARS:
            i -= 1
        j = _DOMAIN_RUN.match(text, at + 1).end()
        local, domain = text[i:at].lstrip("._%+-"), text[at + 1 : j].rstrip(".-")
        i = at - len(local)
        j = at + 1 + len(domain)
        if (
            local
            and _MAIL_DOMAIN.fullmatch(domain)
            and not sample_mail(local, domain)
            and not role_mailbox(local, domain)  # tongji@firm.com: a desk's (rolebox)
        ):
            if not unit_inbox(text, i) and (
                sender_mailbox(text, i)
                or not PUBLIC_CONTEXT.search(clause_tail(text, i - 14 if i > 14 else 0, i))
                and (
                    person_row(text, i)
                    or not office_phone(text, i)
                    or personal_mail(text, i)
                    or named_mailbox(text, i)
                    or record_mailbox(text, i)
                    or addressee_contact(text, i)  # "您留下的…电子邮箱…" (addressee)
                    or json_person_mailbox(text, i)  # a key in a person's JSON object
                )
                or party_mailbox(text, i, j)  # a lawyer's, a sender's (asked last: rare)
            ):
                out.append((i, j, "email", 0.95))
        at = text.find("@", at + 1 if at + 1 > j else j)
    if out:
        out = echoed_mailboxes(text, out)  # a writer's header box in the reply (mailechoes)
    return shared_boxes(text, out) if len(out) > 2 else out  # one box in many rows: a unit's


_MAIL_LABEL = re.compile(
    r"[:：][ \u3000]*([\u4e00-\u9fff·]{2,4})[，,；; \u3000]+(?:电子)?(?:邮箱|信箱|邮件|[Ee]-?mail)"
    r"(?:地址)?[:：]?[ \u3000]*$"
)


def record_mailbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is labelled after a named field on a line of a
    record of a person's particulars ("统计联系人：X　邮箱：…" under "理事长：Y　手机：…"),
    or stands in a bracket of a person's particulars (``ownedcontacts``)."""
    if in_persons_bracket(text, start):
        return True
    line_start = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    m = _MAIL_LABEL.search(text, line_start, start)
    if m is None or not v.plausible_name(m.group(1)):
        return False
    return particulars_block(text, line_start)
