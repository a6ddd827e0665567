"""Whose field it is in exports and spreadsheets of persons: the office's part of a
person's record (issue 16, docs159–docs161, privfix16cd). Called last from ``lastpasses``.

A register of persons (an XLSX sheet saved as TSV/CSV, an XML export) gives beside each
row's person the member of staff who serves or checks them and that member's office line.
Neither is the row's person's. Four readings, each of the record's structure:

- **A column and its own phone column in a sheet** (``_sheets``): a header row (cells
  split by tabs, commas or bars, no digit, under a title and a unit's line or not) holds a
  column C whose header's head names a holder of an office (…员, 干部, 主任, 负责人,
  经办人 …; no relative, carer, contact or applicant) and a phone column whose header is C's
  head (or C) + a phone word (委员电话 beside 专职委员). When that phone column holds
  office lines (landlines with an area code or an extension, no mobile) in the rows, and the
  rows name their own person left of C, C's names and the column's landlines are the office's
  staff's. A relative's column or a post whose holder gives a mobile keeps its names.
- **An XML group holding a unit** (``_groups``): an element whose children are leaves and
  hold a unit's name as a value (…站, …局, …中心), a name and an office line, but no ID
  number, address, card or mobile, is the unit's member reached at the unit: read from what
  the group holds, not from its tag (a tag or a child key of a person's role or kin, 配偶,
  家庭成员, keeps its person: an employer's name in a relative's group).
- **A name key whose sibling phone key names its unit** (ysr beside ysdwdh: the same
  prefix, then a unit's word and a phone's; a prefix of a person's role, po beside podwdh,
  is the spouse's work): the prefix's party acts for a unit; names under a key the
  reader reads as staff (``<ysry>甲、乙</ysry>`` 验收人员, ``shr``) are the office's
  staff's, whatever reads them (a list of names in prose), unless the record gives an ID,
  a home or a card under a staff word (``jbrsfzh``: jbr is 举报人 too); and a phone
  leaf right after a staff member's name leaf (keys the export reader reads as staff:
  ``slr``) whose key names no person, home or contact is that member's desk.
- **A key of no names** (``_wordy_keys``): a pinyin key ending in xm (姓名 and 项目 alike)
  whose values over three records or more mostly open with no surname (坡道, 淋浴座椅) holds
  words; units' names, non-Chinese and dotted names are not counted against it.
- **A cell's note naming the unit that forwards the call** ("0xxx-…（某某服务站代转）").

Speed: the sheet reader runs only on texts with a tab, comma or bar line holding a phone
word; the XML readers only when the text opens with a tag.
"""

from __future__ import annotations

import re

from . import validators as _v
from .keymeaning import meaning, parts
from .kinprose import _LONG_KIN
from .recordparts import _FORMER, _IN_OFFICE, _POST_KEY
from .reportkeys import reported
from .wordfind import lines as text_lines

Candidate = tuple[int, int, str, float]

