"""Names by the consistency of a list or a column, whatever its header or separator.

Persons are listed in layouts no label announces: rows of a table whose header does not
say 姓名 (购机者, 共有权人, 同户人员, or a second header row the flattening lost), lines of
names separated by full-width spaces or 、 under a heading, several numbered persons to a
line ("001 郁文杰　002 严佳怡"), a group's label and its names ("张家窝镇（8名）：…"), an
enumeration in prose closed by its count ("申请人占细华、方春桃…等12人"). Such a list is
recognised by its tokens, not by its wording:

- a line is split into tokens at every run of delimiters (tabs, two or more spaces,
  full-width spaces, 、，,；;/|, an item's number "1." "（2）" "001");
- the lines of one region share a separator (tab, bar, comma, spaces aligning columns,
  or a list's marks); a table's columns are scored by the index of their cells over
  every row and over the rows of one width (a rowspan or colspan shifts a row); a
  list's lines are scored token by token, line by line and as a whole;
- a group of tokens is a group of persons when most of its short Han tokens (two to four
  characters, or names with ·) look like names by the name model (``validators``), two
  of them at least of three characters, and when it carries a personal signal: an ID,
  mobile or card number in its rows, a person-ish header or label (…人, …户, …者,
  …对象, 家庭, 候选, 志愿者 …), or three names of three characters of given-name
  characters; or when a count written beside it (（9名）, （3户）, 等12人) equals its
  number of tokens, or a header of persons stands over the column (补贴对象, 收款方,
  获奖者), or each row is keyed by a word for a person (监票人\t…, 主任候选人\t…): then
  half of them looking like names is enough;
- then every short Han token of the group that is no known non-name (nationalities,
  relations, totals, places, units, titles, crops, schooling, 已故 …) is a name, word-like
  names (蓝天, 田野, 龙凤) and names without a surname (那日苏, 乌云, 阿苦拉则) included.

Never persons: a group under a label or heading of officials (领导小组, 班子, 组长, 联系人,
签发, 审核, 出席 …), a token with a note of an office ("刘振华（镇派驻指导员）"), a header
row or cell, a row opened by a unit or a company (its contact, its legal representative),
a table with a column of units (单位名称, 部门), a column of 法定代表人 / 联系人 (``tables``
decides those row by row), a table whose header already names a person column (``tables``).
Lines are picked by cheap searches (a delimiter and a short token opening with a surname,
two such tokens side by side or a short cell between cells); everything else runs on the
few regions around them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import validators as v
from .alternation import led
from .cellsplit import _SLASH
from .gapalign import aligned_rows
from .headerroles import staff_header
from .listtails import list_part
from .listwords import NON_NAME, OFFICIAL_LABEL, PERSON_LABEL, TRANSLIT, count_in, non_name
from .tables import COMPANY, _column_kind
from .wordfind import lines as text_lines

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_NAME_START = frozenset(v.SURNAMES | v.RARE_SURNAMES | TRANSLIT)
_START = "".join(sorted(_NAME_START))
# two short tokens side by side, the second opening like a name: where a list or a table
# row of names may stand (``_pair``: two searches, each faster than one alternation)
_PAIR = re.compile(
    rf"(?<![{_H}·])(?:[{_H}]{{2,4}}|[{_H}]{{2,8}}·[{_H}]{{2,8}})(?:[（(][^（()）\n]{{0,30}}[）)])?"
    rf"(?:\t|[ \u3000]+|[ \u3000]*[、，,；;/|][ \u3000]*)(?:\d{{1,4}}[.．、]?[ \u3000]*)?"
    rf"[{_START}][{_H}]{{1,3}}(?![{_H}])"
)
_PAIR_CELL = re.compile(rf"(?<=[{_H}])\t[{_START}][{_H}]{{1,3}}(?![{_H}])")  # 主任候选人\t赵二保
# the cheap search first: a delimiter, then a short token opening like a name
_LEAD = re.compile(
    rf"[\t、，,；;/| \u3000][ \u3000]*(?:\d{{1,4}}[.．、]?[ \u3000]*)?[{_START}][{_H}]{{1,3}}(?![{_H}])"
)
# a short cell opening like a name between cells (a table's row): searches with no alternation
_CELL = rf"[ \u3000]*[{_START}][{_H}]{{1,3}}[ \u3000]*(?:[\t,|]|[ \u3000]{{2}}|$)"
_CELL_SEED = (re.compile(_CELL).match, re.compile(rf"[\t,|]{_CELL}").search)
_CELL_SEED += (re.compile(rf"[ \u3000][ \u3000]{_CELL}").search,)  # (led by a class: faster)
_TWO_SPACES = re.compile(r"[ \u3000]{2}")
# a group's label with its count and sign: "停发（1户）：", "一组（3人）："
_COUNTED_LABEL = re.compile(r"[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[户名人位][）)][:：]")
_SENTENCE = re.compile(r"[，。：:]|//")  # not a table's row of slashes: a list after its label
_GAP = re.compile(r"[ \u3000]{2,}|\t")
_PROSE = re.compile(rf"[{_H}]{{12}}")
_NOTE = re.compile(r"[（(][^（()）\n]{0,40}[）)]")
_NUMBER_LEAD = re.compile(
    r"^(?:\d{1,4}[.．、]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)$"
)
_LIST_SPLIT = re.compile(r"[ \u3000\t]*[、，,；;/|][ \u3000\t]*|[ \u3000\t]+")
_NUMBERS = led(r"\d{11,19}|\d{17}[Xx]")
_DIGIT = re.compile(r"\d")
_SHORT = re.compile(rf"[{_H}]{{2,4}}|[{_H}]{{2,8}}·[{_H}]{{2,8}}")
_TRAIL = ("家庭", "户")
_PIECE = re.compile(r"[^、，,；;/／ \u3000\t\"“”]+")
# a unit opening a row: its contact acts in office (县财政局\t张明\t138…)
_UNIT_CELL = re.compile(
    r"(?:局|厅|委|办|院|所|站|中心|政府|委员会|居委会|村委会|学校|医院|银行|处|科|股|集团|分局|支队|大队)$"
)
# a header of a column of units: the table lists units and their contacts
_UNIT_HEADER = re.compile(
    r"^(?!报考|工作|所在|就读|原)[\u4e00-\u9fff]{0,4}(?:单位|部门|机构|机关)(?:名称)?$"
)
_PERSON_HEADER = re.compile(r"(?:人|户|者|对象|成员|家属|方|人员|户主)$")
_ELECTION = re.compile(r"候选|当选|监票|计票|唱票|选民")
_PERSON_KEY = re.compile(r"(?:人|者|对象)$")
_AMONG = re.compile(r"等(\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|人|户|位)")
_CLAUSE_BREAK = re.compile(r"[。；;！!？?，,：:“”\"\n]")


def _kind(line: str) -> str:
    """The separator of a line: tab, bar, wide spaces or a list's marks."""
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(",") >= 2 and "，" not in line and "。" not in line:
        return ","  # CSV
    if line.count("/") >= 3 and not _SENTENCE.search(line):
        return "/"  # "序号/被征收人/坐落/…" (a slash inside brackets stays in its cell)
    if len(_GAP.findall(line.lstrip(" \u3000"))) >= 2 and _DIGIT.search(line):
        return "gap"  # a table aligned with spaces (the text of a PDF)
    return "list"


