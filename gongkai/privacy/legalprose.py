"""A legal person's representative named in prose after its role word (issue 16, privfix26b,
docs298; README's eighteenth sitting).

The 法定代表人 of a legal person or a partnership (有限公司, 合作社, 协会 …) named as such is
public registration data and not marked, "and so are that person's other mentions in the same
document". ``legalreps`` reads the role in a table's role cell and an export's key; a notice
of awards, approvals or penalties writes it in the sentence that names the body:

    1．某县某食品有限公司，统一社会信用代码…，法定代表人X，地址…，联系电话…。

Such a name — right after 法定代表人 (its ：, 为 or 是 between), in a sentence that names a
legal person before it — is dropped, and so are the same name's other mentions in the text
("各车间负责人：X（董事长）"), except a mention on a line holding an ID, which names the person
in their own right (README: "as does a person … named in their own right (with their own
ID) in the same table", docs287/5315). A sentence whose body is an individual business (个体工商户,
个体户: its 经营者 is a name) or names no legal person keeps its person, and so does another
role (实际控制人, 委托代理人), and so does a representative given with their own ID right
after the name ("法定代表人X（身份证号码…）": named in their own right, README).

Cost: nothing is read unless the text holds the indexed word 法定代表人; then one find per
occurrence.
"""

from __future__ import annotations

import re

from .seqlists import line_bounds
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_ROLE = "法定代表人"
_LEGAL = re.compile(
    r"有限公司|有限责任公司|股份公司|集团|合作社|联合社|普通合伙|合伙[）)]|协会|商会|基金会|研究会|促进会"
)
_BETWEEN = re.compile(r"[：:为是 \u3000]{0,2}")
_SENTENCE_END = "。；;\n"


def _sentence_start(text: str, at: int) -> int:
    lo = at - 300 if at > 300 else 0
    return max(text.rfind(c, lo, at) for c in _SENTENCE_END) + 1 or lo


def legal_prose(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less a legal person's representative named after the role word in prose,
    and that name's other mentions (module docstring)."""
    if not has_word(text, _ROLE):
        return cands
    starts = {c[0]: c for c in cands if c[2] == "name"}
    if not starts:
        return cands
    ids = [c[0] for c in cands if c[2] == "id_card"]  # (one given with their own ID: a person)
    reps: set[str] = set()
    named: set[int] = set()
    k = text.find(_ROLE)
    while k >= 0:
        after = _BETWEEN.match(text, k + len(_ROLE)).end()
        c = starts.get(after)
        if c is not None and not any(c[1] <= i < c[1] + 30 for i in ids):
            before = text[_sentence_start(text, k) : k]
            if _LEGAL.search(before) and "个体" not in before:
                reps.add(text[c[0] : c[1]])
                named.add(c[0])
        k = text.find(_ROLE, k + len(_ROLE))
    if not reps:
        return cands
    # a mention on a line holding an ID names the person in their own right (README)
    id_lines = {line_bounds(text, i) for i in ids}
    return [
        c
        for c in cands
        if c[2] != "name"
        or text[c[0] : c[1]] not in reps
        or (c[0] not in named and line_bounds(text, c[0]) in id_lines)
    ]
