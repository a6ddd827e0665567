"""A keeper's name again at the head of their individual business's name (issue 16,
privfix16qd): "谢某汽车美容店（个体工商户）\t个体工商户\t谢某\t…". An individual business
(个体工商户) is commonly named after its keeper; where the record's line names the keeper
as a person (the operator's cell, a label's value) and a cell of the same line opens with
that name and ends in a shop's word (店, 馆, 部, 坊, 厂, 场, 行, 铺 …), the name there is the
same person's. Read only on lines that say 个体; the line's other cells are untouched, and
a name the line does not name as a person is left alone (a trade name by a surname)."""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a cell's edge before the name, and the shop's cell after it (up to its note or the cell's end)
_EDGES = frozenset("\t|｜,，;；、 \u3000：:\n")
_SHOP = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:店|馆|部|坊|厂|场|行|铺|社|室|园|庄|摊|档)(?=[（(\t|｜,，;；\s]|$)"
)


def shop_keepers(text: str, cands: list[Candidate]) -> list[Candidate]:
    taken: set[tuple[int, int]] | None = None
    seen: set[tuple[int, str]] = set()
    out = None
    for s, e, kind, conf in cands:
        if (
            kind != "name"
            or conf < 0.7
            or e - s < 2
            or text.find("个体", max(0, s - 200), e + 200) < 0
        ):
            continue  # (个体 near the name on its line: no scan of the whole text)
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        name = text[s:e]
        if (ls, name) in seen or text.find("个体", ls, le) < 0:
            continue
        seen.add((ls, name))
        if taken is None:
            taken = {(a, b) for a, b, k, _c in cands if k == "name"}
        at = text.find(name, ls, le)
        while at >= 0:
            end = at + len(name)
            if (
                (at, end) not in taken
                and (at == ls or text[at - 1] in _EDGES)
                and _SHOP.match(text, end, le)
            ):
                out = out if out is not None else list(cands)
                out.append((at, end, "name", 0.75))
                taken.add((at, end))
            at = text.find(name, end, le)
    return out if out is not None else cands