_PHONE_WORD = re.compile(r"电话|手机|座机|固话|联系方式")
_PHONE_HEAD = re.compile(r"(.{1,12}?)(?:联系|办公)?(?:电话|手机|座机|固话|联系方式)(?:号码)?")
# a holder of an office as a header's head (委员, 网格员, 驻村干部, 经办人 …)
_HOLDER = re.compile(
    r"(?:(?<![成会学队党社演船海乘职驶练动])员|干部|专干|主任|书记|干事|医生|民警|警官|教师|老师|"
    r"站长|所长|组长|社工|负责人|经办人|受理人|审核人|验收人|调查人|办理人|承办人)$"
)
_PRIVATE = re.compile(r"监护|照护|代收|代领|代办|联系|家属|亲属|申请|委托|对象|本人|户主|家长|紧急")
_KIN = frozenset(_LONG_KIN)
_DIGIT = re.compile(r"\d")
_MOBILE = re.compile(r"1(?<!\d1)[3-9]\d{9}(?!\d)")
_OFFICE_LINE = re.compile(r"(?:[(（]?0\d{2,3}[)）]?[-－ ]?)\d{7,8}(?:转\d{1,5})?|\d{7,8}转\d{1,5}")
_STRIP = " \u3000\"'*"


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Spans of ``line``'s cells split at ``sep`` (a bar row's outer bars dropped)."""
    spans = []
    pos = 0
    for piece in line.split(sep):
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if sep == "|" and spans and not line[: spans[0][1]].strip():
        spans = spans[1:]
    if sep == "|" and spans and not line[spans[-1][0] :].strip():
        spans = spans[:-1]
    return spans


def _holder_head(cell: str) -> bool:
    return (
        bool(cell)
        and _HOLDER.search(cell) is not None
        and not _PRIVATE.search(cell)
        and not _PHONE_WORD.search(cell)
        and cell not in _KIN
    )


def _pairs(cells: list[str]) -> list[tuple[int, int]]:
    """(holder column, its phone column) pairs of a header row."""
    out = []
    for j, head in enumerate(cells):
        m = _PHONE_HEAD.fullmatch(head)
        if m is None:
            continue
        owner = m.group(1)
        if len(owner) < 2:
            continue
        for i, cell in enumerate(cells):
            if i != j and cell.endswith(owner) and _holder_head(cell):
                out.append((i, j))
                break
    return out


def _sheet_rows(text: str, lines: list[tuple[int, int]], k: int, sep: str, width: int):
    """The data rows under the header line ``k``: lines split by ``sep`` into ``width``
    cells (a blank line or one of another width ends them)."""
    rows = []
    for lo, hi in lines[k + 1 :]:
        line = text[lo:hi]
        spans = _cells(line, sep)
        if len(spans) != width:
            if not line.strip() or set(line.strip()) <= set("-:| "):
                if rows:
                    break
                continue
            break
        rows.append([(lo + a, lo + b) for a, b in spans])
    return rows


def _sheets(text: str, names: list[Candidate]) -> tuple[set[int], list[tuple[int, int]]]:
    """Name starts and phone cells of office staff's columns in the text's sheets."""
    drop: set[int] = set()
    phone_cells: list[tuple[int, int]] = []
    split, starts = text_lines(text)  # (wordfind: split once a scan)
    lines = [(pos, pos + len(line)) for pos, line in zip(starts, split, strict=True)]
    name_starts = sorted(c[0] for c in names)
    for k, (lo, hi) in enumerate(lines):
        line = text[lo:hi]
        if _DIGIT.search(line) or not _PHONE_WORD.search(line):
            continue
        sep = "\t" if "\t" in line else "|" if "|" in line else "," if "," in line else ""
        if not sep:
            continue
        spans = _cells(line, sep)
        cells = [line[a:b].strip(_STRIP) for a, b in spans]
        if sum(1 for c in cells if c) < 4:
            continue
        pairs = _pairs(cells)
        if not pairs:
            continue
        rows = _sheet_rows(text, lines, k, sep, len(spans))
        if len(rows) < 2:
            continue
        for i, j in pairs:
            offices = mobiles = filled = own = 0
            for row in rows:
                value = text[row[j][0] : row[j][1]].strip(_STRIP)
                if value:
                    filled += 1
                    if _MOBILE.search(value):
                        mobiles += 1
                    elif _OFFICE_LINE.match(value):
                        offices += 1
                left = row[min(i, j)][0]
                if any(row[0][0] <= s < left for s in name_starts):
                    own += 1
            if mobiles or offices < 2 or 3 * offices < 2 * filled or 2 * own < len(rows):
                continue
            for row in rows:
                a, b = row[i]
                drop.update(s for s in name_starts if a <= s < b)
                phone_cells.append(row[j])
    return drop, phone_cells


# an XML element's tag (open, close or empty)
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.\-:]*)((?:\s[^<>]*?)?)(/?)>")
# a unit's name as a value
_UNIT_VALUE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}?(?:站|局|所|中心|委员会|委会|办公室|办事处|办|院|科|股|处|队|"
    r"协会|联合会|残联|街道|政府|窗口|大厅|公司)"
)
# a group's tag in Chinese naming a private person's kin, role or household
_PRIVATE_TAG = re.compile(rf"{_PRIVATE.pattern}|成员|配偶|家庭|子女|父|母")
_PRIVATE_KINDS = ("id_card", "address", "bank_card", "mobile")
_STAFF_PRIVATE = frozenset((("staff", "id"), ("staff", "address"), ("staff", "card")))


def _leaves_and_groups(text: str):
    """The XML's groups: (tag, lo, hi, leaves) with leaves (key, value start, value end) the
    group's direct children that hold text; groups holding other groups keep their leaves."""
    groups = []
    stack: list[list] = []  # [tag, open end, leaves, has subgroup]
    for m in _TAG.finditer(text):
        if m.group(4):  # an empty element: its attributes are a leaf of no span
            continue
        tag = m.group(2)
        if not m.group(1):
            stack.append([tag, m.end(), [], False, m.start()])
            continue
        while stack and stack[-1][0] != tag:
            stack.pop()
        if not stack:
            continue
        top = stack.pop()
        if top[2] or top[3]:
            groups.append((tag, top[4], m.end(), top[2]))
            if stack:
                stack[-1][3] = True
        elif stack:
            stack[-1][2].append((tag, top[1], m.start()))
    return groups


