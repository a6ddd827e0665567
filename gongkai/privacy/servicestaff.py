"""Staff acting for the unit in a table of the persons it served (issue 16, after
docs126–docs128, privfix16ub). Called from ``lastpasses``.

A register of the persons a unit served names, beside each person, who acted for the unit
on the record: the escorts of a relief station's returns (护送人员, often two names in a
cell), a gas company's inspectors (安检员), a heating office's acceptance team (验收组),
the officers who brought a person in ("X（派出所民警）"). They act in office and are
not marked (benchmarks/privacy_heldout/README.md, "What is marked"); the persons of the
record (受助人员, 户名, 接收人, 监护人, 捡拾人, 联系人 …) keep their names.

- **A service header** (``service_header``): the cell names an act the unit performs on
  the record — escorting, safety checks, patrols, visits, verification, registration at a
  desk, acceptance, repairs, meter reading, looking after a household (包保) — and its
  doer: 人员, 员, 人, 民警, 干部, 工作人员, 组 (护送人员, 安检员, 巡检人, 验收组, 包保干部).
  A party's mark (被, 受: 被检查人, 受助人员) or a private person's role word (接收,
  申请, 监护, 联系, 陪同, 家属 …) is no act of the unit. The header over a name is read in
  every layout ``columnheads.header_over`` reads (tab, bars, commas, quoted cells, aligned
  pages, one cell a line).
- **Repetition down a column** (``_repeating_columns``): in a delimited table, a column
  under a header of no Chinese word (pinyin, English, none) in which a few names come back
  row after row (each at least twice, at most a third as many names as rows), right of a
  column whose names are all different (the record's subject), is a column of the unit's
  staff. A Chinese header decides by its meaning: a survey's 辅助调查员 or a household's
  户主 repeat down their columns too and are private persons.
- **The note after a name** (``_OFFICER_NOTE``): "X（宝都派出所民警）", "X（站工作人员）":
  a name whose bracket names it a police officer or the unit's staff acts in office; a
  relative's or a resident's note (（群众）, （村主任）, （女儿）) keeps it.
- **A team's label** (``_TEAM``): "验收组：A　B　C", "核查小组成员：A、B" — the names
  after a team named by its act, to the next label or the line's end.
- **A label's word**: "男方公民身份号码" — 公民 of 公民身份号码 (the legal name of the ID
  number) is no name, whatever cue stands before it.

Speed: the service words are searched once a text (one regex); a candidate is read only
when such a word stands in the 6,000 characters before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .columnheads import header_over
from .unitcolumns import row_position, rows_above

Candidate = tuple[int, int, str, float]

_SPAN = 6000
# acts a unit performs on a person's record, by its staff in the field or at its desk
_ACTS = (
    "护送|安检|巡检|巡查|巡访|走访|回访|随访|核查|核实|核验|查验|登记|受理|经办|承办|包保|包联|"
    "验收|检修|维修|抄表|入户|上门|排查|督查|送达|接待|帮扶|派送"
)
_SERVICE = re.compile(
    rf"^[\u4e00-\u9fff]{{0,4}}?(?<![被受])(?:{_ACTS})"
    r"(?:人员|工作人员|员|人|民警|干部|工作组|小组|组|专干)(?:[1-9一二]|姓名|签名|签字)?$"
)
# a private person's role inside such a header: 登记人 is a register's registrant,
# 接待对象 a visitor; 陪同, 家属, 联系 a relative
_PRIVATE = re.compile(r"对象|家属|亲属|陪同|联系|申请|监护|接收|领取|代领|户主|本人|当事")
# the words searched for (a header row holding one of them)
_WORDS = re.compile(rf"(?:{_ACTS})(?:人员|工作人员|员|人|民警|干部|工作组|小组|组|专干)")


def service_header(cell: str) -> bool:
    """``cell`` heads the staff who acted for the unit on the record (module docstring)."""
    cell = cell.strip(" \u3000\t\"'*").replace(" ", "").replace("\u3000", "")
    if not cell or _SERVICE.match(cell) is None or _PRIVATE.search(cell):
        return False
    # 登记人 alone is the register's registrant (a donor, an applicant), not its clerk
    return not re.fullmatch(r"登记人(?:姓名)?", cell)


# a bracketed note after a name naming a police officer or the unit's staff, the two
# filling a table's cell (in prose, "授予X（派出所民警）、Y" honours a private person)
_OFFICER_NOTE = re.compile(
    r"[（(][\u4e00-\u9fff]{0,12}(?:派出所|公安局|分局|警务室|大队|中队)?"
    r"(?:民警|辅警|警官|工作人员|执法人员)[）)][\"']?(?=[\t|｜,\n]|$)"
)
_CELL_START = frozenset("\t|｜,\n\"'")
# a team named by its act, as a label: 验收组：, 核查小组成员：, 巡查组人员:
_TEAM = re.compile(rf"(?:{_ACTS}|检查|工作)(?:小组|组|专班)(?:成员|人员)?[：:]")
_LABEL_END = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]|\n")


def _team_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _TEAM.finditer(text):
        stop = _LABEL_END.search(text, m.end())
        spans.append((m.end(), stop.start() if stop else len(text)))
    return spans


_SEPARATORS = ("\t", "|", "｜", ",")


def _repeating_columns(text: str, names: list[Candidate]) -> set[int]:
    """Starts of names in a delimited table's column of repeating staff (module
    docstring)."""
    by_line: dict[int, list[Candidate]] = {}
    for c in names:
        line_start = text.rfind("\n", 0, c[0]) + 1
        by_line.setdefault(line_start, []).append(c)
    out: set[int] = set()
    # tables: runs of lines of the same separator and width
    columns: dict[tuple[str, int, int, int], list[tuple[str, int]]] = {}
    for line_start, cs in by_line.items():
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sep = next((s for s in _SEPARATORS if line.count(s) >= 3), None)
        if sep is None:
            continue
        width = line.count(sep)
        head = _header_row(text, line_start, sep, width)
        if head is None:
            continue
        for c in cs:
            index = text.count(sep, line_start, c[0])
            cells = columns.setdefault((sep, width, head, index), [])
            if (text[c[0] : c[1]], c[0]) not in cells:
                cells.append((text[c[0] : c[1]], c[0]))
    tables: dict[tuple[str, int, int], dict[int, list[tuple[str, int]]]] = {}
    for (sep, width, head, index), cells in columns.items():
        tables.setdefault((sep, width, head), {})[index] = cells
    for (sep, _width, head), cols in tables.items():
        header = _cells(text, head, sep)
        unique = [
            i
            for i, cells in cols.items()
            if len(cells) >= 4 and len({v for v, _ in cells}) == len(cells)
        ]
        if not unique:
            continue
        for i, cells in cols.items():
            if i <= min(unique) or len(cells) < 4:
                continue
            counts = Counter(v for v, _ in cells)
            if min(counts.values()) < 2 or len(counts) * 3 > len(cells):
                continue
            cell = header[i] if i < len(header) else ""
            if re.search(r"[\u4e00-\u9fff]", cell):
                continue  # a header's word decides (a survey's 辅助调查员, 户主 beside members)
            out.update(s for _, s in cells)
    return out


def _cells(text: str, line_start: int, sep: str) -> list[str]:
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return [x.strip(" \u3000\"'*") for x in line.split(sep)]


def _header_row(text: str, line_start: int, sep: str, width: int) -> int | None:
    """The start of the header row of the table ``line_start`` is a row of: the first row
    up of the same width without a digit (None: no such row within 200 lines)."""
    pos = line_start
    for _ in range(200):
        if pos == 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        if line.count(sep) != width:
            if line.strip(" \u3000"):
                return None
        elif not any(ch.isdigit() for ch in line) and line.strip(" \u3000-:|｜=—_+\t,"):
            return prev  # (a markdown table's rule under its header is no header)
        pos = prev
    return None


_DATA = re.compile(r"\d{5}")


def _header(text: str, start: int, end: int) -> str | None:
    """The header cell over the name at ``start``: in a delimited row, the cell at its
    place in the first row up of the same width that holds a service word and no data (a
    row of another width ends the table: a form's labels beside their values); else the
    header ``columnheads.header_over`` reads over an aligned or one-cell-a-line table."""
    place = row_position(text, start, _SEPARATORS)
    if place is None:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sep = next((x for x in _SEPARATORS if line.count(x) >= 2), None)
        if sep is None:
            return header_over(text, start, end, _WORDS)
        place = (line_start, sep, 0)
    line_start, sep, index = place
    line_end = text.find("\n", start)
    width = text.count(sep, line_start, line_end if line_end >= 0 else len(text))
    if width < 2:
        return None
    for row in rows_above(text, line_start, most=60):
        if row.count(sep) != width:
            if row.strip(" \u3000"):
                return None
            continue
        if _DATA.search(row) or not _WORDS.search(row):
            continue
        return row.split(sep)[index].strip(" \u3000\"'*")
    return None


def service_staff(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of the unit's staff acting on its records (module
    docstring)."""
    names = [c for c in cands if c[2] == "name"]
    if not names:
        return cands
    drop: set[int] = set()  # starts
    for c in names:
        m = _OFFICER_NOTE.match(text, c[1])
        if m and (c[0] == 0 or text[c[0] - 1] in _CELL_START):
            drop.add(c[0])
        elif text.startswith("身份", c[1]) and text[c[0] : c[1]] == "公民":
            drop.add(c[0])  # 男方公民身份号码: the ID number's legal name
    marks = [m.end() for m in _WORDS.finditer(text)]
    if marks:
        teams = _team_spans(text) if ("组" in text) else []
        for c in names:
            k = bisect_left(marks, c[0])
            if k == 0 or c[0] - marks[k - 1] > _SPAN or c[0] in drop:
                continue
            if any(a <= c[0] < b for a, b in teams):
                drop.add(c[0])
                continue
            cell = _header(text, c[0], c[1])
            if cell and service_header(cell):
                drop.add(c[0])
    if "\t" in text or "|" in text or "｜" in text or "," in text:
        rest = [c for c in names if c[0] not in drop]
        if len(rest) >= 8:
            drop |= _repeating_columns(text, rest)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
