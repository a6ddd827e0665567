"""A learned judgement of "acts in office" for a name in a table's cell or an export's field
(issue 16, privfix16cc): the features the model reads. Measured by ``train_office.py`` and
**not wired into the scanner** (see the README section "A learned judgement of 'acts in
office'" of ``gongkai/privacy/README.md``); kept here as the record.

The hand rules (``servicestaff``, ``servingposts``, ``staffrosters`` …) each read one
domain's post words; an unseen set brings new ones (网格员, 包保教师, 回访人, 政审人员). This
model reads the *shape* of the context instead, so that it may carry to unseen words:

- **the header over the name** (a delimited table's header row, a table aligned with
  spaces or one cell a line, ``columnheads.header_over``) or **the export's key**
  (``"hfr": "…"``, ``<回访人>…</回访人>``, ``jbr="…"``) and its parent XML tag; a pinyin
  key is read through ``keymeaning`` (its holder: staff, unit, person, contact). The
  header's 姓名/签名/签字 and numbering are cut; its last one, two and three characters
  (员, 师, 医生, 干部, 主任, 人) and its first one and two (包, 驻, 走访, 审) are features;
- **the row**: how many of its header cells name persons, the column's place among them
  (the first person column is mostly the row's subject), whether an earlier cell of the
  row already holds a person, and whether a cell of the row names a unit (村委会, 派出所,
  卫生院 …).

- **the next cell**: a mobile or a mailbox there (the post's holder listed as a contact).

``features(..., gate=True)`` returns None early for a name with no person before it in its
row or record (the pass that was tried judged only those: ``judged``); the cheap tests
come first, as a late pass would need (+21 M instructions measured when wired).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from gongkai.privacy.columnheads import header_over
from gongkai.privacy.keymeaning import meaning
from gongkai.privacy.unitcolumns import row_position, rows_above

_SEPARATORS = ("\t", "|", "｜", "│", ",")
_DATA = re.compile(r"\d{5}")
# a header row holds one of these (a row of data holds names and numbers)
_HEAD_WORDS = re.compile(r"姓名|名称|序号|编号|电话|人|员|者|师|时间|日期|备注|情况|单位")
# the name's own part of a header, cut off to leave the role: 网格员姓名 → 网格员
_NAME_TAIL = re.compile(r"(?:[(（][^)）]{0,8}[)）])?(?:姓名|名字|签名|签字|名)?[0-9一二三１２３]?$")
# a header naming a person (its holder), for the row's person columns
_PERSON_HEAD = re.compile(r"姓名|名字|签名|签字|[人员者师生长任官警属医]$|对象$|户主$")
# a cell naming a unit
_UNIT_CELL = re.compile(
    r"(?:村委会|居委会|委员会|社区|派出所|卫生院|卫生室|医院|学校|小学|中学|幼儿园|公司|中心|"
    r"[局所站院队办厅处科]|街道|政府)$"
)
# an export's key before the value: "key": "…, <key …>…, key="…
_EXPORT_KEY = re.compile(
    r'(?:"([^"\n]{1,24})"\s*:\s*"|<([^<>/\s]{1,24})(?:\s[^<>]*)?>|\s([^\s=<>"]{1,24})=")'
    r'[^"<>\n]{0,30}$'
)
_OPEN_TAG = re.compile(r"<([^<>/\s!?]{1,24})(?:\s[^<>]*)?>\s*\n")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_VALUE = re.compile(r'(?<=[>"])([^<>"\n]{2,30})(?=[<"])')
_WIDE = re.compile(r" {2,}|\u3000+|\t")
# the next cell or field after the name holds a mobile or a mailbox: the post's holder is
# listed as a contact person with their own number (承办人 beside 承办人手机)
_OWN_CONTACT = re.compile(
    r'["\']?\s*(?:[,\t|｜]|\n|"\s*,\s*"[^"\n]{1,24}"\s*:)\s*"?'
    r"(?:1[3-9]\d{9}(?!\d)|[\w.\-]+@)"
)
_SERIAL = re.compile(r"\d{1,4}[.、．]?")


def _role(header: str) -> str:
    header = header.strip(" \u3000\t\"'*：:")
    role = _NAME_TAIL.sub("", header)
    return role or header


def _word_features(prefix: str, word: str, out: list[str]) -> None:
    if not word:
        return
    for k in (1, 2, 3):
        if len(word) >= k:
            out.append(f"{prefix}-{word[-k:]}")
    for k in (1, 2):
        if len(word) > k:
            out.append(f"{prefix}+{word[:k]}")


def _export(text: str, start: int) -> tuple[str, str] | None:
    """(key, parent tag) of the export field holding ``start``."""
    m = _EXPORT_KEY.search(text, max(0, start - 80), start)
    if m is None:
        return None
    key = m.group(1) or m.group(2) or m.group(3)
    parent = ""
    lo = max(0, m.start() - 600)
    for p in _OPEN_TAG.finditer(text, lo, m.start() + 1):
        parent = p.group(1)
    return key, parent


def _key_features(key: str, parent: str, out: list[str]) -> None:
    out.append("kind:key")
    if ":" in key:
        key = key.rsplit(":", 1)[1]
    if _HAN.search(key):
        _word_features("h", _role(key), out)
    else:
        holder, datum, _role_word = meaning(key)
        out.append(f"kh:{holder or '-'}")
        out.append(f"kd:{datum or '-'}")
        low = key.lower().replace("_", "")
        out.append(f"kl-{low[-2:]}")
        out.append(f"kl-{low[-4:]}")
        out.append(f"kl+{low[:2]}")
    if parent:
        if _HAN.search(parent):
            _word_features("p", parent, out)
        else:
            out.append(f"pk:{meaning(parent)[0] or '-'}")


def _header_row(text: str, line_start: int, sep: str, memo: dict) -> list[str] | None:
    """The header cells of the delimited table whose row starts at ``line_start``: the
    nearest line above with the separator, no number of five digits and a header's word
    (remembered by line start in ``memo`` for the rows below)."""
    found = None
    seen = []
    pos = line_start
    for line in rows_above(text, line_start, most=40):
        pos -= len(line) + 1
        if (sep, pos) in memo:
            found = memo[(sep, pos)]
            break
        if sep in line and not _DATA.search(line) and _HEAD_WORDS.search(line):
            found = [c.strip(" \u3000\"'*") for c in line.split(sep)]
            break
        seen.append(pos)  # a row between: its header is the same
    for p in seen:
        memo[(sep, p)] = found
    memo[(sep, line_start)] = found
    return found


def _row_features(
    text: str, start: int, place: tuple[int, str, int], out: list[str], memo: dict
) -> str | None:
    """The delimited row's features; returns the header cell over ``start`` (or None)."""
    line_start, sep, index = place
    header = _header_row(text, line_start, sep, memo)
    if header is None or index >= len(header):
        return None
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    cells = text[line_start:line_end].split(sep)
    people = [k for k, h in enumerate(header) if h and _PERSON_HEAD.search(h)]
    rank = sum(1 for k in people if k < index)
    out.append(f"prank:{min(rank, 2)}")
    out.append(f"pcols:{min(len(people), 4)}")
    unit = any(_UNIT_CELL.search(c.strip(" \u3000\"'")) for c in cells)
    out.append(f"unitcell:{int(unit)}")
    if rank:
        _word_features("f", _role(header[people[0]]), out)
    return header[index]