def _held_post(key: str, value: str) -> bool:
    """A post's field (zw, 职务) holding a post in office now (某镇党委委员, 村主任): the
    group is an official's, reached at the office line beside it (``<tjr><xm>…</xm>
    <zw>某镇党委委员</zw><dh>0xxx-…</dh></tjr>``, a recommending official)."""
    return (
        _POST_KEY.fullmatch(key.lower()) is not None
        and _IN_OFFICE.search(value) is not None
        and not _FORMER.search(value)
    )


def _inside(cands: list[Candidate], a: int, b: int) -> list[Candidate]:
    return [c for c in cands if a <= c[0] and c[1] <= b]


# a key ending in a phone's word whose other parts the reader does not know (ckdh)
_PHONE_KEY = re.compile(r"(?:dh|dianhua|tel|Tel|TEL|phone|Phone)$")
_NAME_END = re.compile(r"(?:_?(?:xm|name|Name|NAME)|r)$")


def _groups(text: str, cands: list[Candidate]) -> tuple[set[int], set[int]]:
    """Name starts and landline starts of staff in the export's groups and records."""
    names: set[int] = set()
    lines: set[int] = set()
    for tag, lo, hi, leaves in _leaves_and_groups(text):
        held = _inside(cands, lo, hi)
        kinds = {c[2] for c in held}
        # a group holding a unit's name, a name and a landline, and nothing of a private person's
        if (
            "name" in kinds
            and not kinds.intersection(_PRIVATE_KINDS)
            and any(_OFFICE_LINE.fullmatch(text[a:b].strip()) for _k, a, b in leaves)
            and meaning(tag)[0] not in ("person", "contact")
            and not _PRIVATE_TAG.search(tag)
            and all(meaning(k)[0] not in ("person", "contact") for k, _a, _b in leaves)
            and any(
                _UNIT_VALUE.fullmatch(text[a:b].strip()) or _held_post(k, text[a:b])
                for k, a, b in leaves
            )
        ):
            names.update(c[0] for c in held if c[2] == "name")
            lines.update(c[0] for c in held if c[2] == "landline")
            continue
        keys = [k for k, _a, _b in leaves]
        # a staff word giving an ID or a home (jbrsfzh, jbrzz) names a private person (举报人)
        # and so does a relation beside it (handlerRelation 配偶: the patient's kin)
        private_staff = any(meaning(k)[:2] in _STAFF_PRIVATE for k in keys) or any(
            text[a:b].strip() in _KIN or "关系" in text[a:b] for _k, a, b in leaves
        )
        reporter = _sole_reporter(text, leaves) or reported(keys)
        for n, (key, a, b) in enumerate(leaves):
            found = [c for c in held if a <= c[0] and c[1] <= b and c[2] == "name"]
            holder = meaning(key)
            staff = holder[0] == "staff" and holder[1] in ("name", "")
            if staff and reporter and parts(key) == ["jbr"]:
                continue  # <JBR> beside <ZJHM>: the 举报人 (``_sole_reporter``)
            if staff and found and not private_staff:
                # <ysry>甲、乙</ysry>: the office's staff; not a keeper inside a trade name
                # (<SHR>某市X烟花店</SHR>, 收货人 read as 审核人's shr: privfix22b)
                names.update(c[0] for c in found if not _TRADE_PLACE.search(text, a, c[0]))
            if not staff:
                m = _NAME_END.search(key)
                prefix = key[: m.start()] if m else ""
                if len(prefix) >= 2 and meaning(prefix)[0] == "" and meaning(key)[0] == "":
                    for other in keys:
                        if other != key and other.startswith(prefix):
                            rest = meaning(other[len(prefix) :])
                            if rest[0] == "unit" and rest[1] == "phone":
                                staff = True
                                for k2, a2, b2 in leaves:
                                    if k2 == other:
                                        lines.update(c[0] for c in _inside(held, a2, b2))
                if staff:
                    names.update(c[0] for c in found)
            if staff and n + 1 < len(leaves):
                nxt, a2, b2 = leaves[n + 1]
                who, datum, _role = meaning(nxt)
                words = parts(nxt)
                if (
                    (datum == "phone" or _PHONE_KEY.search(nxt) is not None)
                    and who in ("", "unit", "staff")
                    and not {"lx", "lianxi"}.intersection(words)
                    and text.find("\n", b, a2) < 0
                ):
                    lines.update(c[0] for c in _inside(held, a2, b2) if c[2] == "landline")
    return names, lines


