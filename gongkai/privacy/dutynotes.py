"""Officials serving a training or an examination, noted by their organ (privfix20f, docs274).

A training's or an examination's record names who taught it and who invigilated after the
duty's label, each noted by the organ they come from: "授课：X（县应急管理局）、Y（县消防救援
大队）", "监考人：X、Y". A name after such a label noted by a public organ (…局, …大队, …中心,
…站, …所) serves in office, and so do its other mentions in the text (the same official
signing as 监考人). A note naming a company or a shop, or no note under a label of persons
trained, leaves the name to the other passes.

Speed: a text with none of the duty labels' words costs three memchr walks (``wordfind.has_any_by``).
"""

from __future__ import annotations

import re

from .wordfind import has_any_by

Candidate = tuple[int, int, str, float]

_DUTY = re.compile(
    r"(?:授课(?:人|教师|老师)?|主讲(?:人)?|培训讲师|监考(?:人|员|老师)?|巡考(?:人|员)?|考评员)[：:]"
)
# the duty labels' words by a rarer character, one walk a character (``wordfind.has_any_by``)
_DUTY_BY = (("考", ("监考", "巡考", "考评员")), ("讲", ("主讲", "培训讲师")), ("课", ("授课",)))
_ORGAN_NOTE = re.compile(
    r"[（(](?![^（()）]{0,20}(?:公司|企业|集团|厂|店|合作社|协会))[\u4e00-\u9fff]{2,20}"
    r"(?:局|大队|支队|中队|中心|站|所|委员会|政府|办事处|办公室|院)[）)]"
)
_OTHER_NOTE = re.compile(r"[（(][^（()）\n]{1,24}[）)]")
_LIST_SIGNS = "、，, \u3000"


def duty_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of officials noted by their organ after a duty's label, and
    their other mentions (module docstring)."""
    if not any(has_any_by(text, c, words) for c, words in _DUTY_BY):
        return cands
    starts = {c[0]: c for c in cands if c[2] == "name"}
    officials: set[str] = set()
    for m in _DUTY.finditer(text):
        pos = m.end()
        while pos in starts:  # the list after the label: name, note, sign, name …
            s, e = starts[pos][0], starts[pos][1]
            note = _ORGAN_NOTE.match(text, e)
            if note is None:
                note = _OTHER_NOTE.match(text, e)  # (a company's: not in office; read on)
                if note is None:
                    break
            else:
                officials.add(text[s:e])
            pos = note.end()
            while pos < len(text) and text[pos] in _LIST_SIGNS:
                pos += 1
    if not officials:
        return cands
    return [c for c in cands if not (c[2] == "name" and text[c[0] : c[1]] in officials)]
