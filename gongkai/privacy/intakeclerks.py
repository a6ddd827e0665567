"""The clerk who took in an application, in a register of applications (issue 16,
privfix25a).

A registry's or a township's register of applications (宅基地申请受理登记, 不动产登记收件
台账) names, beside each row's applicant, the clerk who took the papers in: a column
headed 收件人 (收件 is the act of the desk that receives an application, as 受理 is; the
register's own serial is its 收件编号). The names under it act in office and are no private
persons, whatever the table's layout (``columnheads.header_over``). The row's applicant
(申请人, 权利人, 户主 …) keeps their name.

Not a clerk: the addressee of a mailing list or of a parcel register (收件人 beside 收件地址,
收件电话, 寄送方式, 邮寄, 单号, 快递, 签收), nor a 收件人 in a header row with no other
person's column (a list of whom papers are sent to), nor "收件人：X" in prose.

Speed: nothing is read unless the text holds 收件人 (one ``in``); a name only when the
word stands within 6,000 characters before it.
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_SPAN = 6000
# the header cell (its 姓名 / 签名 note aside): alone, as a cell ends after it, and as it
# stands in a header row between a cell's edges
_WORD = r"收件人(?:姓名|签名|签字)?"
_HEADER = re.compile(_WORD)
_CELL = re.compile(_WORD + r"(?=[\t|｜│,，\s\"]|$)")
_WORDS = re.compile(r"(?:^|(?<=[\t|｜│,，\s\"]))" + _CELL.pattern, re.M)
_EDGE = frozenset('\t|｜│,，\n\r \u3000"')
# the row's own person in another column of the same header
_PARTY = re.compile(r"申请人|权利人|申请户主|户主|建房户|申报人|当事人|登记人|申请单位")
# a mailing's fields: the column's persons are its addressees
_MAILING = re.compile(
    r"收件(?:地址|电话|人地址|人电话|单位)|寄|邮编|单号|快递|快件|邮件|签收|EMS|妥投"
)


def intake_clerks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names standing in a register's 收件人 column (module docstring)."""
    if not has_word(text, "收件人"):
        return cands
    marks = []  # (walked by ``str.find``, each place's edges tested)
    k = text.find("收件人")
    while k >= 0:
        if (k == 0 or text[k - 1] in _EDGE) and _CELL.match(text, k):
            marks.append(k)
        k = text.find("收件人", k + 3)
    if not marks:
        return cands
    out = []
    for c in cands:
        if c[2] == "name" and _clerk(text, c[0], c[1], marks):
            continue
        out.append(c)
    return out


def _clerk(text: str, start: int, end: int, marks: list[int]) -> bool:
    head = max((k for k in marks if k < start), default=-1)
    if head < 0 or start - head > _SPAN:
        return False
    cell = header_over(text, start, end, _WORDS)
    if cell is None or not _HEADER.fullmatch(cell.strip(' \u3000"')):
        return False
    row = _header_row(text, head)
    return _PARTY.search(row) is not None and _MAILING.search(row) is None


def _header_row(text: str, at: int) -> str:
    """The header row holding the word at ``at``: its line, or for a table one cell a line
    the block of short lines around it (up to blank lines, 40 lines each way)."""
    begin = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    line = text[begin:stop]
    if any(sep in line for sep in ("\t", "|", "｜", "│", ",")) or "  " in line.strip():
        return line
    lo = text.rfind("\n\n", at - 600 if at > 600 else 0, at)
    hi = text.find("\n\n", at, at + 600)
    return text[lo + 1 if lo >= 0 else max(0, at - 600) : hi if hi >= 0 else at + 600]
