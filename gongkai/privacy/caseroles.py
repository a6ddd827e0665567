"""Who a case's sentence says a person is (issue 16, privfix17d).

Two constructions of decisions, notices and 送达回证 settle a name's role by the verb
around it, whatever the surname:

- **An accomplice** (``_ACCOMPLICE``): "当事人X伙同Y（另案处理…）", "伙同Y、Z驾驶…" — Y and Z
  did the act with the party, private persons like the party. A name after 伙同 (up to three
  joined by 、 or 和) is taken when it is a known surname and a given name of one or two
  characters (or, closed by a bracket, three characters of a plausible given name after a
  rarer surname), and the run ends at a bracket, a comma, 、, 和 or a verb's first character
  (the name's own length decided by the strict name test first, then the plain one).
- **A co-owner** (the same reading): "渔船苏某渔01064（与Y共有，…）", "与Y共同所有": Y
  owns the thing with the record's person.
- **The office's agents** (``_BY_AGENTS``): "本决定书于…由A、B直接送达", "由A、B承办" — the
  persons 由 introduces (after their unit or post, maybe) before an act of the office (送达, 承办, 办理, 调查, 询问, 检查, 查处)
  act in office and are no private persons.

Speed: one C search for 伙同, one for 由; each hit reads at most 40 characters.
"""

from __future__ import annotations

import re

from . import validators as v
from .cellpersons import NOT_NAMES
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_NAME = r"[\u4e00-\u9fff]{2,4}"
_ACCOMPLICE = re.compile(r"伙同")
# a co-owner's clause, found by its verb (与 is too common a character to lead the search)
_SHARED = re.compile(r"共(?:有|同所有|同共有|同经营|同承包)[，,。；;）)]")
_BY_AGENTS = re.compile(
    r"由(?:[\u4e00-\u9fff]{0,12}?(?:大队|中队|支队|局|所|站|执法人员|工作人员|民警|干部))?"
    rf"((?:{_NAME}[、和与及])*{_NAME}?)(?:同志)?(?:两名|二人|两人)?"
    r"(?:直接|当面|邮寄|留置|依法)?(?:送达|承办|办理|调查|询问|检查|查处|核查)"
)
_RUN_END = frozenset("（(，,、和。；;驾在到从于携使用非共将")


def _name_at(text: str, start: int) -> int:
    """The end of a name starting at ``start`` whose run ends at ``_RUN_END`` (0: none)."""
    for size in (3, 2, 4):
        end = start + size
        if text[end : end + 1] not in _RUN_END:
            continue
        name = text[start:end]
        if name in NOT_NAMES:
            continue
        k = v.surname_length(name)
        if not k and size == 3 and text[end : end + 1] in "（(" and v.plausible_given(name[1:]):
            return end  # a rarer surname, the name closed by its bracket: 伙同操某某（另案处理）
        if k and (v.plausible_name(name) or v.plausible_given(name[k:])):
            return end
    return 0


def accomplices(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The names after 伙同 not yet found (above: read before the later mentions)."""
    added: list[Candidate] = []
    # (the words looked for by a rare character, ``wordfind``; 共's places by ``str.find``,
    # each tried as ``finditer`` would, from the last match's end: a search led by the
    # literal steps through every character)
    starts = [m.end() for m in _ACCOMPLICE.finditer(text)] if has_word(text, "伙同") else []
    at = text.find("共")
    while at >= 0:
        m = _SHARED.match(text, at)
        if m is None:
            at = text.find("共", at + 1)
            continue
        k = text.rfind("与", max(0, m.start() - 5), m.start() - 1)
        if k >= 0:
            starts.append(k + 1)
        at = text.find("共", m.end())
    if starts:
        taken = {(c[0], c[1]) for c in cands}
        for start in starts:
            for _ in range(3):
                end = _name_at(text, start)
                if not end:
                    break
                if (start, end) not in taken:
                    added.append((start, end, "name", 0.85))
                if text[end] not in "、和":
                    break
                start = end + 1
    return added


def office_agents(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names 由 gives an act of the office (above)."""
    out = cands
    if "由" in text and (has_word(text, "送达") or has_word(text, "承办") or "办理" in text):
        agents = set()
        for m in _BY_AGENTS.finditer(text):
            if not m.group(1):
                continue
            k = m.start(1)
            for piece in re.split("[、和与及]", m.group(1)):
                agents.add((k, k + len(piece)))
                k += len(piece) + 1
        if agents:
            out = [c for c in out if c[2] != "name" or (c[0], c[1]) not in agents]
    return out
