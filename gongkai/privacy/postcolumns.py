"""Officials listed by their post and their office's line (privfix20f, docs273).

A notice lists the leaders answering for a task in each town or office: a table whose header
holds a post's column (职务) and an office's phone column (办公电话, 值班电话), each row a
town, an office or an organ, the leader's name, the post (副镇长, 党委副书记, 人大主席, 局长)
and the office's line. Each such leader acts in office: the name is no private person's.
A row naming a company, a shop or a co-operative, or giving an ID or a card, keeps its
names (a company's 主任 is a private person's post; a pay sheet of village cadres gives their
IDs and cards).

And a post assigned in prose: "办公室主任由X兼任", "组长由X担任" — the name holds the post.

Speed: a text with no 职务 or 职位 and no 兼任 / 担任 costs three memchr walks (``wordfind``); the
headers are found by their post's word, one find a mention, no regex over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .wordfind import has_any_by, has_word

Candidate = tuple[int, int, str, float]

_CELLS = re.compile(r"\t|\||,| {2,}|\u3000+")
_POST_HEAD = re.compile(r"(?:现任)?职务|职位")
_POST_WORDS = ("职务", "职位")
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
_HELD_AFTER = re.compile(r"兼任|担任")
_POST_BEFORE = re.compile(r"(?:主任|组长|局长|书记|站长|所长|负责人|总指挥|指挥长)由$")


def _cells(line: str) -> list[str]:
    return [c.strip(" \"'") for c in _CELLS.split(line) if c.strip(" \"'")]


def _headers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a post's and an office phone's header, in order
    (found by the post's word: one find a mention, no regex over the text)."""
    out: list[tuple[int, int]] = []
    for word in _POST_WORDS:
        at = text.find(word)
        while at >= 0:
            begin = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - begin < 300 and _OFFICE_PHONE_HEAD.search(text, begin, end):
                out.append((begin, end))
            at = text.find(word, end)
    return sorted(set(out))


def _header(text: str, line_start: int, heads: list[tuple[int, int]]) -> list[str] | None:
    """The nearest header line above ``line_start`` (within 60 lines), or None."""
    k = bisect_left(heads, (line_start, 0)) - 1
    if k < 0 or line_start - heads[k][1] > 30000:
        return None  # (a table of 60 lines at most: no count over a long text)
    if text.count("\n", heads[k][1], line_start) > 60:
        return None
    return _cells(text[heads[k][0] : heads[k][1]])


def _official_row(
    text: str, start: int, end: int, memo: dict, ids: list[int], heads: list[tuple[int, int]]
) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    k = bisect_left(ids, ls)
    if k < len(ids) and ids[k] < le:
        return False  # a row giving an ID or a card: a person's own record
    if ls not in memo:
        memo[ls] = _header(text, ls, heads)
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
    heads = _headers(text) if has_any_by(text, "职", _POST_WORDS) else []
    held = has_word(text, "兼任") or has_word(text, "担任")
    if not heads and not held:
        return cands
    memo: dict = {}
    ids = sorted(c[0] for c in cands if c[2] in ("id_card", "bank_card")) if heads else []
    drop = set()
    for c in cands:
        if c[2] != "name":
            continue
        if (
            held
            and text[c[0] - 1 : c[0]] == "由"
            and _POST_BEFORE.search(text, max(0, c[0] - 6), c[0])
        ):
            if _HELD_AFTER.match(text, c[1]):
                drop.add(c[0])
                continue
        if heads and c[0] > heads[0][1] and _official_row(text, c[0], c[1], memo, ids, heads):
            drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
