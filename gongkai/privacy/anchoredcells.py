"""A name-shaped cell on a line that holds a person's own data (issue 16).

Whatever the layout — tab or comma exports, pipe or ｜ rows, box-drawn tables, numbered
records, JSON or XML values — a line that carries a person's ID, phone, card, travel
document, mailbox or home address is that person's record. A cell of that line (the run
between separators) that is wholly a name by the name model (``namemodel.score`` of a
known surname with given-name characters, a compound surname, a dotted name) is the
record's person or a relative named in it. The later passes still drop officials acting
in office and units (``officenames``, ``refine``).

A cell is no person of the record (``_not_a_person``) when it is

- an official's or caseworker's: under a column headed by a post (包户干部, 帮扶责任人,
  督办人, 经手人, 法定代表人 …: ``columnheads.header_over``, any layout), led by a post or
  a unit in its own cell or label ("村委委员 X", "乡综治中心 X", "办案民警：A、X",
  "│督办人 │X"), or noted with a unit or a post ("X（县住建局）", "X（村支书）");
- a company's representative: its line names a company or holds a unified social credit
  code (an individual business's operator, 个体 / 自然人, stays a person);
- the contact of a unit's phone: a note right after a landline ("0731-…（X）"), or the
  line's only anchor a landline that no home word marks and no label gives to the cell;
- a display name in a mail header before a unit's mailbox (.gov.cn, .edu.cn, .org.cn),
  or of no known surname (the mail-header pass, ``mailnames``, decides those);
- a place: an estate's or village's name (文昌苑, 李家庄), a dotted pair of places
  (云南·怒江).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import namemodel
from .columnheads import header_over
from .headerroles import STAFF_WORDS, UNIT_STAFF
from .keycolumns import acting_for_unit
from .unitheads import public_head
from .xmltables import field_header

Candidate = tuple[int, int, str, float]

_ANCHORS = frozenset(
    ("id_card", "mobile", "bank_card", "passport", "permit", "residence", "email", "landline")
)
# a cell of three to eight Han signs (a dotted name's too) between the separators of
# cells, labels and brackets, its numbering read past ("1.", "①"): one search in C a line
_SEP = "\t|｜│┃,，\"'；;、/／ \u3000：:（）()【】\\[\\]{}<>《》="
_CELL = re.compile(
    rf"[{_SEP}\n](?:[0-9０-９]{{1,4}}[．.、]|[①-⑳])?([\u4e00-\u9fff·]{{3,8}})(?=[{_SEP}\n]|$)"
)
_FIRST = re.compile(
    rf"(?:[0-9０-９]{{1,4}}[．.、]|[①-⑳])?([\u4e00-\u9fff·]{{3,8}})(?=[{_SEP}\n]|$)"
)  # (the text's first cell)
_LONGEST = 600  # a longer line is a paragraph, no record's row (as ``unitcolumns.rows_above``)
_LEAST = 0.9

# a post or a unit ending the text before the cell (its label or the same cell)
_POST = (
    r"干部|专干|专管员|管理员|协管员|干事|民警|警官|辅警|公证员|医生|医师|村医|护士|教师|老师|"
    r"督办人?|包案人?|包保人|包户人|帮扶人|责任人|委员|书记|支书|主任|"
    r"[村镇乡组站所局科股处院校]长|会计|出纳|网格员|工作人员|对接人员?|执法人员|办案人员?|"
    r"经办人|承办人|经手人|审核人|人大代表|党代表|法定代表人|法人代表"
)
_LEAD_POST = re.compile(rf"(?:{_POST})[（(][^（()）\n]{{0,6}}[）)]$|(?:{_POST})$")
_LEAD_UNIT = re.compile(r"(?:中心|司法所|派出所|财政所|政府|村委会?|居委会?|[局站院办委科股处])$")
_LEAD_TRIM = " \u3000\t|｜│┃:：\"'"
_LISTED = re.compile(r"(?:[\u4e00-\u9fff·]{2,8}[、，,][ \u3000]*)+$")
# a note after the cell naming a unit or a post: "X（县住建局）", "X（村支书）"
_NOTE = re.compile(r"[（(]([^（()）\n]{1,16})[）)]")
_NOTE_POST = re.compile(
    rf"(?:{_POST}|局|所|站|院|办|委|政府|中心|公司|镇|乡|街道|村委会|居委会|会长|理事)$"
)
# a column headed by an official's, a caseworker's or a company's post
_HEAD_ROLE = re.compile(
    r"干部|责任人|帮扶人|包[户案村保联]|督办|专干|专管员|经办|承办|经手|记账|会计|出纳|审核|"
    r"审批|复核|民警|医生|管理员|网格员|书记|主任|干事|代表人|法人|工作人员|对接人|调查人|记录人|"
    # a contract party's head (流入方负责人: ``headerroles.party_head``), not one that may
    # be the party itself (流入方负责人/经营者)
    r"[\u4e00-\u9fff]方负责人(?![/／、或])|"
    + STAFF_WORDS  # 复查人, 处理人员, 回访人: the office's staff (headerroles)
    + "|"
    + UNIT_STAFF  # 学校陪餐人员, 院方代表 (headerroles)
)
_COMPANY = re.compile(
    r"公司|集团|(?<![0-9A-Z])(?=[0-9]{0,16}[A-Z])"  # (a letter before its last: no ID number)
    r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"
)
_INDIVIDUAL = re.compile(r"个体|自然人|个人独资")
_UNIT_MAIL = (".gov.cn", ".edu.cn", ".org.cn")
_MAIL_AFTER = re.compile(r"[\"”]?[ \u3000]*<([^<>@\s]+@[^<>\s]+)>")
_AFTER_LANDLINE = re.compile(r"(?:0\d{2,3}[-－ ]?|[（(]0\d{2,3}[)）])\d{7,8}[（(]$")
_HOME = re.compile(r"住宅|家|宅电|本人|个人|私人")
# places: an estate's or a village's name; a dotted pair of provinces or regions
_PLACE_END = re.compile(r"(?:小区|花园|苑|公寓|家园|新村|山庄|社区|宿舍|村|庄|屯|寨|坪|湾|镇|乡)$")
_REGIONS = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)


def _is_place(cell: str) -> bool:
    if "·" in cell:
        # (a programme's parts, 乡村振兴·助老, hold no sign of a transliterated name)
        return any(p in _REGIONS or p[-1:] in "省市州县区" for p in cell.split("·")) or not any(
            c in namemodel.TRANSLIT for c in cell
        )
    return bool(_PLACE_END.search(cell))


def _unit_mail(address: str) -> bool:
    return address.lower().endswith(_UNIT_MAIL)


# a field's name before the value, in English or Chinese ("<JBR>X", '"handler": "X"',
# "<接警员>X"): its header
_FIELD = re.compile(
    r"(?:<([A-Za-z_\u4e00-\u9fff][\w.\-:]*)[^<>]*>|\"([A-Za-z_\u4e00-\u9fff][\w.\-]*)\" *: *\")$"
)

_OPEN_TAG = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w.\-]*)>")
_ACTOR = re.compile(r"[a-z]{1,4}r", re.I)
_KEY = re.compile(r'"([A-Za-z]{2,8})" *:')


def _led_by_post(text: str, lo: int, start: int) -> bool:
    before = text[start - 40 if start - 40 > lo else lo : start]
    field = _FIELD.search(before) if ">" in before or '"' in before else None
    if field and _HEAD_ROLE.search(field_header(field.group(1) or field.group(2)) or ""):
        return True  # a clerk's field of an export (经办人 as JBR, handler)
    if field and field.group(1) and "<" in before[: field.start()]:
        # a name's field in an element of the office's staff on the line (<jcry><ry><xm>X:
        # 检查人员), the staff's own ID aside (``xmltables._staff_group``)
        line = text[text.rfind("\n", 0, start) + 1 : start]
        tags = [t for t in _OPEN_TAG.findall(line) if f"</{t}>" not in line]  # (still open)
        if any(_HEAD_ROLE.search(field_header(t) or "") for t in tags):
            return True
    if field and field.group(2) and _ACTOR.fullmatch(field.group(2)):
        # an act's person beside its unit in the record ("djr" by "djdw"): its staff
        keys = {k.group(1) for k in _KEY.finditer(text, lo, start)}
        eol = text.find("\n", start)
        keys.update(k.group(1) for k in _KEY.finditer(text, start, eol if eol > 0 else len(text)))
        if acting_for_unit(field.group(2), keys):
            return True
    same_cell = before.endswith((" ", "\u3000", "：", ":")) or not before
    trimmed = _LISTED.sub("", before.rstrip(_LEAD_TRIM)).rstrip(_LEAD_TRIM)
    if _LEAD_POST.search(trimmed):
        return True
    return same_cell and bool(_LEAD_UNIT.search(trimmed))


def _noted_post(text: str, end: int) -> bool:
    m = _NOTE.match(text, end)
    if not m:
        return False
    note = m.group(1)
    if any(c.isdigit() for c in note) or "@" in note or "“" in note or '"' in note:
        return False  # a phone's, a mailbox's or a quoted title's note: the person's own
    return bool(_NOTE_POST.search(note))


def _not_a_person(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int, int, int],
    anchors: list[tuple[int, int, str]],
    homes_at: list[int],
) -> bool:
    """``bounds``: the cell's line's and its record's (the same but for a block's)."""
    lo, hi, first, last = bounds
    cell = text[start:end]
    if any(_is_place(part) for part in _PAIR_SPLIT.split(cell)):
        return True
    mail = _MAIL_AFTER.match(text, end)
    if mail:  # a mail header's display name before its own address
        return _unit_mail(mail.group(1)) or namemodel._surname(cell) == 0
    if _led_by_post(text, lo, start) or _noted_post(text, end):
        return True
    if _AFTER_LANDLINE.search(text, start - 20 if start - 20 > lo else lo, start):
        return True  # "0731-84563321（X）": the office's contact
    record = text[first:last]
    if _COMPANY.search(record) and not _INDIVIDUAL.search(record):
        return True
    if public_head(text, start, end, record):
        return True  # a mediation committee's 负责人 in a directory of bodies (unitheads)
    kinds = {k for _s, _e, k in anchors}
    if kinds == {"landline"} and bisect_left(homes_at, last) == bisect_left(homes_at, first):
        homes = any(_HOME.search(text, s - 8, e + 8) for s, e, _k in anchors)
        if not homes and text[start - 1 : start] not in ("：", ":"):
            return True
    head = header_over(text, start, end, _HEAD_ROLE)
    return bool(head and _HEAD_ROLE.search(head))


# two persons in one cell: "A与B", "A和B" (a party and the other of a dispute, a couple)
_PAIR = re.compile(
    rf"[{_SEP}\n]([\u4e00-\u9fff·]{{2,8}}?[与和][\u4e00-\u9fff·]{{2,8}})(?=[{_SEP}\n]|$)"
)
_PAIR_SPLIT = re.compile(r"(?<=..)[与和](?=..)")


def _pairs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if text.find("与", lo, hi) < 0 and text.find("和", lo, hi) < 0:
        return []
    return [m.span(1) for m in _PAIR.finditer(text, lo - 1 if lo else 0, hi + 1)]


# a placing in a results column (第五名: 第五 is a surname too, but 名 after a rank is a place)
_PLACING = re.compile(r"第[一二三四五六七八九十\d]{1,3}名")


@lru_cache(maxsize=4096)  # (the cell's words alone decide: the same cells are asked again)
def _name_shaped(cell: str) -> bool:
    if cell[:1] == "第" and _PLACING.fullmatch(cell):
        return False
    if 3 <= len(cell) <= 8 and namemodel.score(cell) >= _LEAST:
        return True
    parts = _PAIR_SPLIT.split(cell, 1)
    return len(parts) == 2 and all(namemodel.score(p) >= _LEAST for p in parts)


# a one-sign kinship glued before a relative's name in a cell (子阿都木呷, 妻吉克金花): none of
# these opens a name; 母 and 孙 are surnames too, so they lead only a name of three or more
# after them (母令狐翠英, not 孙丽华) — a transliterated name of four scores as one with it
_KIN_LEAD = frozenset("妻夫子女父兄弟姐妹侄婿嫂母孙")


def _kin_led(cell: str) -> bool:
    rest = cell[1:]
    if cell[0] in "母孙" and len(rest) < 3:
        return False
    return len(rest) >= 2 and namemodel.score(rest) >= _LEAST


def _persons(text: str, start: int, end: int) -> list[Candidate]:
    cell = text[start:end]
    m = _PAIR_SPLIT.search(cell) if namemodel.score(cell) < _LEAST else None
    if m is None:
        return [(start, end, "name", 0.8)]
    return [(start, start + m.start(), "name", 0.8), (start + m.end(), end, "name", 0.8)]


# a record of an indented export (YAML, JSON, XML): the lines around the anchor's at its
# indentation or deeper, up to the item's opening line ("  - 受理编号: …", "{", "<户>")
_INDENT = re.compile(r"[ \t]*(?:- )?")
_VALUE_BEFORE = frozenset(':：->"')
_VALUE_AFTER = frozenset('\n",<；;')
_BLOCK_LINES = 30


def _block_values(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], tuple]]:
    depth = _INDENT.match(text, lo).end() - lo
    first, last = lo, hi
    lines: list[tuple[int, int]] = []
    up = lo
    for _ in range(_BLOCK_LINES):  # up to the item's opening line
        if up == 0:
            break
        begin = text.rfind("\n", 0, up - 1) + 1
        lead = _INDENT.match(text, begin).end() - begin
        spaces = len(text[begin : up - 1]) - len(text[begin : up - 1].lstrip(" \t"))
        if lead < depth or spaces >= up - 1 - begin:
            break
        lines.append((begin, up - 1))
        first = begin
        up = begin
        if spaces < depth:
            break  # "  - 受理编号": the item opens here
    down = hi
    for _ in range(_BLOCK_LINES):
        if down >= len(text):
            break
        stop = text.find("\n", down + 1)
        stop = len(text) if stop < 0 else stop
        row = text[down + 1 : stop]
        if len(row) - len(row.lstrip(" \t")) < depth or not row.strip():
            break
        lines.append((down + 1, stop))
        last = stop
        down = stop
    out = []
    for begin, stop in lines:
        for m in _CELL.finditer(text, begin - 1, stop + 1):
            start, end = m.span(1)
            before = text[begin:start].rstrip(" \t\"'")
            if before[-1:] in _VALUE_BEFORE and text[end : end + 1] in _VALUE_AFTER:
                out.append(((start, end), (begin, stop, first, last)))
    return out


# a name the model doubts listed with a sure one in the same cell ("邝运香、邝应周"): the
# record's other person
_BEFORE_SIBLING = re.compile(rf"(?<=[{_SEP}\n])([\u4e00-\u9fff]{{2,4}})、$")
_AFTER_SIBLING = re.compile(rf"、([\u4e00-\u9fff]{{2,4}})(?=[{_SEP}\n]|$)")


def _siblings(text: str, start: int, end: int, taken: set) -> list[Candidate]:
    out = []
    for m in (_BEFORE_SIBLING.search(text, start - 6, start), _AFTER_SIBLING.match(text, end)):
        if m and m.span(1) not in taken and namemodel.score(m.group(1)) >= 0.3:
            if not _is_place(m.group(1)):
                out.append((*m.span(1), "name", 0.7))
                taken.add(m.span(1))
    return out


def anchored_cells(text: str, cands: list[Candidate]) -> list[Candidate]:
    lines: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for start, end, kind, _conf in cands:
        if kind in _ANCHORS:
            if kind == "email" and _unit_mail(text[start:end]):
                continue  # a unit's mailbox: no person's record
            hi = text.find("\n", end, start + _LONGEST)
            if hi < 0:
                if len(text) - start >= _LONGEST:
                    continue  # (in a paragraph: its line's start not looked for)
                hi = len(text)  # (the text's last line)
            lo = text.rfind("\n", max(0, start - _LONGEST), start) + 1
            if (lo or start < _LONGEST) and hi - lo <= _LONGEST:
                lines.setdefault((lo, hi), []).append((start, end, kind))
    if not lines:
        return []
    taken = {(s, e) for s, e, k, _c in cands if k == "name"}
    addresses = sorted(s for s, _e, k, _c in cands if k == "address")  # (a home: a record too)
    out: list[Candidate] = []
    rows: dict[str, int] = {}
    owns: dict[str, set[str]] = {}  # a name's ID numbers found on every row of it
    counted: set[tuple[int, int]] = set()
    for (lo, hi), anchors in sorted(lines.items()):
        cells = [m.span(1) for m in _CELL.finditer(text, lo - 1 if lo else 0, hi + 1)]
        first = None if lo else _FIRST.match(text, 0, hi)
        if first:
            cells.insert(0, first.span(1))
        cells += _pairs(text, lo, hi)
        found = [(span, (lo, hi, lo, hi)) for span in cells]
        if text[lo : lo + 2] == "  " or text[lo : lo + 1] == "\t":
            found += _block_values(text, lo, hi)
        for (start, end), bounds in found:
            cell = text[start:end]
            if (start, end) in taken or not _name_shaped(cell):
                continue
            if cell[0] in _KIN_LEAD and _kin_led(cell):
                start += 1  # "妻A、子阿都木呷", "138…（子沙马伍呷）": the relative's name
                if (start, end) in taken:
                    continue
            persons = _persons(text, start, end)
            if (start, end) not in counted:  # (a block's value once, whichever anchor's line)
                counted.add((start, end))
                ids = {text[a:b] for a, b, k in anchors if k == "id_card"}
                for s, e, _k, _c in persons:
                    rows[text[s:e]] = rows.get(text[s:e], 0) + 1
                    own = owns.get(text[s:e])
                    owns[text[s:e]] = ids if own is None else own & ids
            if not _not_a_person(text, start, end, bounds, anchors, addresses):
                out.extend(persons)
                taken.add((start, end))
                out.extend(_siblings(text, start, end, taken))
    # one name in many persons' records is their caseworker's, liaison's or official's,
    # unless the same ID number stands on each of its rows: the person's own, repeated (a
    # proxy who votes for three, a guarantor of several loans)
    return [c for c in out if rows.get(text[c[0] : c[1]], 0) < 3 or owns.get(text[c[0] : c[1]])]
