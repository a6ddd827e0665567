"""The office's staff named by their post, in rosters, rotas and records (issue 16,
privfix16sd). Called from ``lastpasses``.

- **A roster of posts** (``职务 | 姓名 | 单位 | 办公电话``, ``岗位 姓名 工作单位``): a table
  whose header has a column of posts (职务, 岗位, 职位, 分工) and a column of names, with a
  column of the unit each person works in or an office's phone, or with post cells that
  are mostly an office's posts (局长, 组长, 成员, 主考, 巡视 …; no mobile on its rows: an
  elected owners' committee), names the people who hold the posts: a working group, an
  examination's staff, a section's officers. A rota (a header cell of 值班, 带班, 值守 beside
  a name column) names the office's duty staff. The table is no roster when its header
  also asks what only a party, a relative or a candidate is asked (关系, 身份证, 住址, 出生,
  学历, 成绩, 报考, 来电, 投诉, 房号, 得票, an amount, a mobile …).
- **A rota** (folded here from ``rotas``, privfix16tc): a header with a name column, a
  post's column (岗位, 职务, 分工 …) and an office line's column (办公电话, 值班电话) and no
  private datum's column (身份, 手机, 住址, 邮箱 …) names staff in its name column, whatever
  the posts are called; a row (or a record one cell a line) on which a private datum is
  found (a mobile, an ID, a card, a home, a mail box) keeps its name. Besides the
  separators above, a rota's header alone is read in columns aligned by two spaces or more,
  by semicolons and by a box's bar; one cell a line, the rota's header is the first keys of
  the run whose width the records below fill (the first record's post may read as a key).
  The records one cell a line under an official's key (受理人 …, rotas' ``stacked_staff``)
  are the one-cell records below.
- **A column headed by a post** (主考, 监考员, 巡考员, 值班领导, 带班领导, 驻村工作队员,
  第一书记, 值班人员): its names are staff; a candidate's or a caller's column beside it
  keeps its names (a 值班员 column beside IDs is a hotel's desk, not read).
- **A post before a name** in prose, on a form line, as an XML element or a JSON key
  (``监考员X、Y``, ``带班领导：X``, ``<主考>X``, ``"监考员":"X"``), and the names listed
  after it with 、.
- **A record one key and one value a line** (``承办人\n王某``): a staff key alone on its
  line over a name alone on the next, where the line before the key is a value (a name,
  digits), not another key of a table's header block.
- **A post's own word read as a name** (a key's cell, 承办人) is dropped.

A teacher, a doctor, an expert on a review panel, a hotel's desk clerk and a grid worker
are not read as staff: the held-out batches mark training schools' teachers, competitors'
coaches, panel experts and a venue's duty worker as private persons.

Speed: a name's eight signs before it are tested for a post's last sign before the post is
searched; header lines are read only when short, cut by a separator and holding a sign of
a post's header (职, 岗, 考, 值, 带, 队, 分, 书), once a text.
"""

from __future__ import annotations

import re

from .headerroles import staff_header

Candidate = tuple[int, int, str, float]

