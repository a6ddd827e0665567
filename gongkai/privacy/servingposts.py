"""Local staff serving the row's person, read from the row (issue 16, docs150–docs152,
privfix16aa). Called last from ``lastpasses``.

A register of cared-for persons (留守儿童, 独居老人, 困境儿童, patients, pupils, a grid's
residents) names, beside each person and their relatives, the local staff who serve or
visit them: the village's 儿童主任, the grid's 网格员, a 社工, a 家庭医生, a 驻村干部, a
school's 责任督学, a court's 承办法官. They act in office and are not marked. ``servicestaff``
reads a header naming an *act* (巡访员, 包保干部); these headers name a *post*, and a post's
word alone is no proof: a roster of 网格员 lists them as the persons it is about. So the
row decides:

- **A post's column beside the row's person** (``_tables``): a header cell naming a serving
  post (``_POSTS``, with 姓名/签名 after it) in a header row (delimited by tabs, bars, commas
  or quotes; or one cell a line) that also holds *another* column of a person's name
  (姓名, 儿童姓名, 老人姓名, 服务对象 …): the names under the post's column are staff. A
  relative's or a carer's column (监护人, 委托照护人, 代收人, 紧急联系人) is no post. A post
  whose holder's own phone has its column too (家庭医生 beside 家庭医生手机) is listed as a
  contact person of the row and keeps its names (``_own_phone``).
- **An export's record saying who its person is** (``_typed_key``): a name under a key
  ``<p>xm`` / ``<p>_name`` / ``<p>姓名`` whose record holds a sibling key of the same
  prefix naming the person's kind (``<p>lx``, ``<p>sf``, ``<p>zw``, ``<p>_type``,
  ``<p>身份``) with a serving post or a staff word as its value (``<sbrlx>专职网格员``):
  the name is the staff member's; the same key with ``群众`` or ``家属`` keeps it.
- **A unit's opinion signed by its head** (``_OPINION``): "村（居）委会意见：……　负责人：X",
  "学校审核意见：同意　经办人：X" — the signer of a unit's opinion box on its own line (an
  applicant's or a guardian's opinion keeps its signer).
- **A kinship under a relation's label** ("与儿童关系：伯父"): no name.

Speed: the delimited tables' headers are read by ``servicestaff`` once a table
(``post_columns``); a table one cell a line is looked for only when a name stands alone on
its line, by a search that skips from line start to line start (``_STACKED_HEAD``), and its
names are read with ``header_over`` only under a qualified block; the other rules read a
name only after a ``>``/``"`` or a label's colon.
"""

from __future__ import annotations

import re

from .columnheads import header_over
from .kinprose import _LONG_KIN
from .staffkeys import _record

Candidate = tuple[int, int, str, float]

# posts whose holders serve or visit a register's persons by their office
_POSTS = (
    "儿童主任",
    "儿童督导员",
    "网格员",
    "网格长",
    "社工",
    "社会工作者",
    "驻村干部",
    "第一书记",
    "家庭医生",
    "签约医生",
    "责任医生",
    "乡村医生",
    "村医",
    "责任督学",
    "承办法官",
    "主审法官",
    "书记员",
    "社区民警",
    "片区民警",
    "包片民警",
    "协管员",
    "联络员",
    "专干",
    "助理员",
)
POST_WORDS = re.compile("|".join(_POSTS))
_POST_HEAD = re.compile(
    rf"^[\u4e00-\u9fff（）()]{{0,6}}?(?:{'|'.join(_POSTS)})(?:姓名|签名|签字|[1-9一二])?$"
)
# a private person's role inside a header (a relative, a carer, a contact, an applicant)
_PRIVATE = re.compile(r"监护|照护|代收|代领|联系|家属|亲属|申请|委托|对象|本人|户主|家长")
# a column of the row's person: a name's header that is no post
# (or the persons the register serves, visits or assesses — 服务对象, 慰问对象 — or a party of
# the record: 当事人, 申请人, 户主, 被走访人)
_PERSON_HEAD = re.compile(
    r"^[\u4e00-\u9fff（）()]{0,6}?(?:姓名|名字)$|^[\u4e00-\u9fff]{0,4}对象$|"
    r"^(?:当事人|申请人|户主|被[\u4e00-\u9fff]{1,4}人)$"
)
_KIN = frozenset(_LONG_KIN)
_PHONE = re.compile(r"手机|电话|联系方式|座机")
_DIGIT = re.compile(r"\d")