def _earlier(persons: list[tuple[int, int]], lo: int, start: int) -> bool:
    k = bisect_left(persons, (lo, 0))
    return k < len(persons) and persons[k][0] < start


def _record_start(text: str, start: int, line_start: int) -> int:
    """Where the record of an export's field begins: its line when the line holds a record
    of keys (a JSON line), else the lines above up to a blank line (600 signs at most)."""
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count('":') + line.count("</") > 2:
        return line_start
    lo = max(0, start - 600)
    blank = text.rfind("\n\n", lo, start)
    return blank + 2 if blank >= 0 else lo


def _stacked_record(text: str, line_start: int) -> tuple[int, list[str]]:
    """(start, cells) of a record one cell a line above the line at ``line_start``: up to a
    blank line or a serial's line, eight lines at most."""
    lo, cells = line_start, []
    for _ in range(8):
        if lo == 0:
            break
        prev = text.rfind("\n", 0, lo - 1) + 1
        cell = text[prev : lo - 1].strip(" \u3000\t")
        if not cell or _SERIAL.fullmatch(cell):
            break
        cells.append(cell)
        lo = prev
    return lo, cells


def features(
    text: str,
    start: int,
    end: int,
    persons: list[tuple[int, int]],
    memo: dict | None = None,
    *,
    gate: bool = False,
) -> list[str] | None:
    """The features of the name at ``start``–``end`` in a table's cell or an export's field,
    ``persons`` the text's name spans (sorted); None where the name has no header or key
    (or, with ``gate``, no person before it in its row or record: ``judged`` is false)."""
    memo = {} if memo is None else memo
    out: list[str] = []
    exp = _export(text, start)
    if exp is not None:
        line_start = text.rfind("\n", 0, start) + 1
        earlier = _earlier(persons, _record_start(text, start, line_start), start)
        if gate and not earlier:
            return None
        key, parent = exp
        _key_features(key, parent, out)
        out.append(f"earlier:{int(earlier)}")
        values = _VALUE.findall(text, line_start, start)
        out.append(f"unitcell:{int(any(_UNIT_CELL.search(v) for v in values))}")
        out.append(f"ownphone:{int(_OWN_CONTACT.match(text, end) is not None)}")
        return out
    line_start = text.rfind("\n", max(0, start - 600), start) + 1
    if line_start == 0 and start > 600:
        return None  # a line too long for a table's row
    place = row_position(text, start, _SEPARATORS)
    header = None
    if place is not None:
        earlier = _earlier(persons, line_start, start)
        if gate and not earlier:
            return None
        header = _row_features(text, start, place, out, memo)
    if header is None:
        out.clear()
        before = text[line_start:start]
        if before.strip(" \u3000\t"):  # a row aligned with spaces, else prose
            earlier = _earlier(persons, line_start, start)
            if (gate and not earlier) or _WIDE.search(before) is None:
                return None
            line_end = text.find("\n", start)
            cells = _WIDE.split(text[line_start : line_end if line_end >= 0 else len(text)])
        else:  # one cell a line
            lo, cells = _stacked_record(text, line_start)
            earlier = _earlier(persons, lo, start)
            if gate and not earlier:
                return None
        header = header_over(text, start, end, _HEAD_WORDS)
        if header is None:
            return None
        out.append("kind:cell1")
        out.append(f"unitcell:{int(any(_UNIT_CELL.search(c.strip()) for c in cells))}")
    else:
        out.append("kind:cell")
    out.append(f"earlier:{int(earlier)}")
    out.append(f"ownphone:{int(_OWN_CONTACT.match(text, end) is not None)}")
    role = _role(header)
    if not role or not _HAN.search(role):
        return None
    out.append(f"named:{int(role != header.strip())}")
    _word_features("h", role, out)
    return out


def judged(feats: list[str] | None) -> bool:
    """Whether the pass judges a name of these features: one in a cell or a field with a
    person before it in its row or record (a row's first person is its subject)."""
    return feats is not None and "earlier:1" in feats


def margin(feats: list[str], weights: dict[str, float], bias: float) -> float:
    """The model's log-odds that the name acts in office."""
    return bias + sum(weights.get(f, 0.0) for f in feats)


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0
