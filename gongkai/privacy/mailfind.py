"""E-mail addresses in a text and whose they are (issue 16), the scanner's pass over every
"@": a person's mailbox is a finding; a unit's mailbox in the unit's own contact lines is
not (a public context before it, an office's phone beside it), unless the row, the
particulars or a name before it make it a person's ("方浩（fanghao88@126.com）"); a sample
address (xxx@xxx.com) is no one's.
"""

from __future__ import annotations

import re

from .context import office_phone
from .patterns import PUBLIC_CONTEXT
from .personmail import named_mailbox, personal_mail, sample_mail
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
        if local and _MAIL_DOMAIN.fullmatch(domain) and not sample_mail(local, domain):
            if not PUBLIC_CONTEXT.search(clause_tail(text, max(0, i - 14), i)) and (
                person_row(text, i)
                or not office_phone(text, i)
                or personal_mail(text, i)
                or named_mailbox(text, i)
            ):
                out.append((i, j, "email", 0.95))
        at = text.find("@", max(j, at + 1))
    return out