def post_head(cell: str) -> bool:
    """``cell`` heads a column of local staff by their post (module docstring)."""
    cell = cell.strip(" \u3000\t\"'*").replace(" ", "")
    return bool(cell) and _POST_HEAD.match(cell) is not None and not _PRIVATE.search(cell)


def _person_head(cell: str) -> bool:
    cell = cell.strip(" \u3000\t\"'*").replace(" ", "")
    return _PERSON_HEAD.match(cell) is not None and not post_head(cell)


def _own_phone(head: str, cells: list[str]) -> bool:
    """The header row gives the post's holder's own phone (家庭医生 beside 家庭医生手机): the
    register lists them as contact persons with their numbers, whom it marks as persons."""
    head = head.strip(" \u3000\t\"'*")
    # the post's own word before 手机, the holder's own mobile (包保网格员 beside 网格员手机;
    # 资助专干 beside 专干电话 may be the desk's line and stays the office's)
    post = POST_WORDS.search(head)
    word = post.group() if post and post.group() != head else None
    for cell in cells:
        cell = cell.strip(" \u3000\t\"'*")
        if cell != head and cell.startswith(head) and _PHONE.search(cell, len(head)):
            return True
        if word and cell.startswith(word) and cell.find("手机", len(word)) >= 0:
            return True
    return False


