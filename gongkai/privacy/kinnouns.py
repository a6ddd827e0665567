"""A person named right after the word for what they are to the caller (issue 16, privfix27d,
docs308).

A petition's register, a hotline's work order or a federation's reply names the persons a
caller speaks of by a word and the name at once: 反映留守儿童杨子涵长期辍学, 困境儿童X无人照护,
其继女X, 养子X, 前夫向德兵拒不支付抚养费, 男友X多次纠缠, 未婚夫X. Most kinship words (丈夫,
女儿, 婆婆) are cues of the candidates' search already; these are not, and after 前夫 a surname
that is also a preposition (向) is not read. The name after such a word is taken when it is a
confident name of three characters (``namemodel.confident``: a surname and a given name; 向法院,
关爱服 are not), or of two closed by a sign (，。、；（ or a cell's edge).

Not so: a word after the cue (留守儿童关爱, 孤儿院, 前夫家), 儿童 alone (儿童游乐设施: a kind of
child is needed), a masked name (王某), a name already a candidate.

Speed: nothing is read unless a cue's rarer character stands in the text (``str.find`` walks
of 童, 孤, 继, 养, 夫, 妻, 友), then only the three characters after each cue.
"""

from __future__ import annotations

from . import namemodel
from . import validators as v

Candidate = tuple[int, int, str, float]

_CONF = 0.7
# the cue words, by the character each is walked for and its place in the word
_CUES = (
    ("童", 3, ("留守儿童", "困境儿童", "孤残儿童", "流动儿童", "残疾儿童", "受助儿童", "失学儿童")),
    ("孤", 0, ("孤儿",)),
    ("继", 0, ("继子", "继女")),
    ("养", 0, ("养子", "养女")),
    ("夫", 1, ("前夫",)),
    ("夫", 2, ("未婚夫",)),
    ("妻", 1, ("前妻",)),
    ("妻", 2, ("未婚妻",)),
    ("友", 1, ("男友", "女友")),
)
_CLOSE = frozenset("，。、；;,（(）)\t\n 　|")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_at(text: str, p: int) -> int:
    """The end of the name starting at ``p``, or -1."""
    three = text[p : p + 3]
    if len(three) == 3 and all(_han(c) for c in three) and "某" not in three:
        if namemodel.confident(three) and v.plausible_name(three, strict=True):
            return p + 3
    two = text[p : p + 2]
    if (
        len(two) == 2
        and all(_han(c) for c in two)
        and "某" not in two
        and (text[p + 2 : p + 3] or "\n") in _CLOSE
        and namemodel.confident(two)
        and v.plausible_name(two, strict=True)
    ):
        return p + 2
    return -1


def kin_noun_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the names after a caller's word for the person (module docstring)."""
    ends = []
    for ch, at, words in _CUES:
        k = text.find(ch)
        while k >= 0:
            s = k - at
            for w in words:
                if s >= 0 and text.startswith(w, s):
                    ends.append(s + len(w))
            k = text.find(ch, k + 1)
    if not ends:
        return cands
    spans = None
    added = []
    for p in ends:
        e = _name_at(text, p)
        if e < 0:
            continue
        if spans is None:
            spans = [(c[0], c[1]) for c in cands]
        if any(a < e and p < b for a, b in spans):
            continue
        added.append((p, e, "name", _CONF))
        spans.append((p, e))
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
