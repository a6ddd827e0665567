"""Officials named in their role in a record, and their other mentions (issue 16, docs78).

An interview record (询问笔录, 调查笔录, 讯问笔录) names its askers and its clerk
("询问人：X、Y　记录人：Y", "询问人签名：X　Y"), a case file's cover and its closing
note name the staff who handled and filed it ("承办人：X Y", "立卷人X，检查人Y"), a
notary's register its notary ("承办公证员: X"). These are officials acting in office;
the same persons named again in the file (the 责任者 column of the 卷内目录, a
signature line) are too. The person asked (被询问人, 被调查人) and the parties
(当事人, 申请人 …) are private persons, also when one of them bears an official's name.

Speed: a literal search for the records' words (笔录, 卷宗, 公证员) and for 员 (the
rosters' posts behind it); the role words are searched only in such records.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the role words, found by a search that tests a character class first (a look-behind
# or an alternation of words at the pattern's start would try every position in Python's
# engine); what comes before (被询问人, 受…) and after (签名, the colon) is tested next
_ROLE = re.compile(r"[询讯调记立检勘承主协][问查录卷验办]人|公证员")
_NOT_ROLE = frozenset("被受")
# the records that name officials so: interview records (笔录), case files (卷宗, 卷内目录),
# notaries' registers; each word found by a rare character of it (``wordfind``: a
# ``memchr`` scan, where a regex's literal search reads every character), the role
# words only then
_RECORD_WORDS = (("笔录", 0), ("卷宗", 0), ("卷内", 0), ("公证员", 2))
_ROLE_TAIL = re.compile(r"员?(?:签名|签字|[（(]签[名字][）)])?[：:]?[ \u3000]*")
_ROLE_WORDS = frozenset(
    "询问人 讯问人 调查人 记录人 立卷人 检查人 勘验人 承办人 主办人 协办人 公证员".split()
)
# the persons of a record who are no officials, as the words right before a mention
_PRIVATE = re.compile(
    r"(?:被询问人|被调查人|被讯问人|当事人|申请人|证人|委托人|见证人)(?:签名|签字)?[：:]?[ \u3000]*$"
)
# a committee's or a court's roster of its mediators, arbitrators or jurors (聘任名单,
# 名册): the persons it lists act in office, like a unit's staff (the settled marking)
# (led by 员, a literal the engine skips to, the post tested behind it)
_ROSTER = re.compile(r"员(?<=调解员|仲裁员|陪审员)[^\n。；;，,]{0,8}?(?:名单|名册)")
# a table's row (cells split by tabs, bars or two spaces), with the blank lines after it
_ROW = re.compile(r"\n[^\n]*(?:\t|\||  |\u3000\u3000)[^\n]*(?=\n)(?:\n[ \u3000\t]*(?=\n))*")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff·]{2,8}")
_SEP = re.compile(r"[、，,]?[ \u3000]{0,2}")


def _staff(text: str) -> set[str]:
    """The names after an official's role word, less those a record also gives as a
    private person's (after 被询问人, 当事人 …)."""
    out: set[str] = set()
    if not any(has_word(text, word, at) for word, at in _RECORD_WORDS):
        return out
    for m in _ROLE.finditer(text):
        if m.group() not in _ROLE_WORDS or text[m.start() - 1 : m.start()] in _NOT_ROLE:
            continue
        pos = _ROLE_TAIL.match(text, m.end()).end()
        for _ in range(4):
            run = _NAME_RUN.match(text, pos)
            if run is None:
                break
            token = run.group()
            if not nm.confident(token):
                # "立卷人季红，检查人…": the run may hold the next label; a name's 2-3
                # characters before it
                token = next((token[:n] for n in (3, 2) if nm.confident(token[:n])), "")
                if token:
                    out.add(token)
                break
            out.add(token)
            pos = _SEP.match(text, run.end()).end()
            if pos == run.end():
                break
    return {name for name in out if not _private(text, name)}


def _private(text: str, name: str) -> bool:
    k = text.find(name)
    while k >= 0:
        if _PRIVATE.search(text, k - 10 if k > 10 else 0, k):
            return True
        k = text.find(name, k + len(name))
    return False


def _rosters(text: str) -> list[tuple[int, int]]:
    """Where the lists under a roster's heading stand: the rest of the heading's line
    when it lists ("…调解员名单如下：X、Y"), else the first table within 3,000 characters
    after it (its rows of cells split by tabs, bars or wide spaces, HTML flattened too;
    blank lines between rows)."""
    out = []
    for m in _ROSTER.finditer(text):
        end = m.end()
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        colon = max(text.rfind("：", end, line_end), text.rfind(":", end, line_end))
        if colon >= 0 and line_end - colon > 2:
            out.append((colon, line_end))
            continue
        row = _ROW.search(text, line_end, line_end + 3000)
        if row is None:
            continue
        stop = row.end()
        while (nxt := _ROW.match(text, stop)) is not None:
            stop = nxt.end()
        out.append((row.start(), stop))
    return out


def officials_named(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less every mention of a person named in an official's role, and the
    persons of a roster of mediators, arbitrators or jurors."""
    staff = _staff(text)
    rosters = _rosters(text) if _ROSTER.search(text) else []
    if not staff and not rosters:
        return cands
    return [
        c
        for c in cands
        if c[2] != "name"
        or text[c[0] : c[1]] not in staff
        and not any(lo <= c[0] < hi for lo, hi in rosters)
    ]