def _cells(line: str, kind: str) -> list[tuple[int, str]]:
    """(offset, cell) of a table row, or of a list line's tokens."""
    if kind == "gap":
        line = line.rstrip()
        out, pos = [], 0
        for m in _GAP.finditer(line):
            if m.start() > pos:
                out.append((pos, line[pos : m.start()]))
            pos = m.end()
        if pos < len(line):
            out.append((pos, line[pos:]))
        return out
    if kind in ("\t", "|", ",", "/"):
        out, pos = [], 0
        for part in _SLASH.split(line) if kind == "/" else line.split(kind):
            out.append((pos, part))
            pos += len(part) + 1
        if kind == "|":
            out = [c for c in out if c[1].strip() or 0 < c[0] < len(line) - 1]
        return out
    out = []
    pos = 0
    for m in _LIST_SPLIT.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return out


def _pieces(cell: str, base: int) -> list[tuple[int, str, str]]:
    """(start, token, note) of each person a cell may hold ("张三、李四（妻）")."""
    notes: dict[int, str] = {}
    if "（" in cell or "(" in cell:
        for m in _NOTE.finditer(cell):
            notes[m.start()] = m.group()[1:-1]
        cell = _NOTE.sub(lambda m: " " * len(m.group()), cell)
    out = []
    for m in _PIECE.finditer(cell):
        token = m.group()
        if _NUMBER_LEAD.match(token):
            continue
        if non_name(token):
            out.append((base + m.start(), token, ""))
            continue  # a header ("被征收户"), not a person's 户
        for trail in _TRAIL:
            if token.endswith(trail) and len(token) - len(trail) >= 2:
                token = token[: -len(trail)]
                break
        note = notes.get(m.start() + len(m.group()), "")
        out.append((base + m.start(), token, note))
    return out


