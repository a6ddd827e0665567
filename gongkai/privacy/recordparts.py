"""Whose landline: the part of a person's record it stands in (issue 16, after docs126–128).

A person's record often carries a number that is not the person's: the station's or the
registration point's line an export keys after the unit's own field or after its handler's,
the desk of an officer who brought the person in, a village committee's line in the
receiver's column, the line of the unit a notice sends the person to. Each is read from the
record's layout, not from the words of the documents seen:

- **an export's record** (a JSON line, an XML element's attributes or its one-field-a-line
  children; ``staffkeys._record``) is read as its ordered fields. A phone key that is another
  field's key plus a phone's ending (``djd`` → ``djddh``) is that field's line when the field
  holds a unit's name of any kind — a name ending in a unit's sign (点, 站, 所, 中心, 办, 处,
  室, 队, 局 …) with no digit (an address is no unit). A phone whose key names no person,
  home or contact, standing after a staff field (``jbr``, ``slr``, ``handler``: ``keymeaning``
  reads them as staff) with no person's datum between, in a record whose subject (a name
  field, or a unit's name: the sender's part of a file, ``<dwmc>某局</dwmc><tbr>…</tbr>``)
  comes before the staff, is the office's line: exports put the staff part of a record after
  the person part. So is a phone after a post's field (``zw``, 职务) holding a post in office
  (``<tjr><xm>…</xm><zw>某镇党委委员</zw><dh>…</dh></tjr>``: a recommending official), with
  no person's datum between.
- **a holder qualified as acting in office** right before the number, in its cell or the
  cell before it: ``某某（某派出所民警）``, ``某某（村主任）``, maybe with a unit's cell
  between (``某某（村主任）  村委会  0xxx-…``); a private person elsewhere on the row is
  someone else, so it does not keep the number (``某某（群众）`` is no office).
- **a unit opening the number's own cell** (``"某县公安局刑侦大队 0xxx-…"`` under a column of
  units and their lines): the cell is the unit's, whoever the row's person is.
- **a visit to a unit, then a bare phone label** in one sentence with nothing private before
  the number (``…到公司营业厅（地址）核对，电话：…``): where the addressee is sent.
- **a directory with no private data**: no private person's name, ID, mobile or card found in
  the whole text, and the number's line opens with a unit's label (``某某门诊：…，24小时电话…``)
  on a text with two such lines or more.

A home's label or note at the number (家庭电话, 住宅电话, （住宅）) keeps it in every case.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import officer_in_office
from .keymeaning import meaning, parts
from .phoneowner import home_noted
from .seqlists import line_bounds
from .staffkeys import _record

Candidate = tuple[int, int, str, float]

_PERSONAL = frozenset(("name", "id_card", "mobile", "bank_card", "passport", "permit"))
_PRIVATE = _PERSONAL | {"address"}
_PHONE_ENDS = ("lxdianhua", "dianhua", "lxdh", "phone", "dh", "tel")
# the fields of an export's record: a JSON pair, an XML element, an attribute
_FIELD = re.compile(
    r"\"([A-Za-z\u4e00-\u9fff][\w.\-]{0,40})\"[ \t]*:[ \t]*(?:\"([^\"\n]{0,80})\"|(null|-?\d[\d.]*))"
    r"|<([A-Za-z\u4e00-\u9fff][\w.\-]{0,40})>([^<\n]{0,80})</\4>"
    r"|(?<![\w.\-])([A-Za-z][\w.\-]{0,40})=\"([^\"\n]{0,80})\""
)
# a unit's name of any kind (its last sign; 组 is left out: a village group is an address's)
_UNIT_VALUE = re.compile(
    r"[\u4e00-\u9fff（）()]{1,30}(?:点|站|所|中心|办|处|室|科|股|队|局|院|馆|委|会|部|厅|社|"
    r"公司|窗口|大厅|基地|门诊|社区|学校|小学|中学|幼儿园|银行|支行|厂|店|[农林牧渔茶果]场|养殖场)"
)
_HOLDERS = frozenset(("person", "home", "contact"))
# Chinese keys: a phone's ending, a staff member's, a holder's word, a datum's
_HAN_PHONE_END = re.compile(r"(?:联系)?(?:电话|座机|固话)(?:号码)?$")
_HAN_STAFF = re.compile(r"(?:经办|受理|承办|办理|审核|录入|接待|值班|操作)(?:人|员)|工作人员")
_HAN_HOLDER = re.compile(r"家庭|住宅|本人|个人|户主|联系人|监护人|亲属|家属|申请人|代理人")
_HAN_DATA = (
    ("姓名", "name"),
    ("身份证", "id"),
    ("证件号", "id"),
    ("地址", "address"),
    ("住址", "address"),
    ("邮箱", "email"),
    ("卡号", "card"),
    ("账号", "card"),
    ("电话", "phone"),
    ("座机", "phone"),
    ("固话", "phone"),
    ("手机", "phone"),
)
# a post in office
_POST = (
    r"(?:民警|警官|辅警|干警|村主任|主任|书记|村长|村干部|社区干部|干部|工作人员|社工|网格员|"
    r"[站所院馆科局]长|专干|协管员|调解员|联络员|信息员|干事|科员|驻村)"
)
_UNIT_END = (
    r"(?:公司|厂|所|局|站|队|院|中心|委员会|居委会|村委会|社区|学校|中学|小学|幼儿园|卫生院|"
    r"银行|支行|馆|室|科|股|处|厅|办|大队|中队|营业厅|服务厅|大厅|窗口)"
)
# a holder acting in office, then maybe a unit's cell, then maybe a phone label
_OFFICER = re.compile(rf"[\u4e00-\u9fff·]{{2,6}}[（(][^（()）\n]{{0,16}}?{_POST}[）)]$")
_FORMER = re.compile(r"退休|离休|原|曾任|前任|已故")
# a post's field in an export (职务 zw, zhiwu, post, position) and a post in office in it
_POST_KEY = re.compile(r"zw|zhiwu|zhiwei|post|position|jobtitle|[\u4e00-\u9fff]{0,4}(?:职务|职位)")
_IN_OFFICE = re.compile(rf"{_POST}|委员|[县区市镇乡街]长|[部处股队]长|党[委组工]|支部")
# what may stand between the holder's bracket and the number: a unit's cell, gaps, a label
_AFTER_OFFICER = re.compile(
    rf"(?:(?:\t|\|| {{2,}}|\u3000+|\",\")[\u4e00-\u9fff]{{0,10}}{_UNIT_END})?"
    r"(?:\t|\|| |\u3000|\",\"|[，,：:])*(?:(?:联系|办公)?(?:电话|座机)[：:]?[ \u3000]*)?"
)
# a unit's name as the whole of the number's cell before it
_CELL_UNIT = re.compile(
    rf"\"?[ \u3000]*[\u4e00-\u9fff（）()]{{2,30}}{_UNIT_END}"
    r"[ \u3000]*(?:(?:联系|办公|值班)?电话[：:]?)?[ \u3000]*"
)
_CELL_GAP = re.compile(r"\t|\||\",\"|,")
# the number as a field's value ('"key": "', '<key>', 'key="')
_VALUE_OPEN = re.compile(r"(?:\"[ \t]*:[ \t]*\"?|>|=\")[ \t]*$")
# a visit to a unit, then the bare label of the number
_VISIT = re.compile(
    rf"(?:到|至|前往|赴)[\u4e00-\u9fff]{{0,14}}?{_UNIT_END}(?P<bracket>[（(][^（()）\n]{{0,40}}[）)])?"
    r"[\u4e00-\u9fff]{0,6}[，,][ \u3000]*(?:联系|咨询|服务|办公)?电话[：:]?[ \u3000]*$"
)
_HOME_SIGNS = frozenset("家宅私本")
_HOME_BEFORE = re.compile(
    r"(?:家庭|住宅|家中|家里|私人|本人|宅)(?:联系)?(?:电话|座机|固话)?[：:]?[ \u3000]*$"
)
# a directory's line: a unit's label opening it
_DIRECTORY_LINE = re.compile(r"[ \u3000]*[\u4e00-\u9fff（）()]{4,30}[：:]")
_DIRECTORY_LINES = re.compile(r"(?m)^[ \u3000]*[\u4e00-\u9fff（）()]{4,30}[：:].*\d{3,4}")
_NOT_UNIT_LABEL = re.compile(r"电话|座机|手机|联系|家|宅|住|本人|个人|姓名")


def _key_owner(key: str) -> str:
    """The key's part before a phone's ending ('' when it has none): ``djd`` of ``djddh``,
    受理点 of 受理点电话."""
    m = _HAN_PHONE_END.search(key)
    if m:
        return key[: m.start()] if m.start() >= 2 else ""
    low = key.lower()
    for end in _PHONE_ENDS:
        if low.endswith(end) and len(low) > len(end) + 1:
            return key[: len(key) - len(end)].rstrip("_-.")
    return ""


_NAME_ENDS = ("mingcheng", "name", "mc")


def _same_owner(other: str, owner: str) -> bool:
    """Whether the key ``other`` names the unit ``owner`` (the phone key's part before its
    ending): the same key, the key plus a name's ending (``sqmc`` / ``sqdh``, 社区名称 /
    社区电话), or a Chinese key whose last part it is (户籍地派出所 / 派出所电话, 工作单位 /
    单位电话)."""
    if other == owner:
        return True
    if other.isascii():
        low = other.lower()
        for end in _NAME_ENDS:
            if low.endswith(end) and low[: -len(end)].rstrip("_-.") == owner.lower():
                return True
        return False
    return len(owner) >= 2 and (
        other.endswith(owner) or (other.startswith(owner) and other[len(owner) :] in _HAN_UNIT_KEYS)
    )


_HAN_UNIT_KEYS = frozenset(("名称", "机构", "单位", "名"))
# a label：value line (the number's, the unit's above it in the same block)
_KV_BEFORE = re.compile(r"(?:^|\n)[ \u3000]*([\u4e00-\u9fff]{3,10})[ \u3000]*[:：][ \u3000]*$")
_KV_LINE = re.compile(
    r"[ \u3000]*([\u4e00-\u9fff]{2,10})[ \u3000]*[:：][ \u3000]*([^\n]{2,40}?)[ \u3000]*$"
)


def _label_unit(text: str, start: int) -> bool:
    """Whether the number's label is another label's plus a phone's ending in the same
    block of label：value lines (中介机构：某某公司 … 中介电话：…), that label holding a unit."""
    m = _KV_BEFORE.search(text, start - 16 if start > 16 else 0, start)
    if m is None:
        return False
    owner = _key_owner(m.group(1))
    if len(owner) < 2:
        return False
    end = m.start() + (text[m.start()] == "\n")
    for _ in range(8):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin : end - 1]
        if not line.strip():
            return False  # the block's end
        kv = _KV_LINE.fullmatch(line)
        if kv and _same_owner(kv.group(1), owner) and _unit_value(kv.group(2)):
            return True
        end = begin
    return False


def _read(key: str) -> tuple[str, str]:
    """(holder, datum) of an export's key: ``keymeaning`` for Latin keys, a few heads for
    Chinese ones (经办人 staff, 身份证号 id, 家庭电话 a home's phone, 联系电话 a phone)."""
    if key.isascii():
        holder, datum, _role = meaning(key)
        return holder, datum
    datum = ""
    for word, kind in _HAN_DATA:
        if word in key:
            datum = kind
            break
    if _HAN_STAFF.search(key):
        return "staff", datum if datum == "phone" else ""
    if _HAN_HOLDER.search(key):
        return "person", datum
    return "", datum


def _fields(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    out = []
    for m in _FIELD.finditer(text, lo, hi):
        if m.group(1):
            out.append((m.start(), m.group(1), m.group(2) or ""))
        elif m.group(4):
            out.append((m.start(), m.group(4), m.group(5)))
        else:
            out.append((m.start(), m.group(6), m.group(7)))
    return out


def _unit_value(value: str) -> bool:
    value = value.strip()
    return bool(_UNIT_VALUE.fullmatch(value)) and not any(c.isdigit() for c in value)


def _export_unit(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a unit's by its export record's fields (above)."""
    lo = text.rfind("\n", start - 800 if start > 800 else 0, start) + 1 or (
        start - 800 if start > 800 else 0
    )
    hi = text.find("\n", start, start + 400)
    fields = _fields(text, lo, min(len(text), start + 400) if hi < 0 else hi)
    if len(fields) < 2:  # one field a line: the element's run of lines
        fields = _fields(text, *_record(text, start))
    mine = [k for k, f in enumerate(fields) if f[0] < start]
    if not mine:
        return False
    i = mine[-1]
    key = fields[i][1]
    if text.find(fields[i][2], fields[i][0]) > start or len(fields[i][2]) > 40:
        return False  # (the number is not this field's value)
    holder, datum = _read(key)
    if holder in _HOLDERS:
        return False
    owner = _key_owner(key)
    if owner and owner.isalpha():
        for _pos, other, value in fields:
            if _same_owner(other, owner) and _unit_value(value) and _read(other)[1] != "address":
                return True  # djd "某镇登记点" beside djddh
    if holder or datum not in ("", "phone"):
        return False
    for k in range(i - 1, -1, -1):
        other = fields[k][1]
        if _POST_KEY.fullmatch(other.lower()):
            if _IN_OFFICE.search(fields[k][2]) and not _FORMER.search(fields[k][2]):
                return True  # an official's line (module docstring)
            continue
        h, d = _read(other)
        if h == "staff" and d == "":
            staff = (parts(other) or [other])[0] if other.isascii() else other
            private_staff = any(
                f[1] != other
                and (f[1].startswith(staff) or (parts(f[1]) or [""])[0] == staff)
                and _read(f[1])[1] in ("id", "address")
                for f in fields
            )
            subject = any(_read(f[1])[1] == "name" or _unit_value(f[2]) for f in fields[:k])
            return subject and not private_staff and fields[k][2].strip() != ""
        if d in ("id", "address", "email", "card") or (h in _HOLDERS and d):
            return False  # a person's datum nearer the number
    return False


def _unit_cell(text: str, start: int) -> bool:
    """Whether a unit's name is the whole of the number's cell before it."""
    if start < 3 or not (
        "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in " \u3000：:"
    ):
        return False
    lo = start - 44 if start > 44 else 0
    line_start = text.rfind("\n", lo, start) + 1
    gap = None
    for m in _CELL_GAP.finditer(text, max(lo, line_start), start):
        gap = m
    cell_start = gap.end() if gap else line_start
    if not gap and line_start == 0 and lo > 0:
        return False
    if gap and gap.group() == "," and text[gap.start() - 1 : gap.start()] == '"':
        return False  # (a quoted cell's comma inside: '","' is the gap)
    return _CELL_UNIT.fullmatch(text, cell_start, start) is not None


def _officer(text: str, start: int) -> bool:
    """Whether a holder qualified as acting in office stands right before the number."""
    lo = start - 40 if start > 40 else 0
    close = max(text.rfind("）", lo, start), text.rfind(")", lo, start))
    if close < 0 or not _AFTER_OFFICER.fullmatch(text, close + 1, start):
        return False
    m = _OFFICER.search(text, close - 30 if close > 30 else 0, close + 1)
    return m is not None and not _FORMER.search(m.group())  # (退休干部, 原村主任: no office now)


def _visit(text: str, start: int, private: list[int]) -> bool:
    lo = start - 200 if start > 200 else 0
    begin = max(text.rfind(sign, lo, start) for sign in "。！？；\n") + 1 or lo
    m = _VISIT.search(text, begin, start)
    if not m:
        return False
    bracket = m.span("bracket") if m.group("bracket") else (start, start)
    k = bisect_left(private, begin)
    while k < len(private) and private[k] < start:
        if not bracket[0] <= private[k] < bracket[1]:
            return False  # a private datum in the sentence, not the unit's own address
        k += 1
    return True


def _directory_line(text: str, line_start: int, start: int) -> bool:
    """Whether the number's line opens with a unit's label (no phone's, home's or person's)."""
    m = _DIRECTORY_LINE.match(text, line_start)
    return bool(m) and m.end() <= start and not _NOT_UNIT_LABEL.search(m.group())


def _directory_lines(text: str) -> bool:
    """Whether two lines of the text or more open with such a label and hold a number."""
    return len(_DIRECTORY_LINES.findall(text, 0, 20000)) >= 2


def _repeated(text: str, places: list[tuple[int, int]], addresses: list[tuple[int, int]]) -> bool:
    """Whether one number's ``places`` stand on three lines or more whose homes differ: one line
    given in many persons' records (a household's members share their home: it stays theirs)."""
    starts = [a for a, _b in addresses]
    homes = set()
    lines = set()
    for at, _end in places:
        lo, hi = line_bounds(text, at)
        lines.add(lo)
        k = bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            homes.add(text[addresses[k][0] : addresses[k][1]])
            k += 1
    return len(lines) >= 3 and len(homes) >= 2


def _no_persons(text: str, cands: list[Candidate]) -> bool:
    """Whether ``cands`` hold no private person's datum (an officer's name in office, which the
    scanner leaves out of its findings, is none)."""
    return not any(
        c[2] in _PERSONAL and not (c[2] == "name" and officer_in_office(text, c[0], c[1]))
        for c in cands
    )


def record_part_phones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines the part of a record they stand in gives to a unit or
    an office (module docstring)."""
    phones = [c for c in cands if c[2] == "landline"]
    if not phones:
        return cands
    private: list[int] | None = None
    addresses: list[tuple[int, int]] | None = None
    places: dict[str, list[tuple[int, int]]] = {}
    for c in phones:
        places.setdefault(text[c[0] : c[1]], []).append((c[0], c[1]))
    no_persons: bool | None = None
    drop = set()
    for c in phones:
        s, e = c[0], c[1]
        if home_noted(text, e) or (
            not _HOME_SIGNS.isdisjoint(text[s - 12 if s > 12 else 0 : s])
            and _HOME_BEFORE.search(text, s - 12 if s > 12 else 0, s)
        ):
            continue
        if (
            (_VALUE_OPEN.search(text, s - 8 if s > 8 else 0, s) and _export_unit(text, s))
            or _officer(text, s)
            or _unit_cell(text, s)
            or (text[s - 1 : s] in "：: \u3000" and _label_unit(text, s))
        ):
            drop.add((s, e))
            continue
        if "电话" in text[s - 6 if s > 6 else 0 : s]:
            if private is None:
                private = sorted(c[0] for c in cands if c[2] in _PRIVATE)
            if _visit(text, s, private):
                drop.add((s, e))
                continue
        same = places[text[s:e]]
        if len(same) >= 3:
            if addresses is None:
                addresses = sorted((c[0], c[1]) for c in cands if c[2] == "address")
            if _repeated(text, same, addresses):
                drop.add((s, e))
                continue
        line_start = text.rfind("\n", s - 200 if s > 200 else 0, s) + 1
        if (line_start or s <= 200) and _directory_line(text, line_start, s):
            if no_persons is None:
                no_persons = _no_persons(text, cands) and _directory_lines(text)
            if no_persons:
                drop.add((s, e))
    if not drop:
        return cands
    return [c for c in cands if c[2] != "landline" or (c[0], c[1]) not in drop]
