"""A column of the lawyers assigned to a case (issue 16, docs225): private persons.

A legal-aid register or a list of the subsidies paid for its cases heads the lawyer who
took each case with the office's word, 承办人 or 承办人员 ("承办人员 | 执业机构 | 承办人员电话",
"律师事务所/法律服务所 | 承办人员 | 受援人"). Alone, that word heads the office's staff
(``headerroles.staff_header``, ``officialcolumns``); beside a column of the firms they
practise in (律师事务所, 法律服务所, 执业机构) it heads the lawyers and 基层法律服务工作者
acting for the parties, who are private persons by the settled convention (a lawyer
named in a case: README of the held-out batches). The office's own staff (经办人, 审核人,
登记人) stay staff beside any firm.
"""

from __future__ import annotations

import re

from .wordfind import has_word

# the header of the handler: 承办人, 承办人员, 承办人姓名 (a 承办律师's is a person's already)
_HANDLER = re.compile(r"承办(?:人员?)(?:姓名)?")
# a header naming the firm a handler practises in
_FIRM = re.compile(r"律师事务所|律所|法律服务所|执业机构|执业单位")


def counsel_header(cell: str, cells: list[str]) -> bool:
    """Whether ``cell`` (a header among ``cells``) heads lawyers: a handler's word beside
    a header of their firms."""
    return _HANDLER.fullmatch(cell) is not None and any(
        c is not cell and _FIRM.search(c) for c in cells
    )


def counsel_above(text: str, start: int, cell: str) -> bool:
    """Whether the handler's header ``cell`` over the value at ``start`` heads lawyers:
    its header line (or the line over it, a two-row header's) names their firms."""
    if _HANDLER.fullmatch(cell) is None:
        return False
    at = text.rfind(cell, start - 6000 if start > 6000 else 0, start)
    if at < 0:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    above = text.rfind("\n", 0, line_start - 1 if line_start > 1 else 0) + 1
    line_end = text.find("\n", at)
    return _FIRM.search(text, above, line_end if line_end >= 0 else len(text)) is not None


_FIRM_CELL = re.compile(r"(?:律师事务所|法律服务所)[ \u3000]*(?:[\t|｜,]|  )")
_ROW_SIGN = re.compile(r"\t|[|｜,]|  ")


def firm_lines(text: str, cands: list) -> list:
    """``cands`` less the landlines in a lawyers' table's row that names the firm: the
    lawyer's own number is a mobile; a fixed line beside the firm's name is the firm's
    (a 法律服务所's phone in its worker's row, README of the held-out batches)."""
    # (承办 by 承: ``wordfind``)
    if not has_word(text, "承办") or (
        not has_word(text, "律师事务所") and not has_word(text, "法律服务所")
    ):
        return cands
    drop = set()
    for i, c in enumerate(cands):
        if c[2] != "landline":
            continue
        line_start = text.rfind("\n", 0, c[0]) + 1
        line_end = text.find("\n", c[1])
        if line_end < 0:
            line_end = len(text)
        if text.find("所", line_start, line_end) < 0:
            continue  # (the firm's word on the row: the cheap test first)
        line = text[line_start:line_end]
        if not _FIRM_CELL.search(line + "\t") or len(_ROW_SIGN.findall(line)) < 3:
            continue
        head = text.rfind("承办", line_start - 6000 if line_start > 6000 else 0, line_start)
        if head < 0:
            continue
        head_start = text.rfind("\n", 0, head) + 1
        above = text.rfind("\n", 0, head_start - 1 if head_start > 1 else 0) + 1
        head_end = text.find("\n", head)
        header = text[above : head_end if head_end >= 0 else len(text)]
        if _FIRM.search(header) and not _DIGITS.search(text, head_start, head_end):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands


_DIGITS = re.compile(r"\d{5}")
