"""A keeper's name inside an individual quarry's or sand pit's trade name (issue 16, privfix26c).

A quarry, a stone yard or a sand pit run as an individual business (个体工商户) is named, like a
shop, by its place and its keeper: "某县某镇张三石料厂", "某旗李四采石场", "某县王五砂石料场",
"某区X石料加工部". By the settled convention (README, twelfth sitting) the keeper's name is
marked and the rest of the trade name plain. ``tradekeepers`` reads shops' goods (五金, 米粉 …)
and no quarry's; here the quarry's goods (石料, 采石, 采砂, 砂石, 碎石, 石灰, 制砂, 洗砂)
after a name that follows a place's last word (县, 市, 区, 旗, 镇, 乡, 街道, 村) and a quarry's
word ending the trade name (厂, 场, 部, 点) mark that name, when the line says the business is
individual (个体, within its clause's reach) and the name is a person's: one the text names
elsewhere (on its own or as the first part of a dotted name: 帕提古丽 of 帕提古丽·买买提), or one
of three characters the name model is sure of. A trade name by a place or a word (某县石坝石料厂,
某镇东坡石料厂) names nobody, nor does a company's (有限公司, 合作社).

Cost: the cue index's 个体; then one ``str.find`` walk per goods word.
"""

from __future__ import annotations

import re

from . import namemodel
from . import validators as v
from .wordfind import has_word, positions

Candidate = tuple[int, int, str, float]

_GOODS = ("石料", "采石", "采砂", "砂石", "沙石", "碎石", "石灰", "制砂", "洗砂")
# the rest of the trade name after its goods: a few characters, then the quarry's word
_END = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:厂|场|部|点)")
_PLACE_ENDS = ("县", "市", "区", "旗", "镇", "乡", "街道", "村")
_UNIT = re.compile(r"公司|合作社|集团|中心")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _individual(text: str, start: int, end: int) -> bool:
    """Whether the line around the trade name says its business is an individual one."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + 40)
    return "个体" in text[lo:hi]


def _keeper(text: str, at: int, known: set[str], dotted: set[str]) -> tuple[int, int] | None:
    """The keeper's name right before the goods word at ``at``, after a place's last word."""
    for size in (4, 3, 2):
        s = at - size
        if s < 2 or not _HAN.fullmatch(text, s, at):
            continue
        if not text.endswith(_PLACE_ENDS, 0, s):
            continue
        name = text[s:at]
        if name in known or name in dotted:
            return s, at
        if size == 3 and v.plausible_name(name, strict=True) and namemodel.score(name) >= 0.9:
            return s, at
    return None


def quarry_keepers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the keepers named inside individual quarries' trade names (docstring)."""
    if not has_word(text, "个体"):
        return cands
    hits = [(g, k) for g in _GOODS for k in positions(text, g)]
    if not hits:
        return cands
    spans = {(s, e) for s, e, k, _c in cands if k == "name"}
    known = {text[s:e] for s, e in spans}
    dotted = {n.split("·")[0] for n in known if "·" in n}
    added: list[Candidate] = []
    for g, k in hits:
        end = _END.match(text, k + len(g))
        if end is None or _UNIT.search(text, k, end.end()):
            continue
        span = _keeper(text, k, known, dotted)
        if span is None or span in spans or not _individual(text, span[0], end.end()):
            continue
        spans.add(span)
        added.append((span[0], span[1], "name", 0.85))
    return cands + added if added else cands