# a place word right before a name inside a value: the name opens a trade name (某市X烟花店)
_TRADE_PLACE = re.compile(r"[\u4e00-\u9fff](?:县|市|区|镇|乡|街道)$")


def _sole_reporter(text: str, leaves: list[tuple[str, int, int]]) -> bool:
    """``jbr`` is a 经办人's initials and a 举报人's alike (``xmltables._sole_holder``): in a
    group naming no person under another key (xm, sqr, a person's name) and holding an
    identity number under a key of no holder (zjhm, sfzh), the number is jbr's, so jbr is
    the record's person (a report's reporter), no clerk; other staff keys (spr) stay."""
    has_id = False
    for key, a, b in leaves:
        holder, datum, _role = meaning(key)
        if holder == "staff":
            continue
        if datum == "name" or (holder == "person" and datum == ""):
            return False
        if (holder, datum) == ("", "id") and _DIGIT.search(text, a, b):
            has_id = True
    return has_id and any(parts(k) == ["jbr"] for k, _a, _b in leaves)


_SURNAMES = frozenset(_v.SURNAMES | _v.RARE_SURNAMES)
_COMPOUND = tuple(_v.COMPOUND_SURNAMES)


def _surnamed(value: str) -> bool:
    """A name's opening (or a value the test cannot judge: not Chinese, a dotted name)."""
    if not value or not "\u4e00" <= value[0] <= "\u9fff" or "·" in value:
        return True
    return value[0] in _SURNAMES or value.startswith(_COMPOUND)


def _wordy_keys(text: str, cands: list[Candidate]) -> set[int]:
    """Name starts under a key whose values mostly open with no surname (a project's
    items under ``gzxm``): the key holds words, not names."""
    by_key: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"<([A-Za-z_][\w.\-]*)>([^<>\n]{1,20})</\1>", text):
        by_key.setdefault(m.group(1), []).append((m.start(2), m.end(2)))
    starts = {c[0]: c for c in cands if c[2] == "name"}
    drop: set[int] = set()
    for key, spans in by_key.items():
        # pinyin xm is 姓名 and 项目 alike; a key of parties (persons and units) is no list
        # of words
        if not key.endswith("xm") or not any(a in starts for a, _b in spans):
            continue
        values = [text[a:b].strip() for a, b in spans]
        values = [v for v in values if not _UNIT_VALUE.fullmatch(v)]
        if len(values) < 3:
            continue
        if 2 * sum(map(_surnamed, values)) < len(values):
            drop.update(a for a, _b in spans if a in starts)
    return drop


# a note right after a number naming the unit that holds or forwards it
_FORWARD_NOTE = re.compile(rf"[（(]{_UNIT_VALUE.pattern}(?:代转|转接|转达|代接|转)?[）)]")


def acting_parts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names and landlines of staff in persons' sheets and exports, the
    names under keys of words and the landlines a unit's note claims (module docstring)."""
    names = [c for c in cands if c[2] == "name"]
    if not names and not any(c[2] == "landline" for c in cands):
        return cands
    drop_names: set[int] = set()
    drop_lines: set[int] = set()
    if _PHONE_WORD.search(text) and ("\t" in text or "," in text or "|" in text):
        found, cells = _sheets(text, names)
        drop_names |= found
        for a, b in cells:
            drop_lines.update(c[0] for c in cands if c[2] == "landline" and a <= c[0] < b)
    head = text.lstrip()[:1]
    if head == "<":
        found, lines = _groups(text, cands)
        drop_names |= found
        drop_lines |= lines
        drop_names |= _wordy_keys(text, cands)
    for c in cands:
        if c[2] == "landline" and text.startswith(("（", "("), c[1]):
            if _FORWARD_NOTE.match(text, c[1]):
                drop_lines.add(c[0])
    if not drop_names and not drop_lines:
        return cands
    return [
        c
        for c in cands
        if not (c[2] == "name" and c[0] in drop_names)
        and not (c[2] == "landline" and c[0] in drop_lines)
    ]
