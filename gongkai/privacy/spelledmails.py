"""A mailbox spelled from the full name of the person whose record holds it (privfix22d,
docs284).

``unitmail`` gives a school's or an institute's mailbox (.edu.cn, .org.cn) to the school
unless it closes a person's record and its local part looks written from a name with digits
(huxiaoyan96@…). A register of persons (tenants, applicants, trainees) written one cell a
line, or a row whose particulars stand in other lines, gives each person's own work mailbox
at their university spelled in full pinyin (lvzihan@…edu.cn for 吕梓涵, fuwenlong@… for 付文
龙): a mailbox spelled from the name of the person found right before it in the same record
is that person's own, whatever its domain. An office's mailbox is spelled from the office's
initials (``mailinitials``), never from one person's full name.

The names are those found before the mailbox within 300 characters, with no blank line and
no other mailbox between (a record may name a couple: 付文龙、陈晓静). Spelled means: the local part (letters, then at most four
digits) begins with the initial of the name's first character and holds the initials of the
others in order, and it is long enough to spell each character (at least two letters each,
one fewer in all). Initials are read from the GB2312 order (``mailinitials._initial``); a
character outside its first level matches any letter, but two known initials must match.

Not such: a mailbox under a column naming a role's or a unit's mailbox (特派员邮箱, 单位
邮箱), or in a register of persons their units send (派出单位, 选派单位, 特派员): the post's,
as a dispatched expert's university mailbox is read (docs45, test_units_lines_by_label). A
register of applicants gives their 工作单位, where they work, not who sends them.

Speed: read only in a text holding "@", for the mailboxes the earlier passes dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .columnheads import header_over
from .mailfind import emails
from .mailinitials import _initial
from .pertext import memo

Candidate = tuple[int, int, str, float]

_LOCAL = re.compile(r"([a-z]{3,30})\d{0,4}@", re.I)


def spells(local: str, name: str) -> bool:
    """Whether ``local`` (letters) spells ``name`` in full pinyin (module docstring)."""
    local = local.lower()
    chars = [c for c in name if c != "·"]
    if len(chars) < 2 or len(local) < 2 * len(chars) - 1:
        return False
    known, pos = 0, 0
    for i, ch in enumerate(chars):
        letter = _initial(ch)
        if letter == "?":
            pos += 1  # (any letter: its syllable is at least one letter long)
            continue
        k = local.find(letter, pos) if i else (0 if local[0] == letter else -1)
        if k < 0:
            return False
        known += 1
        pos = k + 1
    return known >= 2


# a mailbox column's header: plain (电子邮箱, 个人邮箱, E-mail) or naming a role (特派员邮箱)
_MAIL_HEAD = re.compile(r"邮箱|信箱|邮件|[Ee]-?mail")
_PLAIN_HEAD = re.compile(
    r"(?:个人|本人|私人|联系|常用)?(?:电子)?(?:邮箱|信箱|邮件)(?:地址)?|[Ee]-?mail"
)


# a register of persons sent by their units (派出单位, 选派单位: experts, commissioners): each
# serves in that role, and the unit's domain mailbox is the unit's (docs45; unitmail)
_DISPATCHED = re.compile(r"(?:派出|选派|派驻|下派)(?:单位|机构)|特派员")


def _role_column(text: str, start: int, end: int) -> bool:
    """Whether the mailbox stands under a column naming a role's or a unit's mailbox
    (特派员邮箱, 导师邮箱, 单位邮箱): the mailbox of the post the person holds, as a
    dispatched expert's at their university (docs45), not a register's own column."""
    cell = header_over(text, start, end, _MAIL_HEAD)
    cell = cell.strip(" \u3000\"'") if cell else ""
    return bool(cell) and _MAIL_HEAD.search(cell) is not None and not _PLAIN_HEAD.fullmatch(cell)


def spelled_mails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the mailboxes spelled from their record's person's name."""
    if "@" not in text:
        return cands
    have = {(s, e) for s, e, k, _c in cands if k == "email"}
    names = sorted((s, e) for s, e, k, _c in cands if k == "name")
    if not names:
        return cands
    starts = [s for s, _e in names]
    out = list(cands)
    for s, e, k, _c in memo(emails, text, emails):  # (the scan's own, kept: scanner)
        if k != "email" or (s, e) in have:
            continue
        m = _LOCAL.match(text, s, e)
        if m is None:
            continue
        i = bisect_left(starts, s) - 1
        while i >= 0 and s - names[i][1] <= 300:
            between = text[names[i][1] : s]
            if "\n\n" in between or "@" in between:
                break
            if spells(m.group(1), text[names[i][0] : names[i][1]]):
                if not _role_column(text, s, e) and not _DISPATCHED.search(
                    text, s - 3000 if s > 3000 else 0, s
                ):
                    out.append((s, e, "email", 0.9))
                break
            i -= 1
    return out
