"""The person named before a mailbox in a mail header (issue 16, the forty-third batch's class).

Courts and offices publish exported mail threads (参审通知, 回复, 抄送): the header lines
give each addressee as a display name and a mailbox — "To: 张三 <a@163.com>; 李四
<b@qq.com>", "收件人：\u201c王五\u201d<c@126.com>", "发件人: 赵六 <d@sina.com>". The display
name before a private mailbox is a person's name when it has a person's shape (a known
surname and a given name — today's given names too, 若曦, 可欣 — or a transliterated
name with ·). Not a unit's display name (刑事审判庭, 办公室: no surname), and not
anyone before a government's, school's or
organisation's mailbox (.gov.cn, .edu.cn, .org.cn: an official writing in office).
A quoted display name of no known surname (桑吉卓玛, 舒心) counts in a header line that
quotes two persons' names or more, unless it ends like a unit (值班室, 信息科).
"""

from __future__ import annotations

import re

from . import validators as v
from .letterkin import _GIVEN as GIVEN_TODAY
from .patterns import ORG_SUFFIX
from .unitmail import _UNIT_DOMAIN

Candidate = tuple[int, int, str, float]

# the mailbox in angle brackets (found first: a literal sign opens it), then the display
# name right before it, maybe quoted, opening its line or after a header's colon or the
# separator between addressees
_BRACKETED = re.compile(r"[<＜]([A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})[>＞]")
_DISPLAY = re.compile(
    r"(?:^|[:：;；,，、 \u3000\t\n])[\"\u201c\u2018']?"
    r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,10}·[\u4e00-\u9fff·]{1,12})"
    r"[\"\u201d\u2019']?[ \u3000]?$"
)

_QUOTES = "\"\u201c\u201d'\u2018\u2019"
_QUOTED = re.compile(r"[\"\u201c\u2018']([\u4e00-\u9fff]{2,4})[\"\u201d\u2019'][ \u3000]?[<＜]")
_UNIT_END = re.compile(r"[室办科组部队台处站所局厅院校馆群会社司心]")


def mail_names(text: str) -> list[Candidate]:
    """A person's display name before their mailbox in a mail header."""
    out: list[Candidate] = []
    for sign in "<＜":
        at = text.find(sign)
        while at >= 0:
            m = _BRACKETED.match(text, at)
            if m is not None:
                _display(text, m, out)
            at = text.find(sign, at + 1)
    return out


def _display(text: str, m: re.Match, out: list[Candidate]) -> None:
    lo = max(0, m.start() - 30)
    d = _DISPLAY.search(text[lo : m.start()])
    if d is None:
        return
    name, mailbox = d.group(1), m.group(1)
    if _UNIT_DOMAIN.search(mailbox) or ORG_SUFFIX.search(name):
        return
    if _today_given(name):  # 夏若曦, 钱可欣: a given name of today's characters
        out.append((lo + d.start(1), lo + d.end(1), "name", 0.85))
        return
    if "·" in name or v.plausible_name(name):
        out.append((lo + d.start(1), lo + d.end(1), "name", 0.85))
    elif _quoted_among_persons(text, lo + d.start(1), lo + d.end(1)) or (
        _HEADER_FIELD.fullmatch(text, text.rfind("\n", 0, lo + d.start(1)) + 1, lo + d.start(1))
        and _bare_name(name)
    ):
        out.append((lo + d.start(1), lo + d.end(1), "name", 0.8))


# a header line's label alone before the display name ("发件人: ", "From："): the name
# fills the header's field, so a surname no list holds (须芳, 益美玲) is still a person's
_HEADER_FIELD = re.compile(
    r"[ \u3000]*(?:发件人|收件人|抄送人?|寄件人|From|To|Cc)[ \u3000]*[:：][ \u3000]*[\"\u201c]?",
    re.I,
)


def _bare_name(name: str) -> bool:
    """A display name of a name's shape whatever its surname: two or three characters, a
    given name of given names' characters, no unit's last character, no word."""
    return (
        len(name) <= 3
        and v.plausible_given(name[1:])
        and v.NAME_STOP.isdisjoint(name)
        and not _UNIT_END.search(name)
        and name not in v.COMMON_WORDS
    )


def _quoted_among_persons(text: str, start: int, end: int) -> bool:
    """Whether a quoted display name of no known surname (桑吉卓玛, 舒心) stands in a
    header line that quotes two persons' names or more before their mailboxes."""
    if text[start - 1 : start] not in _QUOTES or text[end : end + 1] not in _QUOTES:
        return False
    if _UNIT_END.search(text, end - 1, end):
        return False  # "值班室", "信息科": a unit's display name
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    persons = sum(v.plausible_name(q) for q in _QUOTED.findall(line))
    return persons >= 2


def _today_given(name: str) -> bool:
    """A surname and a given name of today's characters, some of them words that cut
    names in prose (若曦, 可欣, 依然): a name as a display name of its own."""
    k = v.surname_length(name)
    return k > 0 and len(name) - k == 2 and all(c in GIVEN_TODAY for c in name[k:])