def _name_like(token: str) -> bool:
    if "·" in token:
        return all(2 <= len(p) <= 8 for p in token.split("·"))
    if token in v.COMMON_WORDS or token in NON_NAME:
        return False
    if v.plausible_name(token):
        return True
    return 4 <= len(token) <= 6 and all(c in TRANSLIT for c in token)


def _short(token: str) -> bool:
    return _SHORT.fullmatch(token) is not None


def _strong(token: str) -> bool:
    return _name_like(token) and len(token) >= 3


def _persons(tokens: list[str], *, signal: bool, count: int | None = None) -> bool:
    """Whether a group of tokens (a column, a line, a list) is a group of persons."""
    short = [t for t in tokens if _short(t) and not non_name(t)]
    if not short:
        return False
    names = [t for t in short if _name_like(t)]
    strong = sum(1 for t in names if len(t) >= 3)
    if count is not None and count == len(tokens) and len(short) == len(tokens):
        if len(tokens) == 1:  # "停发（1户）：訾老黑（…）": one person, opening with a surname
            return bool(names) or (len(tokens[0]) == 3 and v.surname_length(tokens[0]) == 1)
        return 2 * len(names) >= len(tokens) and strong >= 1
    if len(names) < 3 or strong < 2 or 4 * len(names) < 3 * len(tokens):
        return False
    # without a signal: three names of three characters, each of given-name characters
    return signal or sum(1 for t in names if len(t) >= 3 and _sure(t)) >= 3


def _sure(token: str) -> bool:
    """A name beyond doubt: given-name characters after a surname, a dot, or four to six
    characters of transliterated names (阿苦拉则)."""
    if "·" in token or v.plausible_name(token, strict=True):
        return True
    return 4 <= len(token) <= 6 and all(c in TRANSLIT for c in token)


def _emit(group: list[tuple[int, str, str]], out: list[Candidate], conf: float) -> None:
    for start, token, note in group:
        if _short(token) and not non_name(token) and not OFFICIAL_LABEL.search(note):
            out.append((start, start + len(token), "name", conf))


def _label_split(line: str) -> tuple[str, int]:
    """A short label before a sign ("张家窝镇（8名）：", "监票人\t"): its text and where
    the list after it starts (0 without one)."""
    sign = max(line.find("："), line.find(":"))
    if 0 < sign <= 24 and "。" not in line[:sign]:
        return line[:sign], sign + 1
    return "", 0


def _region_signal(text: str, lines: list[tuple[int, str]], above: str) -> bool:
    body = "\n".join(s for _p, s in lines)
    if _NUMBERS.search(body):
        return True
    heads = [above] + [s for _p, s in lines if not _DIGIT.search(s)]
    return any(PERSON_LABEL.search(h) for h in heads)


def _above(lines: list[str], lo: int) -> str:
    """The nearest line with words above line ``lo`` (a heading), up to 3 lines up."""
    for j in range(lo - 1, max(-1, lo - 4), -1):
        line = lines[j]
        if len(line) > 200:
            return ""
        line = line.strip(" \u3000\t")
        if line:
            return line if len(line) <= 60 else ""
    return ""


