"""Whose party a contact is attached to, read after every name is settled (issue 16, GG–II =
docs168–docs176, privfix16da). Called last but one from ``lastpasses``.

A landline or a mailbox is the party's it stands with; these structures name that party
when no earlier pass read them:

- **a member of staff the scanner judged in office on the number's line** ("联系电话：…
  联系人：X" with X a unit's contact, "承办人：X　电话：…"): every name on the line is one
  ``context.officer_in_office`` takes as acting in office, and no private datum (an ID, a
  mobile, a card, a home's address) stands on it: the number reaches the office, not a home;
- **a cell under a header naming an office's post** (联系法官, 承办民警, 经办人) holding the
  post's holder and the number ("某某 0817-…"), no name in it the scanner kept: the
  number is the holder's desk — whatever private person the row is about;
- (a contact line at the foot of a unit's paper, over its signature and date, is the
  issuer's: ``footcontacts`` reads it, earlier in ``lastpasses``);
- **a line that opens with a unit's name and gives its contacts** ("某局某股　电话：…
  地址：…　邮箱：…") with no private datum on it: its mailbox is the unit's.

A holder's or a home's label (``phoneowner.holders_phone``, ``home_noted``) and a person's
own mailbox label keep the contact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from . import validators as _v
from .columnheads import header_over
from .context import officer_in_office
from .phoneowner import holders_phone, home_noted
from .unitmail import personal_label

Candidate = tuple[int, int, str, float]

_START = itemgetter(0)
_SHORT = 200

_SURNAMES = frozenset(_v.SURNAMES | _v.RARE_SURNAMES)
_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "address"))
# a header naming an office's post, its holder's cell below (联系法官, 承办民警, 经办人)
_POST = (
    r"(?:法官|审判员|书记员|执行员|检察官|民警|警官|承办人|经办人|办案人|主办人|网格员|专干|"
    r"联络员|工作人员)"
)
_POST_WORDS = re.compile(_POST)
_POST_HEADER = re.compile(rf"[\u4e00-\u9fff]{{0,4}}{_POST}")
# a relative's, a carer's or an applicant's word in the header: no office's post
_PERSONS_HEADER = re.compile(r"监护|家属|亲属|申请|委托|代理|当事|被")
# a name-shaped run right before the number in its cell ("严某 0817-…")
_HOLDER_BEFORE = re.compile(
    r"(?:^|(?<=\n)|[\t|｜,])[ \u3000]*([\u4e00-\u9fff·]{2,5})[ \u3000（(]*$"
)
# a unit's name opening its line, then a gap or a colon and its contacts
_UNIT_LINE = re.compile(
    r"[ \u3000\t]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．][ \u3000]*)?"
    r"[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:局|委员会|委|中心|办公室|办|站|所|院|科|股|处|队|厅|政府|街道办事处|办事处|社区|村委会|居委会|"
    r"协会|联合会|公司)"
    r"(?:[ \u3000\t]+|[：:])(?:[ \u3000]*)(?:联系|咨询|办公|值班)?(?:电话|地址|邮箱|传真|联系人)"
)


class _Held:
    """The candidates by their start, asked for a span's ones by bisection."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = sorted(cands, key=_START)
        self.starts = [c[0] for c in self.cands]

    def within(self, lo: int, hi: int) -> list[Candidate]:
        return self.cands[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def _staff_line(text: str, lo: int, hi: int, held: _Held) -> bool:
    """Whether every name on the number's line acts in office and nothing private stands
    on it (above)."""
    on_line = held.within(lo, hi)
    names = [d for d in on_line if d[2] == "name"]
    if not names or any(d[2] in _PRIVATE for d in on_line):
        return False
    return all(officer_in_office(text, d[0], d[1]) for d in names)


def _post_cell(text: str, c: Candidate, lo: int, hi: int, held: _Held) -> bool:
    """Whether the number shares its cell with its holder's name under a header naming an
    office's post (above)."""
    k = c[0] - 1
    while k > lo and text[k] in " \u3000（(":
        k -= 1
    if k <= lo or not "\u4e00" <= text[k] <= "\u9fff":
        return False  # (no Han sign right before the number: no holder's name)
    run = _HOLDER_BEFORE.search(text, max(lo, c[0] - 12), c[0])
    if run is None or run.group(1)[0] not in _SURNAMES:
        return False  # (a label, "联系电话：", is no holder)
    cell_lo = max(text.rfind(sep, lo, c[0]) for sep in ("\t", "|", "｜", ",")) + 1 or lo
    cell_lo = max(cell_lo, lo)
    if any(d[2] in ("name", "mobile", "id_card") for d in held.within(cell_lo, c[0])):
        return False  # a name the scanner kept: the row's person's cell
    header = header_over(text, c[0], c[1], _POST_WORDS)
    if header is None and cell_lo == lo:
        rest = text[c[1] : hi].strip(" \u3000")
        if not rest:  # a cell alone on its line: the header over the whole cell
            header = header_over(text, lo, hi, _POST_WORDS)
    return (
        header is not None
        and _POST_HEADER.fullmatch(header.strip(" \u3000*")) is not None
        and not _PERSONS_HEADER.search(header)
    )


def _unit_line_mail(text: str, c: Candidate, lo: int, hi: int, held: _Held) -> bool:
    """Whether the mailbox stands on a line opening with a unit's name and its contacts,
    nothing private on it (above)."""
    if any(d[2] in _PRIVATE or d[2] == "name" for d in held.within(lo, hi)):
        return False
    return _UNIT_LINE.match(text, lo) is not None and not personal_label(text, c[0])


def party_phones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines and mailboxes of an office's party (module docstring)."""
    asked = [c for c in cands if c[2] == "landline" or c[2] == "email"]
    if not asked:
        return cands
    held = _Held(cands)
    drop: set[tuple[int, str]] = set()
    for c in asked:
        lo = text.rfind("\n", 0, c[0]) + 1
        hi = text.find("\n", c[1])
        if hi < 0:
            hi = len(text)
        short = hi - lo <= _SHORT  # (a line of contacts or a row, no paragraph of prose)
        if c[2] == "landline":
            if not (
                (short and _staff_line(text, lo, hi, held)) or _post_cell(text, c, lo, hi, held)
            ):
                continue
            if home_noted(text, c[1]) or holders_phone(text, c[0]):
                continue
            drop.add((c[0], c[2]))
        elif short and _unit_line_mail(text, c, lo, hi, held):
            drop.add((c[0], c[2]))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[2]) not in drop]