_SEPS = ("\t", "|", "｜", ",")
_POST_HEAD = re.compile(r"(?:担任|现任|所任|工作)?(?:职务|岗位|职位|分工|职责|岗位职责)")
_NAME_HEAD = re.compile(r"(?:人员|工作人员|成员)?(?:姓名|名字)|人员")
_UNIT_HEAD = re.compile(
    r"(?:工作|所在|所属|派出|原)?(?:单位|部门|科室|处室)(?:名称)?|(?:办公|单位|值班)电话|座机"
)
# what only a party, a relative or a candidate is asked: such a table is no roster of posts
_PARTY_HEAD = re.compile(
    r"关系|称谓|身份|证件|金额|工资|薪|住址|地址|户籍|住所|出生|年龄|学历|毕业|成绩|分数|"
    r"准考|考号|报考|应聘|拟聘|聘用|录用|家庭|银行|账号|补贴|补助|救助|手机|"
    r"来电|来访|投诉|申请|反映|求助|当事|报警|举报|学生|患者|病人|考生|房号|房屋|楼|门牌|得票|票数"
)
# posts of an office's staff by the duty they hold (as a header cell or before a name): an
# examination's (主考, 监考员, 巡考员), a duty's leaders (值班领导, 带班领导), a village work
# team's (驻村工作队员, 第一书记). A teacher or a doctor is no such post: a training school's
# teacher or a competitor's coach is a private person as the held-out batches mark them
_POST = (
    r"(?:副?主考(?:官)?|监考(?:员|人员|教师|老师)?|巡考(?:员|人员)?|考务人员|"
    r"(?:值班|带班)领导|(?:驻村)?(?:工作队)(?:队)?员|驻村(?:队员|干部)|第一书记)"
)
# a column of a rota's staff besides the posts above (值班人员, 值班员, 带班人员)
_STAFF_CELL = re.compile(rf"{_POST}|(?:值班|带班|值守)(?:人员|员|干部|民警)?(?:姓名)?")
_POST_CELL = re.compile(_POST)
# a post of an office as a roster's cell gives it: 局长, 副科长, 主任, 书记, 组长, 成员, 委员,
# 科员, 干事, 主考, 巡视, 监考员 (a qualifier in brackets after it)
_OFFICE_POST = re.compile(
    r"(?:常务)?副?(?:[局科股处所站队院校镇乡县区村组部室厅庭]长|主任|书记|组长|主考|处长|主席)"
    r"(?:[（(][^）)]{1,12}[）)])?|成员|委员|科员|干事|巡视员?|监考员?|巡考员?|专干|联络员|秘书"
)
# the post before its name: a label's colon, an XML element's tag, a JSON key
_POST_BEFORE = re.compile(rf"{_POST}(?:[：:]|>|\"[ ]?:[ ]?\")?[ \u3000]*\Z")
_POST_SIGNS = frozenset("考导员部记")
# a header cell of a rota (值班日期, 带班领导): the whole table names the office's staff
_DUTY_CELL = re.compile(r"(?:值班|带班|值守)")


_HEAD_SIGNS = re.compile("[职岗考值带队分书]")


