"""A relative's name read with the kinship word before it (issue 16, privfix26b, docs298).

A household's members are listed each after their kinship to the head, the word and the
name run together: "家庭成员：配偶胡小琴、子胡艾力、女胡古丽、岳母杨德芳". A table's reader
that takes the item between the commas as one cell reads "岳母杨德芳" as a name of five; the
name is 杨德芳, the kinship word is no part of it. A name read so — one of four to six
characters whose first two are a kinship word (岳母, 公公, 配偶, 儿媳, 外孙 …) and whose rest is
a name by the name model (``namemodel.confident``: a surname and a given name) — is set to
its rest.

Not so: a name whose rest is one character (孙子涵: 孙 is a surname, 子涵 its given name, the
rest after 孙子 only 涵), or whose rest is no name (岳母亲: no name at all).

Cost: none on the text; only the found names of four characters or more are looked at.
"""

from __future__ import annotations

from . import namemodel

Candidate = tuple[int, int, str, float]

_KIN = frozenset(
    "岳父 岳母 公公 婆婆 配偶 丈夫 妻子 儿子 女儿 儿媳 女婿 孙子 孙女 外孙 侄子 侄女 外甥 "
    "父亲 母亲 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 外公 外婆 祖父 祖母 长子 次子 长女 次女 继子 继女 "
    "养子 养女".split()
)


def kin_edges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each name read with its kinship word before it set to the name."""
    out = None
    for i, (s, e, k, c) in enumerate(cands):
        if k != "name" or not 4 <= e - s <= 6 or text[s : s + 2] not in _KIN:
            continue
        rest = text[s + 2 : e]
        if namemodel.score(text[s:e]) >= 0.9 or not namemodel.confident(rest):
            continue  # (a name of its own, its first two signs a kinship word by chance)
        if out is None:
            out = list(cands)
        out[i] = (s + 2, e, k, c)
    return cands if out is None else out