def _table_region(text, region, kind, above, out) -> None:
    """Columns of a table's rows (tab or bar), grouped by their number of cells."""
    first = region[0][1]
    if kind != "gap" and not _DIGIT.search(first):
        # a table with a column of persons by its header, every row as wide: ``tables``
        n = first.count(kind)
        if all(line.count(kind) == n for _p, line in region) and "name" in [
            _header_kind(c) for _o, c in _cells(first, kind) if c.strip()
        ]:
            return
    rows = [[(pos + off, cell) for off, cell in _cells(line, kind)] for pos, line in region]
    head_at = next((k for k, cells in enumerate(rows[:2]) if _header_row(cells)), -1)
    if kind == "gap" and head_at >= 0 and len(rows[head_at]) >= 3:
        rows = aligned_rows(region, rows, head_at)  # cells under their header on screen
    widths: dict[int, list[int]] = {}
    for k, cells in enumerate(rows):
        widths.setdefault(len(cells), []).append(k)
    heads = {head_at}
    if 0 <= head_at < len(rows) - 1 and kind != "gap" and _header_row(rows[head_at + 1]):
        head_at += 1  # a group's header row over the columns' own ("陪护人员" over 姓名, 电话)
        heads.add(head_at)
    header = rows[head_at] if head_at >= 0 else []
    if any(_UNIT_HEADER.match(c.strip()) for _a, c in header):
        return  # a list of units: their contacts act in office
    head_kinds = [_header_kind(c) if c.strip() else None for _a, c in header]
    groups = [(w, m) for w, m in widths.items() if len(m) >= 2]
    if len(widths) > 1:  # every row by the index of its cells, then the rows of one width
        groups.insert(0, (0, list(range(len(rows)))))
    person: dict[int, set[int]] = {}  # width (0: every row) -> its person columns
    skip: set[int] | None = None
    signal: bool | None = None
    for width, members in groups:
        same = width == 0 or len(header) == width  # the header's cells stand over these
        for col in range(width or max(widths)):
            if col in person.get(0, ()):
                continue
            mem = [k for k in members if col < len(rows[k]) and k not in heads]
            head = header[col][1].strip() if same and col < len(header) else ""
            kind = head_kinds[col] if head else None
            if len(mem) < 2 or kind in ("business", "contact") or (kind == "name" and width):
                continue
            if head and _official(head):
                continue  # 经手人, 审核人: officials acting in office  # left to ``tables``: persons only in some rows, or read by header
            # rows each labelled by a word for a person (主任候选人, 监票人), or a header of
            # persons over the column (补贴对象, 收款方): the cells are persons' names
            keyed = (col > 0 and all(_PERSON_KEY.search(_row_label(rows[k])) for k in mem)) or (
                _PERSON_HEADER.search(head) is not None and not _official(head)
            )
            if sum(map(_may_hold_name, (rows[k][col][1] for k in mem))) < 2 - keyed:
                continue  # the cheap test first: cells that may hold a name at all
            if skip is None:
                if _official(above):
                    return
                # a company's row (its legal representative, contact) names no private person
                skip = {
                    k for k, c in enumerate(rows) if _official(_row_label(c)) or _company_row(c)
                }
                signal = _region_signal(text, region, above)
            group = []
            for k in mem:
                if k not in skip:
                    group += _pieces(rows[k][col][1], rows[k][col][0])
            tokens = [t for _s, t, _n in group if t.strip("-—－ ")]
            if keyed:  # a column of persons may hold a cooperative or a company too
                tokens = [t for t in tokens if not non_name(t)]
            if _persons(tokens, signal=bool(signal), count=len(tokens) if keyed else None):
                person.setdefault(width, set()).add(col)
                _emit(group, out, 0.75)
    if not person:
        _grid(rows, above, out)
        return
    columns = set().union(*person.values()) - person.get(0, set())
    for k, cells in enumerate(rows):  # rows of another width (a rowspan or colspan): names
        if (skip and k in skip) or k in heads:
            continue
        for col in columns - person.get(len(cells), set()):
            if col < len(cells):
                for start, token, note in _pieces(cells[col][1], cells[col][0]):
                    if _short(token) and _name_like(token) and not OFFICIAL_LABEL.search(note):
                        out.append((start, start + len(token), "name", 0.7))


def _header_row(cells: list[tuple[int, str]]) -> bool:
    """A row of headers: no number, no cell that looks like a name."""
    text = "".join(c for _a, c in cells)
    if _DIGIT.search(text):
        return False
    if "姓名" in text and any(c.strip().endswith("姓名") for _a, c in cells):
        return True  # 家长姓名 beside 班级 (a surname and a sign: name-like alone)
    return not any(_name_like(t) for at, c in cells for _s, t, _n in _pieces(c, at))


def _grid(rows: list[list[tuple[int, str]]], above: str, out: list[Candidate]) -> None:
    """A grid of names without a header (a DOCX table of names, two rows of four)."""
    cells = [c for row in rows for c in row if c[1].strip()]
    if len(cells) < 4 or sum(map(_may_hold_name, (c for _a, c in cells))) < 3 or _official(above):
        return
    group = [p for at, cell in cells for p in _pieces(cell, at)]
    tokens = [t for _s, t, _n in group]
    if _persons(tokens, signal=bool(PERSON_LABEL.search(above))):
        _emit(group, out, 0.7)


