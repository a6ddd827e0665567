"""Whose row is it: a register mixing units' and natural persons' rows (issue 16,
privfix16rb). Called from ``lastpasses``.

A register of contracts, fees or penalties names in one column the party each row is about
(卖方, 缴费义务人, 当事人, 申请人) and that party is a company or office on some rows and a
natural person on others; the row's other columns (联系人, 法定代表人, 联系电话) belong to
that party. On a unit's row the named contact and the landline are the unit's (its staff at
work, its switchboard: no private data); on a person's row they are the person's own.

- **Rows by their cells.** A text's lines are cut into cells (quoted CSV, tabs, pipes,
  a comma export, or runs of two spaces or more as aligned pages print them); lines of the
  same cutting and the same number of cells form one table, wherever they stand (a table
  printed over several pages with its header repeated is still one table).
- **The subject column** is the one column in which some rows hold a unit's name (a name
  ending in 公司, 厂, 研究所, 学院, 医院, 中心, 食堂 … and no 个体工商户 or 经营者) and others a
  person's (a name candidate that fills the cell, alone or with a bracket such as
  "（自然人）"); or a 类型 column whose cells read 单位/企业/法人 on some rows and
  个人/自然人 on others. Two such columns (a buyer and a seller, both mixed) leave the
  owner of the contacts unknown: nothing is changed.
- **A unit's row** (but one that reads 个体工商户 or 个人 anywhere: a keeper's business) loses the names and the landlines found in its other cells; a mobile
  stays (a mobile is read as somebody's own wherever it stands).
- **A person's row** keeps them; a landline filling one of its cells in a column of phones
  (where some row's cell holds a phone found) that no pass found is the person's.
- **XML records** carry the party's kind in an attribute (``<mf lx="法人">``,
  ``type="单位"``): the names and landlines inside such an element are the unit's, but
  for a line that carries a resident ID (an agent's own record: ``<Wtr xm=… sfzh=…/>``).

The pass runs only on a text naming a unit (公司, 单位, 法人 …) and with name candidates; it
cuts each line once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .headerroles import own_id_column
from .wordfind import lead_search

Candidate = tuple[int, int, str, float]

_GATE = ("公司", "单位", "法人", "企业", "研究", "学院", "大学", "医院", "中心", "厂", "食堂")
_UNIT_ENDS = (
    "公司",
    "集团",
    "厂",
    "研究所",
    "研究院",
    "学院",
    "学校",
    "大学",
    "中学",
    "小学",
    "幼儿园",
    "食堂",
    "医院",
    "卫生院",
    "中心",
    "协会",
    "学会",
    "商会",
    "委员会",
    "合作社",
    "联合社",
    "局",
    "银行",
    "支行",
    "分行",
    "事务所",
    "合伙企业",
    "企业",
)
_NOT_UNIT = ("个体", "经营者", "自然人")
_UNIT_KINDS = frozenset("单位 企业 法人 法人单位 企业法人 机构 组织 公司 非自然人".split())
_PERSON_KINDS = frozenset("个人 自然人 个体 个体户 个体工商户 居民 农户 公民".split())
_PERSON_REST = re.compile(r"[（(][^（()）]{1,8}[）)]")  # "X（自然人）"
_SPACED = re.compile(r"[ \u3000]{2,}")
_XML_UNIT = re.compile(
    r"<([A-Za-z_][\w.-]*)[^<>]*?=\s*[\"'](?:单位|企业|法人|法人单位|企业法人|机构|组织)[\"'][^<>]*>"
)
# the last sign of a unit's name or of a kind's word (a cell worth reading as a unit's)
_UNIT_LAST = frozenset("司团厂所院校学园堂心会社局行业位人构织）)")
_UNITS = ("u", "U")
_UNIT_TAIL = re.compile(
    r"[司团厂所院校学园堂心会社局行业位人构织）)](?:[ \u3000]?[\"\t|｜,]|[ \u3000]{2}|$)"
)
_CELL_EDGE = frozenset('"\t|｜, \u3000')
_ROW_MAX = 800  # a longer line is running text, not a register's row
_XML_GATE = re.compile(r"=[\"'](?:单位|企业|法人|机构|组织)")
_LANDLINE_CELL = re.compile(r"(?:[（(]0\d{2,3}[）)]|0\d{2,3})[- \u3000]?[2-9]\d{6,7}")
_STRIP = " \u3000\"'[]"


def _trimmed(parts: list[str], at: int, width: int) -> list[tuple[int, int]]:
    out, pos = [], at
    for part in parts:
        core = part.strip(_STRIP)
        if core:
            s = pos + len(part) - len(part.lstrip(_STRIP))
            out.append((s, s + len(core)))
        else:
            out.append((pos, pos))
        pos += len(part) + width
    return out


# a field of a JSON line's object: its value (a string's inside, or a bare number or word)
_JSON_VALUE = re.compile(r'"[^"\\\n]{1,40}"\s*:\s*(?:"([^"\\\n]*)"|([^\s,{}\[\]"][^,{}\[\]"]*))')


def _json_line(line: str) -> bool:
    """Whether ``line`` is one object of a JSON-lines export ({"xm": "…", "dh": "…"})."""
    return line[:1] == "{" and '":' in line


def _cells(line: str, at: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The cutting of ``line`` (which starts at ``at``) and its cells' spans, trimmed."""
    if _json_line(line):  # an export's record a line: its fields' values are its cells
        spans = [
            m.span(1) if m.group(1) is not None else m.span(2) for m in _JSON_VALUE.finditer(line)
        ]
        return ("j", [(at + s, at + e) for s, e in spans]) if len(spans) >= 3 else None
    if '","' in line:
        sep, parts, width = "q", line.split('","'), 3
    elif "\t" in line:
        sep, parts, width = "t", line.split("\t"), 1
    elif line.count("|") >= 2 or line.count("｜") >= 2:
        sep = "|" if line.count("|") >= 2 else "｜"
        parts, width = line.split(sep), 1
    elif line.count(",") >= 3:
        sep, parts, width = "c", line.split(","), 1
    elif "  " in line or "\u3000\u3000" in line:
        seps = _SPACED.findall(line)
        parts = _SPACED.split(line)
        out, pos = [], at
        for part, gap in zip(parts, [*seps, ""], strict=True):
            if part.strip(_STRIP):
                s = pos + len(part) - len(part.lstrip(_STRIP))
                out.append((s, s + len(part.strip(_STRIP))))
            pos += len(part) + len(gap)
        return ("s", out) if len(out) >= 3 else None
    else:
        return None
    return (sep, _trimmed(parts, at, width)) if len(parts) >= 3 else None