def _cells(line: str, sep: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell of ``line`` cut at ``sep``."""
    out, pos = [], 0
    for piece in _split(line, sep):
        out.append((pos, pos + len(piece), piece.strip(" \u3000*\"'")))
        pos += len(piece) + 1
    return out


_MOBILE = re.compile(r"1(?<!\d1)[3-9]\d{9}(?!\d)")
# a rota's header (a name column, a post's, an office line's and no private datum's): its
# rows name staff in office, a row giving a private datum (found on it) excepted
_ROTA_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}姓名")
_ROTA_POST = re.compile(r"[\u4e00-\u9fff]{0,4}(?:岗位|职务|职责|分工|职位|角色)")
_OFFICE_LINE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:办公|单位|值班|办公室|工作)(?:电话|座机)(?:号码)?"
)
_PRIVATE = re.compile(
    r"身份|证件|手机|移动电话|住址|住所|家庭|住宅|宅电|房号|户籍|出生|年龄|银行|账号|帐号|卡号|"
    r"邮箱|微信|本人|个人|私人"
)
_ROW_PRIVATE = frozenset(("id_card", "mobile", "bank_card", "address", "passport", "email"))
# separators read for a rota's header only: aligned columns, semicolons, a box's bar
_ALIGNED = re.compile(r"[ \u3000]{2,}")
_ROTA_SEPS = ("│", ";", "；")


def _rota(heads: list[str]) -> bool:
    """``heads`` head a rota (``_ROTA_NAME`` …, above)."""
    return (
        any(_ROTA_NAME.fullmatch(h) for h in heads)
        and any(_ROTA_POST.fullmatch(h) for h in heads)
        and any(_OFFICE_LINE.fullmatch(h) for h in heads)
        and not any(_PRIVATE.search(h) for h in heads)
    )


def _count(row: str, sep: str) -> int:
    return len(_ALIGNED.findall(row)) if sep == "  " else row.count(sep)


def _split(row: str, sep: str) -> list[str]:
    return _ALIGNED.split(row) if sep == "  " else row.split(sep)


def _posts_held(lines: list[str], sep: str, column: int) -> bool:
    """The cells of the post column in ``lines`` mostly name posts of an office."""
    cells = [_split(x, sep)[column].strip(" \u3000*") for x in lines if _count(x, sep) > column]
    cells = [c for c in cells if c and not c.startswith("-")]
    held = sum(1 for c in cells if _OFFICE_POST.fullmatch(c))
    return held > 0 and held * 2 >= len(cells)


def _line_at(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, end if end >= 0 else len(text)


def _body(text: str, h_end: int, sep: str, width: int) -> tuple[list[str], int]:
    """The rows below a header line ending at ``h_end`` with its ``width`` of separators
    (a blank line between two such rows, as flattened HTML leaves, is passed over)."""
    body: list[str] = []
    end = h_end
    pos = h_end + 1
    while pos < len(text):
        l_start, l_end = _line_at(text, pos)
        row = text[l_start:l_end]
        if _count(row, sep) != width:
            if row.strip():
                break
            n_start, n_end = _line_at(text, l_end + 1)
            if l_end >= len(text) or _count(text[n_start:n_end], sep) != width:
                break
        else:
            body.append(row)
            end = l_end
        pos = l_end + 1
    return body, end


def _header(text: str, h_start: int, h_end: int, sep: str):
    """What the header line at ``h_start``–``h_end`` says of its table's names: None (not a
    staff table), "roster" (every name staff), "rota" (every name staff but a row's giving a
    private datum) or the indexes of its columns headed by a post."""
    line = text[h_start:h_end]
    if len(line) > 200 or _HEAD_SIGNS.search(line) is None:
        return None
    heads = [c[2] for c in _cells(line, sep)]
    rota = (
        ("rota", next(k for k, h in enumerate(heads) if _ROTA_NAME.fullmatch(h)))
        if (len(heads) >= 3 and _rota(heads))
        else None
    )
    if sep == "  " or sep in _ROTA_SEPS:
        return rota
    if any(h[:1].isdigit() for h in heads):
        return None
    parties = any(_PARTY_HEAD.search(h) for h in heads)
    post = next((k for k, h in enumerate(heads) if _POST_HEAD.fullmatch(h)), None)
    named = not parties and any(_NAME_HEAD.fullmatch(h) for h in heads)
    duty = named and any(_DUTY_CELL.search(h) for h in heads)
    if duty or named and post is not None:
        body, _ = _body(text, h_end, sep, _count(line, sep))
        # persons listed with their own mobiles (a notice of recipients with their jobs and
        # employers, an elected owners' committee) are no office's roster
        if not any(_MOBILE.search(x) for x in body) and (
            duty
            or any(_UNIT_HEAD.fullmatch(h) for h in heads)
            or (post is not None and _posts_held(body, sep, post))
        ):
            return "roster"
    if rota:
        return rota
    ids = any("身份" in h or "证件" in h for h in heads)
    columns = frozenset(
        k
        for k, h in enumerate(heads)
        if _STAFF_CELL.fullmatch(h) and (not ids or _POST_CELL.fullmatch(h))
    )
    return columns or None


def _top(text: str, line_start: int, sep: str, width: int, memo: dict) -> tuple[int, int]:
    """The first line (start, end) of the block of rows of ``width`` separators holding the
    line at ``line_start`` (a blank line between two rows passed over), memoized by line."""
    seen = []
    top = line_start
    while True:
        if top in memo:
            found = memo[top]
            break
        seen.append(top)
        if top == 0:
            found = top
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        row = text[prev : top - 1]
        if _count(row, sep) == width and len(row) <= 200:
            top = prev
            continue
        if not row.strip() and prev > 0:
            before = text.rfind("\n", 0, prev - 1) + 1
            if _count(text[before : prev - 1], sep) == width:
                top = before
                continue
        found = top
        break
    for k in seen:
        memo[k] = found
    end = text.find("\n", found)
    return found, end if end >= 0 else len(text)


def _stacked_key(text: str, start: int, alone: set[int]) -> bool:
    """A name alone on its line under a staff post's key alone on the line before it, in a
    record one key and one value a line ("承办人\n王某"): the line before the key is a value
    (a name alone, or digits), not another key of a table's header block ("金额\n经办人\n…",
    where the name below is the first record's)."""
    key_start = text.rfind("\n", 0, start - 1) + 1
    key = text[key_start : start - 1].strip(" \u3000\t")
    if not key or len(key) > 8 or not (staff_header(key) or _POST_CELL.fullmatch(key)):
        return False
    if key_start == 0:
        return False
    value_start = text.rfind("\n", 0, key_start - 1) + 1
    value = text[value_start : key_start - 1]
    return value_start in alone or any(c.isdigit() for c in value)