def _introduced(above: str, tokens: list[str]) -> bool:
    """Two or three names alone on a line under a sentence about persons that ends with
    its colon ("下列家庭…不参加本次摇号：\n钱海鸥　庞晓蕾")."""
    return (
        2 <= len(tokens) <= 3
        and above.endswith(("：", ":"))
        and bool(PERSON_LABEL.search(above))
        and not _official(above)
        and all(v.plausible_name(t, strict=True) and not non_name(t) for t in tokens)
        and any(len(t) >= 3 for t in tokens)
    )


_header_kind = lru_cache(maxsize=1024)(_column_kind)


def _may_hold_name(cell: str) -> bool:
    cell = cell.strip(" \u3000")
    return len(cell) >= 2 and (cell[0] in _NAME_START or "·" in cell) and not _DIGIT.search(cell)


def _company_row(cells: list[tuple[int, str]]) -> bool:
    """A row whose first cell of words is an organisation ("…有限公司", "…合作社")."""
    for _at, cell in cells:
        cell = cell.strip()
        if cell and not _DIGIT.search(cell):
            return bool(COMPANY.search(cell) or _UNIT_CELL.search(cell))
    return False


def _official(label: str) -> bool:
    """A label or heading of officials ("领导小组", "联系人"), not of candidates (主任候选人)."""
    return (bool(OFFICIAL_LABEL.search(label)) or staff_header(label)) and not _ELECTION.search(
        label
    )


def _row_label(cells: list[tuple[int, str]]) -> str:
    for _at, cell in cells[:2]:
        if cell.strip() and not _DIGIT.search(cell):
            return cell.strip()
    return ""


def _list_region(text, region, above, out) -> None:
    """Lines of names: each line's tokens, and the lines together."""
    if _official(above):
        return
    head_count = count_in(above)
    signal = _region_signal(text, region, above) or bool(PERSON_LABEL.search(above))
    pooled: list[tuple[int, str, str]] = []
    per_line = []
    for pos, line in region:
        line = list_part(line)  # (a sentence after the list on its line: cut off)
        if "。" in line.rstrip("。 \u3000"):
            continue  # a sentence, not a list
        label, at = _label_split(line)
        if label and _official(label):
            continue
        body = line[at:]
        notes: dict[int, str] = {}
        if "（" in body or "(" in body:  # a note may hold a comma: blank it before splitting
            for m in _NOTE.finditer(body):
                notes[m.start()] = m.group()  # found by where its person ends
            body = _NOTE.sub(lambda m: " " * len(m.group()), body)
        if _PROSE.search(body):
            continue  # words of a sentence, not a list's
        group = []
        for off, cell in _cells(body.rstrip("。 \u3000"), "list"):
            for start, token, _note in _pieces(cell, off):
                note = notes.get(start + len(token), "") or notes.get(start + len(token) + 2, "")
                # (+2: after 家庭 read past, "潘玉洁家庭（…）")
                group.append((pos + at + start, token, note))
        group = [g for g in group if g[1]]
        if not group:
            continue
        tokens = [t for _s, t, _n in group]
        if "。" in body.rstrip("。 \u3000") or any(len(t) > 8 and "·" not in t for t in tokens):
            continue  # a sentence, not a list
        count = count_in(label) if label else None
        line_signal = signal or bool(label and PERSON_LABEL.search(label))
        if _persons(tokens, signal=line_signal, count=count) or (
            not label and _introduced(above, tokens) and pos == region[0][0]
        ):
            _emit(group, out, 0.75)
        else:
            per_line.append(group)
        pooled += group
    tokens = [t for _s, t, _n in pooled]
    if len(per_line) and _persons(tokens, signal=signal, count=head_count):
        for group in per_line:
            if sum(1 for _s, t, _n in group if _name_like(t)) * 2 >= len(group):
                _emit(group, out, 0.7)


