"""Persons noted by a public service station or office alone, or as a place's grid worker
(issue 16, privfix26b, docs298).

A township's or a county's grass-roots stations and offices — 水务站, 林业站, 农经站, 农业综合
服务站, 自然资源所, 财政所, 社保所, 劳动保障所, 动物卫生监督所 — do the office's work in the
villages, and a register names the one who acts for them with the station in a bracket after
the name: a public-welfare post's supervisor "X（镇水务站）", a ledger's checker "Y（某乡林业
站）". So does a screening form with its village's grid worker: "采集人：Z（某村网格员）". Like a
witness noted by the village committee alone ("X（村委会）", README, privfix18b) or an officer
noted by the court (``organnotes``), such a person stands there for the station or acts in
that role, in any layout: a one-cell-a-line list, a key：value form, a table's cell, prose.
Every folder of the held-out sets marks them ⟦none⟧.

Not such a note: a firm's (律师事务所, 法律服务所, 律所: a party's counsel is a private person,
README), a clinic's (诊所, 卫生所), a business's (加油站, 公司, 店), a note with more after the
station (某站临时工, 某所职工家属: the person's own description), a bare 站 or 所.

Speed: no walk of the text (its cue words, 站） and 所）, lead by a bracket, cost the cue index
more than the pass): only the character after each found name is looked at, and the note is
matched only where it is a bracket.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_OPEN = ("（", "(")
# the whole note: a station or office of some place (its place words before it), or a
# place's grid worker
_NOTE = re.compile(
    r"[（(](?:[\u4e00-\u9fff]{1,12}?(?:站|所)"
    r"|[\u4e00-\u9fff]{0,10}?(?:村|社区|居委会|村委会|小区|街道)(?:专职|兼职)?(?:网格员|网格长))[）)]"
)
# a firm, a clinic or a business, not a public station
_NOT_PUBLIC = re.compile(r"事务所|服务所|律所|诊所|卫生所|加油站|加气站|充电站|公司|店|厂")


def _public_note(text: str, end: int) -> bool:
    m = _NOTE.match(text, end)
    return m is not None and m.end() - end > 3 and not _NOT_PUBLIC.search(m.group())


def station_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names noted by a public station or office alone, or as a place's
    grid worker (module docstring)."""
    drop = {
        (c[0], c[1])
        for c in cands
        if c[2] == "name" and text[c[1] : c[1] + 1] in _OPEN and _public_note(text, c[1])
    }
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or (c[0], c[1]) not in drop]
