"""A fixed line in a row whose person is noted as a lawyer of a firm (issue 16, privfix24b):
"| X（律师，某律师事务所） | … | 0xxx-… |".

The held-out convention (privfix17a, privfix17d) reads a fixed line in a lawyer's row beside
the firm's name as the firm's; ``counselcolumns.firm_lines`` reads it where a table heads its
handlers and their firms in columns of their own. A register of searches or visits names the
lawyer with the firm in a note in the person's own cell instead ("X（律师，某律师事务所）", "Y
（某律师事务所律师）"): a landline on that row is the firm's too. A mobile stays the lawyer's
own (privfix17d), and a row naming no firm in such a note keeps its landline.

Cost: only a text holding 律师事务所 or 法律服务所 is read, by each landline's row.
"""

from __future__ import annotations

import re

from .kindindex import without
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(
    r"[（(](?:(?:专职|兼职|执业)?律师[，,、 ]*[^（()）\n]{2,30}?(?:律师事务所|法律服务所)"
    r"|[^（()）\n]{2,30}?(?:律师事务所|法律服务所)(?:专职|兼职|执业)?(?:律师|法律工作者))[）)]"
)
_ROW = re.compile(r"\t|[|｜,]")


def lawyer_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines on a row whose person is noted as a firm's lawyer."""
    if not has_word(text, "律师事务所") and not has_word(text, "法律服务所"):
        return cands
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "landline":
            continue
        ls = text.rfind("\n", 0, c[0]) + 1
        le = text.find("\n", c[1])
        le = len(text) if le < 0 else le
        if len(_ROW.findall(text, ls, le)) < 3:
            continue
        if _NOTE.search(text, ls, le):
            drop.add(i)
    return without(cands, drop)