def _enumerated(parts: list[str], at: int) -> list[Candidate]:
    """The persons of an enumeration: the first piece ends with a name, the others are one."""
    found: list[Candidate] = []
    k = at
    for i, part in enumerate(parts):
        if i == 0:
            name = ""
            for size in (4, 3, 2):
                tail = part[-size:]
                if len(part) < size or (size == 4 and tail[:2] not in v.COMPOUND_SURNAMES):
                    continue
                if _name_like(tail) or (
                    size == 3
                    and v.surname_length(tail) == 1
                    and _short(tail)
                    and not non_name(tail)
                ):
                    name = tail  # the count vouches for a rarer given name (占细华)
                    break
            if not name:
                return []
            found.append((k + len(part) - len(name), k + len(part), "name", 0.75))
        elif _short(part) and not non_name(part):
            found.append((k, k + len(part), "name", 0.75))
        else:
            return []
        k += len(part) + 1
    return found


def _counted(text: str, out: list[Candidate]) -> None:
    """An enumeration in prose closed by its count: "申请人占细华、…、丰启明等12人"."""
    for m in _AMONG.finditer(text):
        if text[m.start() - 1 : m.start()] in "、，":
            continue
        lo = max(0, m.start() - 300)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, m.start())]
        c0 = breaks[-1] if breaks else lo
        clause = text[c0 : m.start()]
        if "、" not in clause:
            continue
        parts = clause.split("、")
        n = count_in(m.group())
        if n != len(parts):
            continue
        found = _enumerated(parts, c0)
        if not found:
            continue
        tokens = [text[s:e] for s, e, _k, _c in found]
        if 2 * sum(map(_name_like, tokens)) >= len(tokens) and sum(map(_strong, tokens)) >= 2:
            lead = text[max(0, found[0][0] - 8) : found[0][0]]
            if not OFFICIAL_LABEL.search(lead):
                out += found


def _marked(line: str) -> bool:
    """A short line with a mark of a list or a row (the cheap test before the search)."""
    return len(line) <= 400 and (
        "\t" in line
        or "、" in line
        or "\u3000" in line
        or " " in line
        or "|" in line
        or "；" in line
        or "/" in line
        or ";" in line
        or "，" in line
        or "," in line
    )


def _cell_seed(line: str) -> bool:
    """Whether ``_CELL_SEED`` matches, after its cheap test: a cell's delimiter, two spaces
    inside the line, or a token alone on it."""
    body = line.strip(" \u3000")
    if "\t" in line or "," in line or "|" in line or len(body) <= 4 or _TWO_SPACES.search(body):
        return any(seed(line) is not None for seed in _CELL_SEED)
    return False


def _same(lines: list[str], j: int, kind: str) -> bool:
    line = lines[j]
    if not line.strip() or not _marked(line) or _kind(line) != kind:
        return False
    return kind != "list" or _pair(line)


def _pair(line: str) -> bool:
    return _PAIR.search(line) is not None or ("\t" in line and _PAIR_CELL.search(line) is not None)


def _gap_header(line: str) -> bool:
    return len(_GAP.findall(line.strip(" \u3000"))) >= 2 and not _DIGIT.search(line)


def list_names(text: str) -> list[Candidate]:
    """Names in lists and columns recognised by their consistency (module docstring)."""
    out: list[Candidate] = []
    if "等" in text and _AMONG.search(text):
        _counted(text, out)
    lines, starts = text_lines(text)  # (wordfind: split once a scan; not changed here)
    done = -1
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i <= done or not _marked(line):
            continue
        if (
            not (_LEAD.search(line) and _pair(line))
            and not _cell_seed(line)
            and not (("）：" in line or "):" in line) and _COUNTED_LABEL.search(line))
        ):
            continue
        kind = _kind(line)
        lo = i
        while lo > 0:
            if _same(lines, lo - 1, kind):
                lo -= 1
            elif (
                kind != "list"
                and lo > 1
                and not lines[lo - 1].strip()
                and _same(lines, lo - 2, kind)
            ):
                lo -= 2  # an HTML table flattened with a blank line between its rows
            else:
                break
        if kind == "gap" and lo > 0 and _gap_header(lines[lo - 1]):
            lo -= 1  # the header row of an aligned table (words only)
        hi = i
        while hi < last:
            if _same(lines, hi + 1, kind):
                hi += 1
            elif (
                kind != "list"
                and hi + 2 <= last
                and not lines[hi + 1].strip()
                and _same(lines, hi + 2, kind)
            ):
                hi += 2
            else:
                break
        done = hi
        region = [(starts[j], lines[j]) for j in range(lo, hi + 1) if lines[j].strip()]
        above = _above(lines, lo)
        if kind == "list":
            _list_region(text, region, above, out)
        else:
            _table_region(text, region, kind, above, out)
    return out
