"""A person whose death the text reports, and their other mentions (issue 16, privfix26d,
docs300).

A recovery notice, a pension's stop or a household's change says who died and when:
"补助对象X已于2022年11月去世", "：Y已于2023年9月去世，去世后…", "其夫Z于2025年6月病故". The
one who died is a person (a martyr, a veteran, a recipient of a benefit: every folder marks
them), and the words before the date may be anything (a role word, a clause's stop, a
heading's particulars). A name of two or three characters (``namemodel.confident``: a
surname and a given name) standing right before "(已)于 + a date + (因病) + 去世 / 逝世 / 病故
/ 病逝 / 死亡" is taken, and so are its other mentions within the document where the
character after them ends a name (``laternames.ends_name``: "烈士遗属Y之女"); a
two-character name's mention only at a clear edge too (no CJK character before it).

Not so: a role word or a pronoun before the date ("户主已于…病故", "本人于…去世", "职工于…",
"原户主已于…": no name by the model), a mention inside a longer name, two characters after
another character than a kinship's or a role word's last (黑占山: not 占山).

Speed: nothing is read unless a death word stands in the text (one find each); then only
the thirty characters before each.
"""

from __future__ import annotations

import re

from . import namemodel
from .laternames import ends_name
from .wordfind import positions

Candidate = tuple[int, int, str, float]

_DEATH = ("去世", "逝世", "病故", "病逝", "死亡")
_WHEN = re.compile(r"(?:已经?)?于?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:因病|因故|病)?$")
_CONF = 0.7
# the last characters of the kinship and role words a two-character name may follow (配偶,
# 其夫, 儿子, 当事人, 补助对象, 遗属, 户主)
_WORD_ENDS = frozenset("偶夫妻父母子女兄弟姐妹孙人员者户主象属亲")
_WINDOW = 2000


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "·"


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def death_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the dead persons' names and their mentions (module docstring)."""
    hits = [p for w in _DEATH for p in positions(text, w)]
    if not hits:
        return cands
    spans: list[tuple[int, int]] = []
    added: list[Candidate] = []
    for p in hits:
        m = _WHEN.search(text, p - 24 if p > 24 else 0, p)
        if m is None or not _cjk(text[m.start() - 1 : m.start()] or "a"):
            continue
        end = m.start()
        s = _name_before(text, end)
        if s < 0:
            continue
        if not spans:  # (the candidates' spans, built at the first name: most texts have none)
            spans = [(c[0], c[1]) for c in cands]
        if _overlaps(spans, s, end):
            continue
        name = text[s:end]
        added.append((s, end, "name", _CONF))
        spans.append((s, end))
        _mentions(text, name, s, spans, added)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))


def _name_before(text: str, end: int) -> int:
    """The start of the name of three or two characters ending at ``end``, or -1."""
    for n in (3, 2):
        s = end - n
        if s < 0 or not all(_cjk(ch) and ch != "·" for ch in text[s:end]):
            continue
        if n == 2 and s > 0 and _cjk(text[s - 1]) and text[s - 1] not in _WORD_ENDS:
            return -1  # (黑占山 whose surname is rare: not 占山; left to the other passes)
        if namemodel.confident(text[s:end]):
            return s
    return -1


def _mentions(
    text: str, name: str, seed: int, spans: list[tuple[int, int]], added: list[Candidate]
) -> None:
    lo, hi = max(0, seed - _WINDOW), seed + _WINDOW
    at = text.find(name, lo, hi)
    while at >= 0:
        e = at + len(name)
        if (
            not _overlaps(spans, at, e)
            and ends_name(text, e)
            and (len(name) > 2 or at == 0 or not _cjk(text[at - 1]))
        ):
            added.append((at, e, "name", _CONF))
            spans.append((at, e))
        at = text.find(name, e, hi)
