"""Persons a letter names by what they do for the writer (issue 16).

A resident's letter or a reply names the people who act for or beside the writer: the
one entrusted ("表决票已委托庞敏代签", "授权刘德明办理"), a building's volunteer head
or a neighbour ("签字页已由楼长栗惠芳收齐", "钥匙交邻居王红保管"). The run after such a
word is a name when the name model is sure of it (``namemodel.score`` >= 0.75: not 依次 by a Dai name's lead) and a
sign or a verb of the act follows it (代, 办理, 收齐, 保管 …), so that a unit
("委托县住建局"), a word or a run of the sentence is left. A grid worker (网格员) or a
cadre is an official in office and no cue here.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the words before the person: entrusting, and the residents' own roles; their ends are
# found by the scan of ``prose.cue_kin_marks`` (``prose.delegate_cue_ends``): a search of
# their own, led by the class of their first characters, stopped at every character
DELEGATE_CUES = (
    "托付",
    "委托",
    "授权",
    "拜托",
    "楼长",
    "楼栋长",
    "单元长",
    "邻居",
    "亲戚",
    "朋友",
    "室友",
    "房东",
)
# what follows the name: a sign, or the first character of the act done
_AFTER = frozenset("，,。；;、：:（(）) \u3000\n代办签收保帮转交领送取去到前为来处负核填提递参出家")


def delegates(text: str, ends: list[int]) -> list[Candidate]:
    """The names after the cues ending at ``ends`` (ascending, overlapping ones too), each
    cue after the end of the last one taken, as a search for them one after another."""
    out: list[Candidate] = []
    done = 0
    for end in ends:
        start = end - 3 if text[end - 3 : end] in ("楼栋长", "单元长") else end - 2
        if start >= done:
            out += _after_cue(text, end, start)
            done = end
    return out


# what may stand right before a field's key: a line's or a cell's start ("委托来源：…")
_KEY_END = frozenset("：:\t|｜\n")
_KEY_LEAD = frozenset("\n\t|｜，,；;　 ")


def _opens_key(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``start`` and the run after it up to ``end`` are a field's key:
    a line or a cell opens before, and a colon follows ("委托来源：法院", "委托权限：…") or
    the cell ends in a header row, a line without digits ("当事人\t委托来源\n"): a key
    names a field, not the person entrusted."""
    if start and text[start - 1] not in _KEY_LEAD:
        return False
    after = text[end : end + 1]
    if after in ("：", ":"):
        return True
    if after and after not in "\t|｜\n":
        return False
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return _DIGIT.search(text, ls, le if le >= 0 else len(text)) is None


_DIGIT = re.compile(r"\d")


def _after_cue(text: str, at: int, cue_start: int) -> list[Candidate]:
    """The name right after a cue ending at ``at`` (three signs first, then two, four)."""
    for size in (3, 2, 4):
        token = text[at : at + size]
        after = text[at + size : at + size + 1]
        if len(token) < size or (after and after not in _AFTER):
            continue
        if after in _KEY_END and _opens_key(text, cue_start, at + size):
            return []  # "委托来源：…": the key of a field
        if size == 4 and v.surname_length(token) != 2:
            continue  # four signs: a compound surname's name only (慕容旻家: 慕容旻)
        if nm.score(token) >= 0.75:
            return [(at, at + size, "name", 0.75)]
    return []


# the posts of the owners' committee (业委会主任X, 业主委员会委员X、Y): owners elected by the
# owners, private persons, not an office's cadres as a 居委会主任 is; their ends are read by
# ``prose.weak_cue_names`` as a weak cue's (searched only in a text naming the committee)
_COMMITTEE_POST = re.compile(r"(?:业委会|业主委员会)(?:副?主任|委员)")


def committee_posts(text: str) -> list[int]:
    """The ends of the owners' committee's posts in ``text``, where a name may follow."""
    if not has_word(text, "业委会", 1) and not has_word(text, "业主委员会", 2):  # (by 委)
        return []
    return [m.end() for m in _COMMITTEE_POST.finditer(text)]