def _kind(text: str, s: int, e: int, name_at: dict[int, int]) -> str:
    """'u' a unit's name, 'p' a person's, 'U'/'P' a kind's word, '' anything else."""
    end = name_at.get(s)
    if end is not None and (end == e or _PERSON_REST.fullmatch(text, end, e)):
        return "p"
    cell = text[s:e]
    if not cell:
        return ""
    if cell in _UNIT_KINDS:
        return "U"
    if cell in _PERSON_KINDS:
        return "P"
    core = cell
    if cell[-1] in "）)":  # "（普通合伙）", "（有限合伙）"
        cut = max(cell.rfind("（"), cell.rfind("("))
        core = cell[:cut] if cut > 0 and len(cell) - cut <= 12 else cell
    if 4 <= len(core) <= 40 and core.endswith(_UNIT_ENDS) and "\u4e00" <= core[0] <= "\u9fff":
        if not any(w in cell for w in _NOT_UNIT) and not any(c.isdigit() for c in core):
            return "u"
    return ""


def _has_p(kinds: list[list[str]], j: int) -> bool:
    return any(k[j] == "p" for k in kinds)


def _owned(text, rows, kinds, party: int, name_at: dict[int, int]) -> bool:
    """Whether every other column of persons' names is the party's own: on the rows whose
    party is a person, such a cell is empty or repeats the party's name. A column naming
    someone else there (a lessee beside a lessor, a sender beside an addressee) is another
    party's, and the row's contacts may be theirs."""
    for row, kind in zip(rows, kinds, strict=True):
        if kind[party] != "p":
            continue
        ps, _ = row[party]
        own = text[ps : name_at[ps]]
        for j, (s, _end) in enumerate(row):
            if j != party and kind[j] == "p" and text[s : name_at[s]] != own:
                return False
    return True