def _line(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def post_columns(cells: list[str]) -> list[bool]:
    """Which of a delimited header row's ``cells`` head a post's column beside a column of
    the row's person (module docstring); called by ``servicestaff`` once a table."""
    posts = [post_head(c) and not _own_phone(c, cells) for c in cells]
    if any(posts) and any(_person_head(c) for c in cells):
        return posts
    return [False] * len(cells)


def stacked_post(text: str, start: int, head: str) -> bool:
    """The header ``head`` over the name at ``start`` (a table one cell a line) is a
    post's, in a block of header cells that holds a person's name column too."""
    if not post_head(head):
        return False
    at = text.rfind("\n" + head + "\n", start - 6000 if start > 6000 else 0, start)
    if at < 0:
        return False
    lo, hi = at + 1, at + 1 + len(head)
    block = [head]
    for step in (-1, 1):
        p = lo if step < 0 else hi + 1
        for _ in range(30):
            if step < 0:
                if p == 0:
                    break
                a, b = _line(text, p - 1)
            else:
                if p >= len(text):
                    break
                a, b = _line(text, p)
            cell = text[a:b].strip(" \u3000\t")
            if not (0 < len(cell) <= 10) or _DIGIT.search(cell):
                break
            block.append(cell)
            p = a if step < 0 else b + 1
    return len(block) >= 3 and not _own_phone(head, block) and any(map(_person_head, block))


# a key of a person's name in an export, its prefix before the name's part
_NAME_KEY = re.compile(r"(.+?)(?:[_-]?(?:xm|mc|name|Name|NAME)|姓名)")
_KEY_VALUE = re.compile(r'(?:<([^<>/\s]{1,30})>|"([^"\n]{1,30})"\s*:\s*")([^<"\n]{1,24})')
_KIND_PART = re.compile(
    r"[_-]?(?:lx|lb|sf|zw|js|type|role|kind|post|identity)|身份|类型|类别|职务|角色"
)
# (a disaster's or a station's reporter by their post too: 灾情速报员, 地震宏观观测员)
_STAFF_VALUE = re.compile(
    rf"{POST_WORDS.pattern}|民警|干部|工作人员|(?:速报|信息|观测|监测|测报)员"
)
_EXPORT_KEY = re.compile(r'(?:<([^<>/\s]{1,30})>|"([^"\n]{1,30})"\s*:\s*")$')


_REACH = 400  # a record's line read around the name (a JSON line's keys)


def _typed_key(text: str, start: int) -> bool:
    m = _EXPORT_KEY.search(text, start - 40 if start > 40 else 0, start)
    if m is None:
        return False
    key = m.group(1) or m.group(2)
    k = _NAME_KEY.fullmatch(key)
    if k is None:
        return _next_kind(text, start, key, m.group(2) is not None)
    prefix = k.group(1)
    lo = text.rfind("\n", max(0, start - _REACH), start) + 1 or max(0, start - _REACH)
    hi = text.find("\n", start, start + _REACH)
    if hi < 0:
        hi = min(len(text), start + _REACH)
    if len(_KEY_VALUE.findall(text, lo, hi)) < 2:  # an element a line: its indented run
        lo, hi = _record(text, start)
        lo, hi = max(lo, start - 40 * _REACH), min(hi, start + 40 * _REACH)
    for kv in _KEY_VALUE.finditer(text, lo, hi):
        other = kv.group(1) or kv.group(2)
        if (
            other.startswith(prefix)
            and _KIND_PART.fullmatch(other, len(prefix))
            and _STAFF_VALUE.search(kv.group(3))
        ):
            return True
    return False


# the field right after a value: its key and its value (``", "bsrsf": "…`` or ``</bsr><bsrsf>…``)
_NEXT_FIELD = re.compile(
    r'(?:"[ \t]*,[ \t]*"|</[^<>/\s]{1,30}>[ \t]*<)([^"<>\s]{1,30})(?:"[ \t]*:[ \t]*"|>)([^<"\n]{1,24})'
)


def _next_kind(text: str, start: int, key: str, json: bool) -> bool:
    """A name's key that is its role's own prefix (``bsr``), the next field its kind's
    (``bsrsf``: 灾情速报员) naming a post: read at the value's end only (no record's scan)."""
    end = text.find('"' if json else "<", start, start + 60)
    if end < 0:
        return False
    n = _NEXT_FIELD.match(text, end)
    return (
        n is not None
        and n.group(1).startswith(key)
        and _KIND_PART.fullmatch(n.group(1), len(key)) is not None
        and _STAFF_VALUE.search(n.group(2)) is not None
    )


# a unit's opinion box on its line, its signer's label right before the name
_OPINION = re.compile(
    r"(?:委会|委员会|政府|街道|镇|乡|局|所|站|中心|办|院|学校|单位|部门|科|股)[）)]?"
    r"(?:审核|审查|审批|调查|核查|推荐)?意见[：:][^\n]{0,60}?"
    r"(?:负责人|经办人|签字人|签名人|审核人|签字|签名)[ \u3000]*[：:][ \u3000]*$"
)


# a post's header cell alone on its line (a table one cell a line); the leading newline lets
# the search skip from line to line
_STACKED_HEAD = re.compile(
    rf"\n[ \u3000\t]*([\u4e00-\u9fff（）()]{{0,6}}?(?:{'|'.join(_POSTS)})(?:姓名|签名|签字)?)"
    r"[ \u3000\t]*(?=\n)"
)


def _stacked(text: str, alone: list[tuple[int, int]]) -> set[int]:
    """Starts of the names alone on their lines under a post's cell of a block of header
    cells one a line that holds the row's person's name cell too (``stacked_post``)."""
    drop: set[int] = set()
    first = alone[0][0]
    for m in _STACKED_HEAD.finditer(text, first - 6000 if first > 6000 else 0, alone[-1][0]):
        head = m.group(1)
        if not stacked_post(text, m.end() + 1, head):
            continue
        for s, e in alone:
            if m.end() < s <= m.end() + 6000 and s not in drop:
                over = header_over(text, s, e, POST_WORDS)
                if over is not None and post_head(over):
                    drop.add(s)
    return drop


def serving_posts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of local staff serving the rows' persons (module docstring;
    the tables' columns are read by ``servicestaff`` with ``post_columns``,
    ``stacked_post``)."""
    drop: set[int] = set()
    for s, e, kind, _conf in cands:
        if kind != "name" or s < 3:
            continue
        before = text[s - 1]
        if before in '>"':
            if _typed_key(text, s):
                drop.add(s)
        elif before in "：:" or before in " \u3000" and text[s - 2] in "：:":
            name = text[s:e]
            if name in _KIN and text.find("关系", s - 8, s) >= 0:
                drop.add(s)  # 与儿童关系：伯父 — a kinship under a relation's label
            elif text.find("人", s - 6, s) >= 0 or text.find("签", s - 6, s) >= 0:
                line = text.rfind("\n", s - 200 if s > 200 else 0, s) + 1 or (
                    s - 200 if s > 200 else 0
                )
                if text.find("意见", line, s) >= 0 and _OPINION.search(text, line, s):
                    drop.add(s)
    alone = [
        (c[0], c[1])
        for c in cands
        if c[2] == "name" and c[0] and text[c[0] - 1] == "\n" and text[c[1] : c[1] + 1] == "\n"
    ]
    if alone:
        drop |= _stacked(text, sorted(set(alone)))
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
