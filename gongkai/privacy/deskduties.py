"""Columns of an office's own staff named by its desk or by a duty it assigns (issue 16,
privfix24b, set EE: docs288–290).

A register kept at an office's service window names, beside each row's applicant, the clerk
who served the row: 窗口人员, 窗口工作人员, 窗口经办人, 窗口受理人员. A ledger of disputes or
petitions names, beside each row's parties, the cadre the office charges with the case: 稳控
责任人, 维稳责任人, 包案领导, 包案责任人, 包联干部, 盯控责任人. Neither is a private person: both
act in office, as an 经办人 or a 化解责任人 does (``headerroles.ACTS`` reads those already).
The names under such a header are dropped in any table layout (``columnheads.header_over``:
tabs, HTML flattened, bars, commas, spaces, one cell a line); the other columns keep their
persons.

Not such a column: a 窗口 alone (a window's number or name), a 责任人 of no duty (a 监护责任人
is a guardian, a 安全责任人 may be a shop's keeper), a party's word (被稳控人员).

Speed: nothing is read unless the text holds 窗口 or one of the duty words, and a name only
within 6,000 characters after such a word; the words are found by their core (窗口, 稳控 …,
by walks of their first characters: ``wordfind.word_starts``), then checked whole.
"""

from __future__ import annotations

import re

from .columnheads import without_names_marked
from .wordfind import word_starts

Candidate = tuple[int, int, str, float]

_SPAN = 6000
_DUTIES = ("稳控", "维稳", "包案", "包联", "盯控")
# the whole header cell (its 姓名 / 签名 note aside)
_HEADER = re.compile(
    r"(?:服务|受理|登记|办事|综合|查询)?窗口(?:工作)?(?:人员|经办人|受理人员?|办理人|承办人)"
    r"|(?:稳控|维稳|包案|包联|盯控)(?:责任人|领导|干部|人员?)"
)
_WORDS = _HEADER  # (the header word, searched for in the text too)
_CORE = ("窗口", *_DUTIES)  # (found by ``word_starts``, as their alternation's search)
_NOTE = re.compile(r"(?:[（(](?:签名|签字|姓名)[）)]|姓名|签名|签字)$")


def _header(cell: str | None) -> bool:
    if not cell or len(cell) > 16:
        return False
    bare = _NOTE.sub("", cell.replace(" ", "").replace("\u3000", ""))
    return _HEADER.fullmatch(bare) is not None


def desk_duties(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names in a column headed by an office's desk staff or a cadre
    charged with a duty (module docstring)."""
    # the core words by walks of their first characters, each checked for the whole header
    # word around it (a search of _WORDS itself, whose prefix is optional, tries every sign)
    marks = [
        k for k in word_starts(text, _CORE) if _WORDS.search(text, k - 2 if k > 2 else 0, k + 8)
    ]
    if not marks:
        return cands
    return without_names_marked(text, cands, marks, _SPAN, _WORDS, _header)