def _table_units(text, rows: list[list[tuple[int, int]]], name_at: dict[int, int], phones):
    """The spans of the unit rows' cells outside their subject column, or []."""
    kinds = [[_kind(text, s, e, name_at) for s, e in row] for row in rows]
    width = len(rows[0])
    subject = []
    for j in range(width):
        col = [k[j] for k in kinds]
        if ("u" in col and "p" in col) or ("U" in col and "P" in col):
            subject.append(j)
    named = [j for j in subject if "u" in [k[j] for k in kinds]]
    typed = [j for j in subject if j not in named]
    if len(named) > 1 or len(typed) > 1 or not subject:
        return [], []  # two mixed parties: whose contacts these are is not read
    # the party's column: the mixed one, or (a 类型 column alone) the first with persons
    party = named[0] if named else next((j for j in range(width) if _has_p(kinds, j)), None)
    if party is None or not _owned(text, rows, kinds, party, name_at):
        return [], []
    units, persons = [], []
    # a column whose own ID heads another (负责人 beside 负责人身份证号码) is a person's own:
    # no unit prints its head's ID (``headerroles.own_id_column``)
    head = _header_above(text, rows[0][0][0], width)
    own = {j for j in range(width) if head and head[j] and own_id_column(head[j], head)}
    for row, kind in zip(rows, kinds, strict=True):
        if typed:
            unit = kind[typed[0]] == "U"
            if named and kind[named[0]] == "p":
                unit = False
        else:
            unit = kind[named[0]] == "u" and "P" not in kind  # (个体工商户: its keeper's)
        if unit:
            units += [span for j, span in enumerate(row) if j not in subject and j not in own]
        elif kind[party] == "p" or (typed and kind[typed[0]] == "P"):
            persons.append(row)
    # a person's row's cells in a column of phones (some row's cell there holds one)
    phoned = [j for j in range(width) if j != party and any(_holds(r[j], phones) for r in rows)]
    return units, [row[j] for row in persons for j in phoned]


def _header_above(text: str, at: int, width: int) -> list[str] | None:
    """The header row over the table row holding ``at``: the nearest of the five lines above
    cut into as many cells with no run of five digits (or None)."""
    end = text.rfind("\n", 0, at)
    for _ in range(5):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        got = _cells(line, start) if "身份" in line or "证件" in line else None
        if got is not None and len(got[1]) == width and not _FIVE.search(line):
            return [text[s:e].strip(" \u3000\"'*") for s, e in got[1]]
        end = start - 1
    return None


_FIVE = re.compile(r"\d{5}")


def _holds(span: tuple[int, int], phones: list[int]) -> bool:
    i = bisect_left(phones, span[0])
    return i < len(phones) and phones[i] < span[1]


def _candidate_lines(text: str, starts: list[int]) -> list[tuple[int, str]]:
    """The lines (with their offsets, none over ``_ROW_MAX``) holding ``starts``, once each."""
    out, line_end = [], -1
    for s in starts:
        if s <= line_end:
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", s)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start <= _ROW_MAX:
            out.append((line_start, text[line_start:line_end]))
    return out


def _cheap_key(line: str) -> tuple[str, int] | None:
    """How ``line`` would be cut, and roughly into how many cells (without cutting it)."""
    if _json_line(line):
        return "j", line.count('":')
    if '","' in line:
        return "q", line.count('","')
    if "\t" in line:
        return "t", line.count("\t")
    if line.count("|") >= 2:
        return "|", line.count("|")
    if line.count("｜") >= 2:
        return "｜", line.count("｜")
    if line.count(",") >= 3:
        return "c", line.count(",")
    if "  " in line or "\u3000\u3000" in line:
        return "s", 0
    return None


