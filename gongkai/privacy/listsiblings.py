"""The unfound members of a list of names whose other members were found (issue 16).

A notice lists persons in runs split by 、 and ；, often under heads ending in a colon, one
run or several a line::

    东河镇（9人）：护路岗位：张三、田园、李四（上庄村2组）；保洁岗位：王五、赵六
    上庄村：钱七；孙八（本人残疾）。
    下湾村：周九、吴十夫妇；郑一、冯二夫妇；陈三（丧偶）。

The rules for names find most members, but miss a few whose given name is also a word
(田园, 江山) or whose run holds one (the run is then not trusted). ``list_siblings`` reads
such a block of list lines (lines whose items cover most of them after a head's colon; blank lines go on a
block, any other line ends it) as one list: the items are the pieces between 、 ； and a head's
colon, less a bracketed note (（上庄村2组）, （丧偶）) and 夫妇 / 等; an item is name-shaped
when it may be a name standing alone (``validators.plausible_name``) or is a transliterated
name with its dot. When at least three items of the block are names already found and they
are a third of its name-shaped items or more, the other name-shaped items that nothing
else covers are names as well. Items that end like a place or a unit (…村, …组, …局) and
blocks without found names (a list of places, of posts, of units), the members under a
head naming an office's role (监督员：, 公证员：, 委员：: they act in office) and words in a
series inside running text ("来信、来电、来访") are left alone.
"""

from __future__ import annotations

import re

from .seqlists import line_bounds
from .validators import plausible_name

Candidate = tuple[int, int, str, float]

# an item: after 、 ； or a head's colon, up to the next 、 ； ， 。 or the line's end
_ITEM = re.compile(
    r"[、；;：:][ \u3000]*([\u4e00-\u9fff]{2,5}?|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})"
    r"(?:[（(][^（）()\n]{1,20}[）)])?(?:夫妇|等人|等)?[ \u3000]*(?=[、；;，,。]|$)",
    re.M,
)
# the end of a place's, a post's or a unit's word: no person
_PLACE_END = frozenset("村镇乡街区县市省路巷组站所局厅处科室队院校园厂场店部会社岗位户")
# a head naming an office's role (监督员：, 公证员：, 委员：): its members act in office
_OFFICE_HEAD = re.compile(r"(?<![人成])员[ \u3000]*[：:]$")


def _shaped(item: str) -> bool:
    """Whether ``item`` may be a person's name by its shape alone."""
    if "·" in item:
        return True
    return plausible_name(item) and item[-1] not in _PLACE_END


def _line_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The shaped items of the line ``text[start:end]`` when it is a list line: its items
    (with their signs and notes) cover most of it; none after a head of an office's role."""
    matches = list(_ITEM.finditer(text, start, end))
    # (a line's head up to its first colon is no item: "LYGC-058（某某路改造…）：X、Y")
    colon = text.find("：", start, end)
    colon = text.find(":", start, end) if colon < 0 else colon
    body = len(text[colon if colon >= 0 else start : end].strip())
    if not matches or 5 * sum(m.end() - m.start() for m in matches) < 3 * body:
        return []  # running text with a few words in a series ("来信、来电、来访")
    items = []
    for m in matches:
        head = text.rfind("：", start, m.start() + 1)
        if head >= 0 and _OFFICE_HEAD.search(
            text, head - 8 if head - 8 > start else start, head + 1
        ):
            continue
        if _shaped(m.group(1)):
            items.append(m.span(1))
    return items


def _list_line(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The shaped items of a list line; [] for a blank line; None for any other line."""
    line = text[start:end]
    if not line.strip():
        return []
    signs = line.count("、") + line.count("；") + line.count("：")
    if signs < 2 or 24 * signs < len(line):
        return None  # (cheap: running text has few signs for its length)
    return _line_items(text, start, end) or None


def list_siblings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the name-shaped members of lists whose other members are names."""
    found = {(s, e) for s, e, k, _ in cands if k == "name"}
    if len(found) < 3 or ("、" not in text and "；" not in text):
        return cands
    added: list[Candidate] = []
    seen: set[int] = set()  # the lines already read (by their start)
    for name_start, _ in sorted(found):
        start, end = line_bounds(text, name_start)
        if start in seen:
            continue
        seen.add(start)
        items = _list_line(text, start, end)
        if not items:
            continue
        block = list(items)
        # the block: the list lines (and blank lines) above and below this one
        for step in (-1, 1):
            at = start - 2 if step < 0 else end + 1
            while 0 <= at <= len(text) and (step > 0 or start > 0):
                s, e = line_bounds(text, min(at, len(text)))
                if s in seen:
                    break
                got = _list_line(text, s, e)
                if got is None:
                    break
                seen.add(s)
                block += got
                if (step < 0 and s == 0) or (step > 0 and e >= len(text)):
                    break
                at = s - 2 if step < 0 else e + 1
        added += _settle(block, found, cands)
    return cands + added if added else cands


def _settle(
    block: list[tuple[int, int]], found: set[tuple[int, int]], cands: list[Candidate]
) -> list[Candidate]:
    """The block's unfound shaped items as names, when its found ones are most of it."""
    hits = sum(1 for span in block if span in found)
    if hits < 3 or 3 * hits < len(block):
        return []
    return [
        (s, e, "name", 0.7)
        for s, e in block
        if (s, e) not in found and not any(c[0] < e and s < c[1] for c in cands)
    ]