_KEY = re.compile(r"[\u4e00-\u9fff（）()/]{2,10}")


def _block_start(text: str, line_start: int, memo: dict) -> int:
    """The first line of the run of non-blank lines holding ``line_start`` (memoized)."""
    seen = []
    top = line_start
    while top not in memo and top > 0:
        seen.append(top)
        prev = text.rfind("\n", 0, top - 1) + 1
        if not text[prev : top - 1].strip():
            break
        top = prev
    found = memo.get(top, top)
    for k in seen:
        memo[k] = found
    return found


def _one_cell_header(text: str, first: int, heads: list[str]):
    """(first key's line, width, staff keys' places) of a one-cell-a-line table whose run
    of lines opens at ``first`` with the key lines ``heads``: the records below must fill
    whole rows of the width (a title over the keys is set aside when they then do)."""
    run_end = text.find("\n\n", first)
    run_end = len(text) if run_end < 0 else run_end
    got = None
    for skip in (0, 1):
        keys = heads[skip:]
        if len(keys) < 3:
            break
        top = first
        for _ in range(skip):
            top = text.find("\n", top) + 1
        below = text.count("\n", top, run_end) + (0 if text.endswith("\n", 0, run_end) else 1)
        rows = below - len(keys)
        if rows > 0 and rows % len(keys) == 0:
            staff = [k for k, h in enumerate(keys) if staff_header(h) or _STAFF_CELL.fullmatch(h)]
            got = (top, len(keys), frozenset(staff), False) if staff else None
            break
    if got is not None or "姓名" not in "".join(heads):
        return got
    # a rota's header one cell a line, its first keys (the first record's posts may read as
    # keys): the records below fill whole rows of its width
    for skip in (0, 1):
        top = first
        for _ in range(skip):
            top = text.find("\n", top) + 1
        below = text.count("\n", top, run_end) + (0 if text.endswith("\n", 0, run_end) else 1)
        for n in range(3, len(heads) - skip + 1):
            keys = heads[skip : skip + n]
            if below > n and (below - n) % n == 0 and _rota(keys):
                names = frozenset(k for k, h in enumerate(keys) if _ROTA_NAME.fullmatch(h))
                return top, n, names, True
    return None


def _stacked_column(
    text: str, start: int, alone: set[int], blocks: dict, headers: dict, cands: list[Candidate]
) -> bool:
    """A name alone on its line in a table one cell a line whose header block (the run of
    keys opening its run of lines) has a staff post's key at the name's place in its record
    ("登记编号\n申请人\n…\n窗口受理人\n办理状态\n…records…"), or a rota's name key there
    (a record giving a private datum excepted)."""
    first = _block_start(text, start, blocks)
    key = (first, "one")
    if key not in headers:
        heads: list[str] = []
        pos = first
        while len(heads) < 16:
            end = text.find("\n", pos)
            if end < 0 or pos in alone or not _KEY.fullmatch(text, pos, end):
                break
            heads.append(text[pos:end])
            pos = end + 1
        headers[key] = _one_cell_header(text, first, heads)
    got = headers[key]
    if got is None:
        return False
    first, width, staff, rota = got
    index = text.count("\n", first, start)
    place = (index - width) % width
    if index < width or place not in staff:
        return False
    if not rota:
        return True
    lo = start
    for _ in range(place):
        lo = text.rfind("\n", 0, lo - 1) + 1
    hi = start
    for _ in range(width - place):
        hi = text.find("\n", hi + 1)
        if hi < 0:
            hi = len(text)
            break
    return not _private_row(cands, lo, hi)


