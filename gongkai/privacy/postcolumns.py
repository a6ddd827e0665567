"""Officials listed by their post and their office's line (privfix20f, docs273).

A notice lists the leaders answering for a task in each town or office: a table whose header
holds a post's column (职务) and an office's phone column (办公电话, 值班电话), each row a
town, an office or an organ, the leader's name, the post (副镇长, 党委副书记, 人大主席, 局长)
and the office's line. Each such leader acts in office: the name is no private person's.
A row naming a company, a shop or a co-operative, or giving an ID or a card, keeps its
names (a company's 主任 is a private person's post; a pay sheet of village cadres gives their
IDs and cards).

And a post assigned in prose: "办公室主任由X兼任", "组长由X担任" — the name holds the post.

Speed: a text with no 职务 and no 由…任 costs two searches.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

_CELLS = re.compile(r"\t|\||,| {2,}|\u3000+")
_POST_HEAD = re.compile(r"(?:现任)?职务|职位")
_OFFICE_PHONE_HEAD = re.compile(r"(?:办公|值班)(?:室)?(?:电话|座机)")
# an organ's or a town's post (副镇长, 党委副书记, 人大主席, 县委常委, 局长, 主任)
_POST = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?)(?:党委|党工委|党组|人大|政协)?(?:常务)?副?"
    r"(?:书记|镇长|乡长|县长|区长|市长|局长|主任|主席|部长|科长|股长|所长|站长|处长|委员|"
    r"调研员|常委|队长|大队长)"
)
# a cell naming a town, an office or an organ
_ORGAN = re.compile(
    r"[\u4e00-\u9fff（）()]{1,20}(?:镇|乡|街道|办事处|局|委员会|政府|中心|站|所|办公室|委|办|大队)"
    r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
)
_PRIVATE = re.compile(r"公司|有限|店|合作社|厂|个体|俱乐部")
_HELD_AFTER = re.compile(r"(?:兼任|担任|负责)")
_POST_BEFORE = re.compile(r"(?:主任|组长|局长|书记|站长|所长|负责人|总指挥|指挥长)由$")


def _cells(line: str) -> list[str]:
    return [c.strip(" \"'") for c in _CELLS.split(line) if c.strip(" \"'")]


def _header(text: str, line_start: int) -> list[str] | None:
    """The nearest line above (within 60 lines) holding a post's and an office phone's
    header, or None."""
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if "职" in line and _POST_HEAD.search(line) and _OFFICE_PHONE_HEAD.search(line):
            return _cells(line)
        end = begin - 1
    return None


def _official_row(text: str, start: int, end: int, memo: dict, ids: set[int]) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if any(ls <= p < le for p in ids):
        return False  # a row giving an ID or a card: a person's own record
    if ls not in memo:
        memo[ls] = _header(text, ls)
    header = memo[ls]
    if header is None:
        return False
    cells = _cells(text[ls:le])
    if len(cells) != len(header):
        return False
    name = text[start:end]
    if name not in cells:
        return False
    post = next((c for c, h in zip(cells, header, strict=True) if _POST_HEAD.fullmatch(h)), "")
    if not _POST.fullmatch(post) or any(_PRIVATE.search(c) for c in cells):
        return False
    return any(_ORGAN.fullmatch(c) for c in cells if c != name)


def post_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of officials listed by post and office line, or assigned a
    post in prose (module docstring)."""
    table = "职" in text and _POST_HEAD.search(text) is not None
    held = "由" in text and "任" in text
    if not table and not held:
        return cands
    memo: dict = {}
    ids = {c[0] for c in cands if c[2] in ("id_card", "bank_card")}
    drop = set()
    for c in cands:
        if c[2] != "name":
            continue
        if held and _POST_BEFORE.search(text, max(0, c[0] - 6), c[0]):
            if _HELD_AFTER.match(text, c[1]):
                drop.add(c[0])
                continue
        if table and _official_row(text, c[0], c[1], memo, ids):
            drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
