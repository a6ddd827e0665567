"""A keeper's name again at the head of their individual business's name (issue 16,
privfix16qd): "谢某汽车美容店（个体工商户）\t个体工商户\t谢某\t…". An individual business
(个体工商户) is commonly named after its keeper; where the record's line names the keeper
as a person (the operator's cell, a label's value) and a cell of the same line opens with
that name and ends in a shop's word (店, 馆, 部, 坊, 厂, 场, 行, 铺 …), the name there is the
same person's. Read only on lines that say 个体; the line's other cells are untouched, and
a name the line does not name as a person is left alone (a trade name by a surname).

The business's name may also carry its county and town before the keeper's name
("某县某镇X理发店"), and stand on a line of its own near the keeper's cell, where a register
is laid one cell a line or exported as XML ("<名称>某镇X诊所</名称>" over "<经营者>X</经营者>"):
the record's lines around the name are read, in texts that say 个体 somewhere (a title, a
header) or carry an individual business's credit code (92…). The operator's name inside the
trade name is marked as a person's, as the folders (all but one, relabelled) do.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# a cell's edge before the name, and the shop's cell after it (up to its note or the cell's end)
_EDGES = frozenset('\t|｜,，;；、 \u3000：:\n>"')
# the last character of a place the trade name may open with (某县某镇X店, 某街道X馆)
_PLACE_ENDS = frozenset("县市区镇乡村道寨")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# an individual business's unified social credit code (GB 32100: 9 then 2); led by its
# literal so that the search skips to each "92" (a leading look-behind tries every position)
_USCC_92 = re.compile(r"92(?<![0-9A-Z]92)[0-9]{4}[0-9A-HJ-NPQRTUWXY]{12}(?![0-9A-Z])")
_LINES_AROUND = 3
_SHOP = re.compile(
    r"(?:[\u4e00-\u9fff]{1,10}?(?:店|馆|部|坊|厂|场|行|铺|社|室|园|庄|摊|档)"
    # a lodging or a farm stay kept by a household (民宿, 客栈, 农家乐, 藏家乐, 竹林人家)
    r"|[\u4e00-\u9fff]{0,10}?(?:民宿|客栈|家乐|人家))(?=[（(\t|｜,，;；\s<\"]|$)"
)


def _opens_cell(text: str, at: int, start: int) -> bool:
    """Whether the name at ``at`` opens its cell, or follows a place that does (某县某镇X)."""
    if at == start or text[at - 1] in _EDGES:
        return True
    if text[at - 1] not in _PLACE_ENDS:
        return False
    k = at - 1
    while k > start and "\u4e00" <= text[k - 1] <= "\u9fff" and at - k < 16:
        k -= 1
    return k == start or text[k - 1] in _EDGES


def _record_lines(text: str, s: int, e: int) -> tuple[int, int]:
    """From the start of the line ``_LINES_AROUND`` lines above the name to the end of the
    line as far below it."""
    ls = s
    for _ in range(_LINES_AROUND + 1):
        ls = text.rfind("\n", 0, ls - 1 if ls > 0 else 0)
        if ls < 0:
            break
    ls = ls + 1 if ls >= 0 else 0
    le = e
    for _ in range(_LINES_AROUND + 1):
        le = text.find("\n", le + 1)
        if le < 0:
            le = len(text)
            break
    return ls, le


def shop_keepers(text: str, cands: list[Candidate]) -> list[Candidate]:
    if not has_word(text, "个体") and _USCC_92.search(text) is None:  # (by 个: ``wordfind``)
        return cands
    taken: set[tuple[int, int]] | None = None
    seen: set[tuple[int, str]] = set()
    out = None
    for s, e, kind, conf in cands:
        if kind != "name" or conf < 0.7 or e - s < 2:
            continue
        ls, le = _record_lines(text, s, e)
        name = text[s:e]
        if (ls, name) in seen:
            continue
        seen.add((ls, name))
        if taken is None:
            taken = {(a, b) for a, b, k, _c in cands if k == "name"}
        at = text.find(name, ls, le)
        while at >= 0:
            end = at + len(name)
            if (at, end) not in taken and _opens_cell(text, at, ls) and _SHOP.match(text, end, le):
                out = out if out is not None else list(cands)
                out.append((at, end, "name", 0.75))
                taken.add((at, end))
            at = text.find(name, end, le)
    return out if out is not None else cands


# a keeper's column header: the person who runs a business (经营者, 负责人: each word one
# scan of the whole text, the rule's whole cost where no table is there)
# (户主: a household's head keeping its farm stay, 户主姓名 beside 经营户名称)
_KEEPER_WORDS = ("经营者", "负责人", "户主")
# an enterprise's or a cooperative's unified social credit code (91…, 93…; an individual
# business's is 92…): its row's trade name is a firm's, whoever it is named after
_FIRM_CODE = re.compile(r"9[13][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
_TABLE_SEPS = ("\t", "|", ",")


def _keeper_rows(text: str, k: int):
    """For the delimited header line holding the keeper word at ``k``: (the keeper's column
    index, the separator, the header's width, where the rows under it start); None when
    the line is no such header."""
    ls = text.rfind("\n", 0, k) + 1
    le = text.find("\n", k)
    le = len(text) if le < 0 else le
    if le - ls > 600:
        return None
    header = text[ls:le]
    sep = next((c for c in _TABLE_SEPS if header.count(c) >= 2), None)
    if sep is None:
        return None
    cells = header.split(sep)
    col = next(
        (j for j, c in enumerate(cells) if len(c) <= 14 and any(w in c for w in _KEEPER_WORDS)),
        -1,
    )
    return None if col < 0 else (col, sep, len(cells), le + 1)


def repeated_keepers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A keeper's cell repeated at the head of the same row's trade name, whether or not
    the text says 个体 ("…,皖北镇X五金店,X,…" under 经营者（负责人）): the cell under a keeper's
    header (经营者, 负责人) that is a name alone, and another cell of its row
    opening with it (after its place) and ending in a shop's word, name one person — an
    individual business named after its keeper. A company's row (its responsible person in
    no trade name) is left alone, and so is a cell the name model does not read as a name
    (a brand beside its shop: 华联 in 某镇华联超市). Only the rows under such a header are
    read (a whole text's scan for trade names costs as much as a pass of the scanner)."""
    out = None
    taken: set[tuple[int, int]] | None = None
    for word in _KEEPER_WORDS:
        k = text.find(word)
        while k >= 0:
            table = _keeper_rows(text, k)
            if table is None:
                k = text.find(word, k + 3)
                continue
            col, sep, width, pos = table
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                cells = text[pos:end].split(sep)
                if len(cells) != width:
                    break
                if _FIRM_CODE.search(text, pos, end):
                    pos = end + 1
                    continue  # a firm's credit code (91…, 93…): the row is no individual's
                at = pos + sum(len(c) + 1 for c in cells[:col])
                cell = cells[col]
                name = cell.strip('" \u3000\r')
                start = at + cell.find(name) if name else at
                if 2 <= len(name) <= 4:
                    if taken is None:
                        taken = {(a, b) for a, b, kd, _c in cands if kd == "name"}
                    # (a keeper's cell already read as a name needs no model's word: 泽郎多吉)
                    known = (start, start + len(name)) in taken
                    got = _in_trade_name(text, name, start, pos, end, known)
                    if got is not None:
                        if taken is None:
                            taken = {(a, b) for a, b, kd, _c in cands if kd == "name"}
                        for s in (start, got):
                            if (s, s + len(name)) not in taken:
                                out = out if out is not None else list(cands)
                                out.append((s, s + len(name), "name", 0.75))
                                taken.add((s, s + len(name)))
                pos = end + 1
            k = text.find(word, pos)
    return out if out is not None else cands


def _in_trade_name(
    text: str, name: str, start: int, ls: int, le: int, known: bool = False
) -> int | None:
    """Where ``name`` (the keeper's cell at ``start``) opens a trade name in its row."""
    at = text.find(name, ls, le)
    while at >= 0:
        # (a keeper's cell read as a name vouches for it after a brand too: 某县云上草原X民宿)
        opens = known or _opens_cell(text, at, ls)
        if at != start and opens and _SHOP.match(text, at + len(name), le):
            from . import namemodel
            from . import validators as v

            ok = known or (v.plausible_name(name) and namemodel.score(name) >= 0.7)
            return at if ok else None
        at = text.find(name, at + len(name), le)
    return None
