"""A transliterated name right after a word for a private person (issue 16, privfix26d,
docs300).

The weak cues of ``prose`` (``patterns.WEAK_CUES``: 军人, 患者, 农户, 家属 …) read a name of
Chinese given-name characters after the word; a Uyghur, Kazakh or foreign name written with
its dot ("退役军人阿不都热合曼·买买提（138…）", "患者古丽巴哈尔·吐尔逊反映") is left unread, as
``cuemend.kin_labels`` reads one after a kinship word. Such a run — two to six characters,
the dot, two to eight characters, then a sign or a word that follows a name (``cuemend``'s
stops: 的, 已, 于 …) — right after a weak cue is a person's name, and so are its other
mentions in the document that stand whole (a sign or such a word after them).

A name read short inside the run (古丽 of 古丽巴哈尔·吐尔逊) is set whole; one read up to the dot or past it is left as read (its edges were
settled by the passes before). It runs early among the last passes, so that the passes after it
drop a name noted in office; one noted by an organ or a station
("见证人X·Y（村委会）") is not taken. Not so: a run on past eight characters after the dot with no stop (a brand, a title), a
dotted run after no person's word (a trade mark "雪山下·白沙院子" after 公司).

Speed: nothing is read unless a dot stands in the text (one find); then only the dozen
characters before each dot.
"""

from __future__ import annotations

import re

from .cuemend import _DOT_STOP
from .patterns import WEAK_CUES

Candidate = tuple[int, int, str, float]

_CUES = tuple(sorted(WEAK_CUES, key=len, reverse=True))
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,30}")
_SIGNS = frozenset("（()），,。；;、：:！!？? \u3000\t\n“”\"'")
_CONF = 0.75
# a note of an organ or a station after the name: the person stands for it (README, privfix18b)
_ORGAN_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,12}(?:委员会|村委会?|居委会?|站|所|局|办|中心|政府|法院)[）)]"
)


def _whole(text: str, s: int, e: int) -> bool:
    after = text[e : e + 1]
    return not after or after in _SIGNS or after in _DOT_STOP


def cue_dotted(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the dotted names after a private person's word (module docstring)."""
    dot = text.find("·")
    if dot < 0:
        return cands
    spans: list[tuple[int, int]] = []
    added: list[Candidate] = []
    while dot > 0:
        for s in range(dot - 6 if dot > 6 else 0, dot - 1):
            if not text.endswith(_CUES, 0, s):
                continue
            m = _DOTTED.match(text, s)
            if m is None or m.start() >= dot:
                continue
            if not spans:  # (the candidates' spans, built at the first cued dotted run)
                spans = [(c[0], c[1]) for c in cands] + [(c[0], c[1]) for c in added]
            run = m.group()
            given = run.index("·") + 1
            cut = next((i for i in range(given + 2, len(run)) if run[i] in _DOT_STOP), len(run))
            if cut - given > 8:
                break  # a run on past eight with no stop in it: no name
            e = s + cut
            # (a name read short inside the run, "患者古丽" of 古丽巴哈尔·…, is set whole)
            short = [c for c in cands if c[2] == "name" and c[0] == s and c[1] <= dot]
            if short:
                cands = [c for c in cands if c not in short]
                spans = [(c[0], c[1]) for c in cands] + [(c[0], c[1]) for c in added]
            if (
                not _whole(text, s, e)
                or any(a < e and s < b for a, b in spans)
                or _ORGAN_NOTE.match(text, e)
            ):
                break
            name = text[s:e]
            at = text.find(name)
            while at >= 0:  # the name and its other whole mentions
                end = at + len(name)
                if _whole(text, at, end) and not any(a < end and at < b for a, b in spans):
                    added.append((at, end, "name", _CONF))
                    spans.append((at, end))
                at = text.find(name, end)
            break
        dot = text.find("·", dot + 1)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
