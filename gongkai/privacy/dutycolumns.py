"""A person's column whose next column says their post (issue 16, docs268/docs269,
privfix20c). Called from ``lastpasses``.

A register of private persons (戒毒康复人员, 受助对象, 记账户) often names, in rows of its
own, the people who look after each person, and a column headed 身份/职务 (身份, 职务/身份,
人员身份) says who each of them is: an office's post (乡镇禁毒办专干, 派出所社区民警,
禁毒专职社工, 居委会主任, 卫生院医生) or a relative (家属（母亲）). The officials and
the staff act in office; the relatives stay private persons. So, in a table delimited by
tabs or bars whose header row holds such a post column and at least two columns of
persons (the register's person and the people beside them):

- a name in the column of persons nearest left of the post column is no private
  person when the row's post cell names an office's post (``_OFFICE``: …专干, …民警,
  …社工, …主任, …书记, …所长, …医生, …干部) and no relative or private standing
  (``_PRIVATE``: 家属, 亲属, 母亲, 本人, 群众, 志愿者 …);
- the register's own column of persons, and every row whose post cell is empty, a
  relative's or a private standing's, keep their names.

Speed: the header cells are found by a walk of 份 (``str.find``; a header without 身份 — a
bare 职务 or 岗位 — is not read, a register's own persons' post as often as not), a text
without one as a whole cell returns at once; a name is read only within 6,000 characters
under such a header, on a line with a tab or a bar.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Candidate = tuple[int, int, str, float]

# the header cell saying who the person left of it is
_POST_HEAD = re.compile(
    r"(?:身份|职务|岗位)(?:[/／、及和]?(?:身份|职务|岗位|职责))?(?:[（(][^）)]{1,8}[）)])?"
    r"|(?:工作|所在)?单位及(?:职务|岗位)"
)
# a header cell of persons (the register's person, the people beside them)
_PERSON_HEAD = re.compile(r"[\u4e00-\u9fff（）()]{0,10}(?:姓名|人员|对象|成员|户主|人)")
# an office's post, as the post cell ends
_OFFICE = re.compile(
    r"(?:专干|民警|警官|辅警|社工|主任|书记|所长|院长|站长|局长|科长|股长|队长|干部|医生|"
    r"工作人员|网格员|干事|专员|组长)(?:[（(][^）)]{0,8}[）)])?$"
)
# a relative or a private person's standing: the person stays private
_PRIVATE = re.compile(
    r"家属|亲属|本人|户主|父亲|母亲|妻子|丈夫|儿子|女儿|配偶|兄|姐|弟弟|妹妹|监护人|"
    r"志愿者|群众|村民|居民代表|邻居|朋友|担保人"
)
_SEPARATORS = ("\t", "|")
_CELL_EDGE = frozenset("\t|\n")
# a post's word in a cell up to the cell's end
_CELL = re.compile(r"身份[^\t|\n]{0,12}?(?=[\t|\n])")
_AFTER_WORD = frozenset("\t|\n/／、及和（( \u3000")
_REACH = 6000  # the most characters from a post's header to a row under it
_ROWS_UP = 60


def _cells(line: str, sep: str) -> list[str]:
    return [c.strip(" \u3000*") for c in line.split(sep)]


def _header(text: str, line_start: int, sep: str, width: int) -> tuple[int, int] | None:
    """(person column, post column) of the header row over the row at ``line_start``."""
    end = line_start - 1
    for _ in range(_ROWS_UP):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        end = start - 1
        if row.count(sep) != width:
            if row.strip(" \u3000-|:") == "" and sep == "|":
                continue  # (a pipe table's rule row is of the same width anyway)
            return None
        cells = _cells(row, sep)
        posts = [k for k, c in enumerate(cells) if _POST_HEAD.fullmatch(c)]
        if not posts:
            continue
        persons = [k for k, c in enumerate(cells) if _PERSON_HEAD.fullmatch(c) and k not in posts]
        if len(persons) < 2:
            return None
        post = posts[0]
        # the post's own persons must stand beside the register's (a column of persons
        # further left): a register's only persons' posts (姓名 … 职务) are their own
        left = [k for k in persons if k < post]
        return (left[-1], post) if len(left) >= 2 else None
    return None


def _header_rows(text: str) -> list[int]:
    """The starts of the lines holding a post's header cell (身份/职务 between separators),
    found by a walk of 份 (``str.find``)."""
    out = set()
    # a header of the persons' standing holds 身份 (身份, 身份/职务, 职务/身份, 人员身份): walked
    # by 份, rarer than 职 (a bare 职务 column is a register's own persons' post, docs47)
    k = text.find("份", 1)
    while k >= 0:
        # (身份证 is no post: the character after the word is read first)
        if text[k - 1] == "身" and text[k + 1 : k + 2] in _AFTER_WORD:
            m = _CELL.match(text, k - 1)
            lo = k - 1
            while lo > 0 and text[lo - 1] not in _CELL_EDGE and k - lo < 8:
                lo -= 1
            if m is not None and _POST_HEAD.fullmatch(text[lo : m.end()].strip(" \u3000*")):
                out.add(text.rfind("\n", 0, k) + 1)
        k = text.find("份", k + 1)
    return sorted(out)


def duty_columns(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names whose row's post cell names an office's post."""
    heads = _header_rows(text)
    if not heads:
        return cands
    memo: dict[tuple[int, str], tuple[int, int] | None] = {}
    drop: set[int] = set()
    for c in cands:
        if c[2] != "name":
            continue
        s = c[0]
        k = bisect_left(heads, s)
        if k == 0 or s - heads[k - 1] > _REACH:
            continue  # no post's header within reach above
        ls = text.rfind("\n", 0, s) + 1
        if ls == heads[k - 1]:
            continue  # (the header's own line)
        le = text.find("\n", s)
        line = text[ls : le if le >= 0 else len(text)]
        sep = next((x for x in _SEPARATORS if x in line), None)
        if sep is None:
            continue
        width = line.count(sep)
        if width < 3:
            continue
        key = (ls, sep)
        if key not in memo:
            memo[key] = _header(text, ls, sep, width)
        got = memo[key]
        if got is None:
            continue
        person, post = got
        cells = line.split(sep)
        index = text.count(sep, ls, s)
        if index != person or post >= len(cells):
            continue
        duty = cells[post].strip(" \u3000*")
        if duty and _OFFICE.search(duty) and not _PRIVATE.search(duty):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "name" and c[0] in drop)]
