"""A kinship word read as a given name (issue 16, privfix26f).

"由来电人和弟弟X轮流照顾", "与哥哥X同住", "跟姐姐X生活": a character that can be a surname
(和, 与 is none, but 和, 同, 跟 … before the word are conjunctions) followed by a doubled kinship
word (弟弟, 哥哥, 姐姐, 妹妹, 爷爷, 奶奶, 爸爸, 妈妈, 叔叔, 舅舅, 姑姑, 伯伯) reads as a
three-character name, yet names a relative by the word alone — the person is the name after it,
if any. Such a candidate is dropped; a name whose given part merely repeats a character (王丹丹,
李冬冬) is no kinship word and stays.

Cost: a set lookup on the last two characters of each three-character name candidate.
"""

from __future__ import annotations

Candidate = tuple[int, int, str, float]

_WORDS = frozenset(
    "弟弟 哥哥 姐姐 妹妹 爷爷 奶奶 爸爸 妈妈 叔叔 舅舅 姑姑 伯伯 婶婶 嫂嫂 姥姥 姥爷 外婆 外公".split()
)


def kin_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names that are a kinship word after one sign (module docstring)."""
    return [
        c
        for c in cands
        if c[2] != "name" or c[1] - c[0] != 3 or text[c[0] + 1 : c[1]] not in _WORDS
    ]