def _listed(text: str, cands: list[Candidate], named: list[int], ends: set[int]) -> set[int]:
    """The names listed with 、 after a name dropped after a post (``ends``: their ends), or
    with one space between, full-width or not (a form's line "监考员：X　Y　　考务电话：…"; two
    spaces or more part an aligned table's cells)."""
    drop = set()
    for i in sorted(named, key=lambda k: cands[k][0]):
        start = cands[i][0]
        if start - 1 in ends and text[start - 1] in _LIST_GAP:
            drop.add(i)
            ends.add(cands[i][1])
    return drop


_LIST_GAP = frozenset("、\u3000 ")


def _private_row(cands: list[Candidate], start: int, end: int) -> bool:
    """A private datum (a mobile, an ID, a card, a home, a mail box) is found on the row."""
    return any(c[2] in _ROW_PRIVATE and start <= c[0] < end for c in cands)


def staff_rosters(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of the office's staff named by their post (module docstring)."""
    tops: dict[int, int] = {}
    blocks: dict[int, int] = {}
    headers: dict = {}
    drop: set[int] = set()
    ends: set[int] = set()  # the ends of names dropped after a post (a list may go on)
    alone: set[int] | None = None  # where a name stands alone on its line
    named = [i for i, c in enumerate(cands) if c[2] == "name"]
    for i in named:
        start, end = cands[i][0], cands[i][1]
        if text[end - 1] in "人员考" and (
            staff_header(text[start:end]) or _POST_CELL.fullmatch(text, start, end)
        ):
            drop.add(i)  # a post's own word read as a name (a key's cell: 承办人)
            continue
        if not _POST_SIGNS.isdisjoint(
            text[start - 8 if start > 8 else 0 : start]
        ) and _POST_BEFORE.search(text, start - 10 if start > 10 else 0, start):
            drop.add(i)
            ends.add(end)
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        if line_start == start and line_end == end:
            if alone is None:
                alone = {cands[k][0] for k in named if text[cands[k][0] - 1 : cands[k][0]] == "\n"}
            if _stacked_key(text, start, alone) or _stacked_column(
                text, start, alone, blocks, headers, cands
            ):
                drop.add(i)
            continue
        if line_end - line_start > 200:
            continue
        line = text[line_start:line_end]
        sep = "\t" if "\t" in line else "|" if "|" in line else "｜" if "｜" in line else None
        if sep is None:
            sep = "," if "," in line else None
            if sep is None:
                sep = next((x for x in _ROTA_SEPS if x in line), None)
                if sep is None and _ALIGNED.search(line.strip()):
                    sep = "  "
                if sep is None:
                    continue
        width = _count(line, sep)
        h_start, h_end = _top(text, line_start, sep, width, tops)
        if h_start == line_start:
            continue  # the header itself
        key = (h_start, sep)
        if key not in headers:
            headers[key] = _header(text, h_start, h_end, sep)
        columns = headers[key]
        if columns is None:
            continue
        if columns == "roster":
            drop.add(i)
        elif isinstance(columns, tuple):  # a rota: its name column
            if _count(text[line_start:start], sep) == columns[1] and not _private_row(
                cands, line_start, line_end
            ):
                drop.add(i)
        elif _count(text[line_start:start], sep) in columns:
            drop.add(i)
    if ends:
        drop |= _listed(text, cands, [i for i in named if i not in drop], ends)
        spans = {(cands[i][0], cands[i][1]) for i in drop}
        drop |= {i for i in named if (cands[i][0], cands[i][1]) in spans}
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