def _unit_evidence(text: str, rows: list[list[tuple[int, int]]], name_at) -> bool:
    """Whether a cell of ``rows`` is a unit's name or a kind's word (by its last sign first)."""
    for row in rows:
        for cs, ce in row:
            if ce > cs and text[ce - 1] in _UNIT_LAST and _kind(text, cs, ce, name_at) in _UNITS:
                return True
    return False


def _row_spans(text: str, name_at: dict[int, int], opening: list[int], phones: list[int]):
    """The spans of units' rows' cells, and of persons' rows' phone cells.

    Only lines where a name or a landline opens a cell are read (a row with neither has
    nothing to drop), and only the tables where a cell is a unit's or a party's kind."""
    groups: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for at, line in _candidate_lines(text, opening):
        key = _cheap_key(line) if len(line) > 8 else None
        if key is not None:
            groups.setdefault(key, []).append((at, line))
    tables: dict[tuple[str, int], list[list[tuple[int, int]]]] = {}
    for lines in groups.values():
        # a table worth cutting: three rows or more, one with a unit's sign before a cell's edge
        if len(lines) < 3 or not any(_UNIT_TAIL.search(line) for _, line in lines):
            continue
        for at, line in lines:
            cut = _cells(line, at)
            if cut is not None:
                tables.setdefault((cut[0], len(cut[1])), []).append(cut[1])
    spans, persons = [], []
    for rows in tables.values():
        if len(rows) >= 3 and _unit_evidence(text, rows, name_at):
            units, own = _table_units(text, rows, name_at, phones)
            spans += units
            persons += own
    return spans, persons


def _xml_spans(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """The lines inside XML elements typed as a unit's, but those holding a resident ID."""
    spans = []
    ids = [s for s, _, k, _ in cands if k == "id_card"]
    for m in _XML_UNIT.finditer(text):
        close = text.find(f"</{m.group(1)}>", m.end())
        at = m.end()
        while 0 < at < close:  # line by line: a person's own record inside stays theirs
            end = text.find("\n", at, close)
            end = close if end < 0 else end
            if not any(at <= s < end for s in ids):
                spans.append((at, end))
            at = end + 1
    return spans


def subject_contacts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the names and landlines of units' rows (module docstring)."""
    if not any(w in text for w in _GATE):
        return cands
    name_at, phones, opening = {}, [], []
    for start, end, kind, _ in cands:
        if kind == "name":
            name_at[start] = end
        elif kind == "mobile":
            phones.append(start)
            continue
        elif kind != "landline":
            continue
        else:
            phones.append(start)
        if text[start - 1 : start] in _CELL_EDGE:  # a name or landline opening a cell
            opening.append(start)
    if not name_at:
        return cands
    phones.sort()
    opening.sort()
    spans, persons = _row_spans(text, name_at, opening, phones)
    if "<" in text and lead_search(_XML_GATE, "=", text):
        spans += _xml_spans(text, cands)
    if not spans:
        return cands
    spans.sort()
    starts = [s for s, _ in spans]
    out = []
    for cand in cands:
        start, end, kind, _ = cand
        if kind in ("name", "landline"):
            i = bisect_right(starts, start) - 1
            if i >= 0 and spans[i][0] <= start and end <= spans[i][1]:
                continue
        out.append(cand)
    # a landline filling a cell of a person's row, which no pass found, is the person's
    taken = sorted((c[0], c[1]) for c in cands) if persons else []
    for s, e in persons:
        if _LANDLINE_CELL.fullmatch(text, s, e):
            i = bisect_left(taken, (e,))
            if not any(taken[j][1] > s for j in range(i - 3 if i > 3 else 0, i)):
                out.append((s, e, "landline", 0.85))
    return out
