"""Whose mailbox it is: the last word on every e-mail address of a text (issue 16).

The earlier passes read a mailbox by the words of its sentence; this one settles it by
what stands closest to it and names its owner, in this order:

1. **A mail header** (发件人 / 收件人 / 抄送 / 密送 / 回复至, From / To / Cc / Bcc /
   Reply-To, also quoted with ">"): the display name beside the address is its owner.
   A unit's name (维修资金中心, 兴和物业, 某某公司客服部, "Service Desk") makes it the
   unit's on any domain; a person's name (薛哲 <…@gmail.com>) makes it the person's,
   unless the domain is a government's, school's or organisation's (.gov.cn …).
   No display name: the earlier passes decide (``mailexport``: the export's own box).
2. **Its own label**: a person's own words (个人邮箱, 本人邮箱, "X的邮箱", "X（…@…）")
   make it the person's; a unit's (公共邮箱, "（局公共邮箱）", a 单位邮箱 column, a
   .gov.cn domain, a desk's box such as kefu@firm.com, one box in many rows) the unit's.
3. **Its contact group**: a mailbox without its own label shares the owner of the phone
   beside it — on its line, or in its record when a table is flattened one cell a line
   — when the earlier passes kept that phone as a person's ("联系人 X 【电话】… 【邮箱】…",
   "委员个人邮箱…；委员住宅电话…", a row 姓名 / 手机 / 电子邮箱). A record of a unit
   (its first words end in 局, 公司 …) or a mailbox written to as a public inbox is left
   alone.

Only a header's display name takes a mailbox away from a person; the other two steps
only give back a person's mailbox an earlier pass dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import validators as v
from .columnheads import unit_mail_column
from .fieldmail import field_owner
from .mailnotes import unit_noted_mail
from .mailparties import unit_inbox
from .personmail import named_mailbox, sample_mail
from .rolebox import role_mailbox
from .unitmail import personal_label

Candidate = tuple[int, int, str, float]

_HEADER = re.compile(
    r"^[ \u3000\t>]*(?:发件人|收件人|抄送人?|密送|回复至|回复地址|答复至|From|To|Cc|CC|Bcc|BCC|"
    r"FROM|TO|Reply-To|Reply-to|REPLY-TO|Sender)[ \u3000\t]*[:：]",
    re.MULTILINE,
)
_UNIT_DOMAIN = re.compile(r"\.(?:gov|edu|org|ac)\.cn$|\.gov(?:\.[a-z]{2,3})?$", re.I)
# a unit's name as a display name: its last word, or a unit's word anywhere in it
_UNIT_END = re.compile(
    r"(?:中心|公司|学校|医院|银行|政府|委员会|协会|厅|物业|集团|邮箱|信箱|窗口|热线|客服|平台|"
    r"专班|大厅|团队|服务|办公室|办事处|[局馆院所站委办股科处部组队社会室厂店行台])$"
)
# a unit's word of one character that ends persons' names too (王立行, 李会, 陈国台);
# 文化馆, 司法所, 信访办 stay units (a two-character display of a name's shape is a person)
_ONE_CHAR_END = re.compile(r"[社会组队行台]$")
_UNIT_WORD = re.compile(r"公司|物业|政府|委员会|办公室|中心|客服|服务台|办事处|工作组|管理处")
_UNIT_LATIN = re.compile(
    r"\b(?:service|office|admin|support|team|desk|dept|department|ltd|co|inc|bureau|"
    r"center|centre|committee|group|info|hr)\b",
    re.I,
)
_LATIN_PERSON = re.compile(r"[A-Z][a-z]+(?:[ .][A-Z][a-z]+){1,2}")
_QUOTES = " \u3000\t\"'“”‘’<>《》"
_NOTE = re.compile(r"[（(]([^（()）\n]{1,16})[）)]")
# a label, not a display name: "电子邮箱：", "邮件地址" before the address
_LABEL = re.compile(r"(?:电子)?(?:邮箱|邮件|[Ee]-?mail)(?:地址)?[:：]?$")
_NOTE_AFTER = re.compile(r"[ \u3000]*[（(]([^（()）\n@]{1,16})[）)]")


def display_owner(display: str) -> str | None:
    """ "unit", "person" or None for a mail header's display name."""
    note = _NOTE.search(display)
    main = _LABEL.sub("", _NOTE.sub("", display).strip(_QUOTES)).strip(_QUOTES)
    if not main:
        main = note.group(1).strip(_QUOTES) if note else ""
        note = None
    if not main:
        return None
    name = main.replace(" ", "")
    if _UNIT_END.search(main) or _UNIT_WORD.search(main) or _UNIT_LATIN.search(main):
        if not (
            (len(name) == 2 or (len(name) == 3 and _ONE_CHAR_END.search(name)))
            and v.plausible_name(name)
        ):
            return "unit"
    if note and (_UNIT_END.search(note.group(1)) or _UNIT_WORD.search(note.group(1))):
        if not v.plausible_name(main):
            return "unit"  # "客服（兴和物业）"
    if v.plausible_name(name) or ("·" in name and 3 <= len(name) <= 12):
        return "person"  # 薛哲, "薛哲（业主）", 阿依古丽·买买提
    if _LATIN_PERSON.fullmatch(main):
        return "person"  # "Huang Yumei"
    return None


def _header_owners(text: str, boxes: list[tuple[int, int]]) -> dict[int, str]:
    """The owner that each address on a header line has by its display name (each
    box's own line looked at: no pass over the whole text)."""
    owners: dict[int, str] = {}
    lines: dict[int, int] = {}  # a header line's start → where its value begins
    for s, e in boxes:
        ls = text.rfind("\n", 0, s) + 1
        if ls not in lines:
            h = _HEADER.match(text, ls)
            lines[ls] = h.end() if h else -1
        begin = lines[ls]
        if begin < 0 or begin > s:
            continue
        display = re.split(r"[,，;；]", text[begin:s])[-1]
        display = display.rsplit(">", 1)[-1]  # after the address before it on the line
        owner = display_owner(display)
        if owner is None:  # "kefu@x.com（兴和物业）", "yumei@x.com (薛哲)"
            note = _NOTE_AFTER.match(text, e + (text[e : e + 1] == ">"))
            owner = display_owner(note.group(1)) if note else None
        if owner is not None:
            owners[s] = owner
    return owners


def _unit_signed(text: str, start: int, end: int) -> bool:
    """A mailbox its own words give a unit: its domain, a desk's name, a note or column."""
    at = text.find("@", start, end)
    local, domain = text[start:at], text[at + 1 : end]
    return (
        _UNIT_DOMAIN.search(domain) is not None
        or role_mailbox(local, domain)
        or sample_mail(local, domain)
        or unit_noted_mail(text, end)
        or _SHARED.search(text, start - 12 if start > 12 else 0, start) is not None
        or _SHARED_NOTE.match(text, end) is not None
        or unit_inbox(text, start)
        or unit_mail_column(text, start, end)
    )


_SHARED = re.compile(
    r"(?:公共|对公|公用|官方|单位|办公|工作|本局|本委|本院|本中心|我局|我委|我院|我中心|"
    r"局|委|办|中心|公司|科|股|室|部|线索|举报|投诉|受理|咨询|监督|信访|征集|报名|来稿|投稿|专用|业务)"
    r"(?:电子)?(?:邮箱|信箱|邮件)(?:地址)?[:：]?[ \u3000]*$"
)
_SHARED_NOTE = re.compile(r"[ \u3000]*[（(][^（()）\n]{0,8}(?:公共|对公|公用|官方|单位|办公)")
_PHONES = ("mobile", "landline")
_BLANK = re.compile(r"\n[ \u3000\t]*\n")
_FIRST_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")
_UNIT_FIRST = re.compile(
    r"(?:局|馆|中心|公司|院|所|站|委|办|学校|医院|银行|政府|委员会|协会|社|厂|部|队|处|科|股)$"
)


def _group(text: str, start: int, end: int) -> tuple[int, int]:
    """The contact group of the mailbox at ``start``: its sentence on its line, or, alone
    on its line (one cell a line), its record between blank lines."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    own = text[ls:start].strip(" \u3000\t") or text[end:le].strip(" \u3000\t")
    if own:
        lo = max(ls, start - 160, text.rfind("。", ls, start) + 1)
        stop = text.find("。", end, le)
        return lo, min(le, end + 160) if stop < 0 else stop
    back = [m.end() for m in _BLANK.finditer(text, start - 600 if start > 600 else 0, start)]
    ahead = _BLANK.search(text, end, end + 400)
    return (back[-1] if back else (start - 600 if start > 600 else 0)), (
        ahead.start() if ahead else end + 400
    )


def _phone_in_group(text: str, start: int, end: int, cands: list[Candidate]) -> bool:
    lo, hi = _group(text, start, end)
    if not any(c[2] in _PHONES and lo <= c[0] and c[1] <= hi for c in cands):
        return False
    first = _FIRST_WORDS.search(text, lo, start)
    if first and _UNIT_FIRST.search(first.group()):
        return False  # a unit's record
    # on a line: no phone of a unit's beside it (a record one cell a line may hold a
    # 单位电话 column beside the person's own)
    return "\n" in text[lo:hi] or not _unit_phone_in_group(text, start, end, cands)


_KEY = re.compile(
    r"(?:^|[\s，,；;|])([^\s，,；;|：:【】]{1,10}[:：]|【[^】\s]{1,10}】)[ \u3000]*$", re.M
)
# a phone's number: a group holding one the earlier passes did not keep is a unit's
_PHONE_SHAPE = re.compile(
    r"(?<![\dA-Za-z])(?:1[3-9]\d{9}|[（(]?0\d{2,3}[)）]?[- ]?\d{7,8})(?![\dA-Za-z])"
)


def _label_of(text: str, start: int) -> str:
    """The label right before the mailbox at ``start`` ("邮箱：", "【邮箱】" as read), or ""."""
    m = _KEY.search(text, start - 14 if start > 14 else 0, start)
    return m.group(1).replace(":", "：") if m else ""


def _unit_phone_in_group(
    text: str, start: int, end: int, cands: list[Candidate], *, named: bool = False
) -> bool:
    """Whether the mailbox's group holds a phone the earlier passes gave a unit (with
    ``named``: and no person's name found in it)."""
    lo, hi = _group(text, start, end)
    if named and any(c[2] == "name" and lo <= c[0] < hi for c in cands):
        return False
    kept = {c[0] for c in cands if c[2] in _PHONES}
    return any(m.start() not in kept for m in _PHONE_SHAPE.finditer(text, lo, hi))


_LOCAL_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._%+-")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}")


def _mailboxes(text: str) -> list[tuple[int, int]]:
    """The spans of the addresses of ``text``, read out from each "@"."""
    out: list[tuple[int, int]] = []
    at = text.find("@")
    while at >= 0:
        i = at
        while i > 0 and text[i - 1] in _LOCAL_CHARS:
            i -= 1
        while i < at and text[i] in "._%+-":
            i += 1
        m = _DOMAIN.match(text, at + 1)
        if i < at and m:
            out.append((i, m.end()))
        at = text.find("@", m.end() if m else at + 1)
    return out


_ROW_SEPARATORS = ("\t", "|", "｜", "│")
_CODE = re.compile(r"[0-9A-Z]{18,}")  # (a run of 18 exactly, read by ``is_uscc``)
_PERSONS_KINDS = frozenset(("mobile", "id_card", "passport", "permit", "residence"))


def _organisation_row(text: str, start: int, persons: list[int], rows: dict[int, bool]) -> bool:
    """Whether the mailbox at ``start`` stands in a table's row (or, in prose, a
    sentence) whose party is an organisation: its identity number is a unified social
    credit code (an enterprise's, an institution's, a cooperative's: not 92…, an
    individual business's, whose box is its keeper's) and no person's own number stands
    in it (a lessee's column holding a company in one row and a person in the next)."""
    # its line, at most 400 signs either side (a row, not a paragraph)
    ls = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1 or (
        start - 400 if start > 400 else 0
    )
    le = text.find("\n", start, start + 400)
    le = min(len(text), start + 400) if le < 0 else le
    line = text[ls:le]
    if not (
        any(sep in line for sep in _ROW_SEPARATORS)
        or ("," in line and "，" not in line and "。" not in line)  # (a CSV's row)
    ):
        ls = max(ls, start - 160, text.rfind("。", ls, start) + 1)  # (prose: its sentence)
        stop = text.find("。", start, le)
        le = min(le, start + 160) if stop < 0 else stop
    got = rows.get(ls)
    if got is None:
        got = False
        for m in _CODE.finditer(text, ls, le):
            code = m.group()
            if len(code) == 18 and not code.startswith("92") and v.is_uscc(code):
                k = bisect_left(persons, ls)  # (``persons``: where persons' numbers start)
                got = k == len(persons) or persons[k] >= le
                break
        rows[ls] = got
    return got and not (personal_label(text, start) or named_mailbox(text, start))


def settle_mailboxes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with every mailbox of ``text`` given its owner (see the module's text)."""
    if "@" not in text:
        return cands
    found = {c[0]: c for c in cands if c[2] == "email"}
    boxes = _mailboxes(text)
    owners = _header_owners(text, boxes)
    counts: dict[str, int] = {}
    for s, e in boxes:
        counts[text[s:e].lower()] = counts.get(text[s:e].lower(), 0) + 1
    drop: set[int] = set()
    add: list[Candidate] = []
    left: list[tuple[int, int]] = []
    rows: dict[int, bool] = {}
    persons = sorted(c[0] for c in cands if c[2] in _PERSONS_KINDS) if found else []
    for s, e in boxes:
        owner = owners.get(s)
        if owner is None:
            owner = field_owner(text, s, e)  # the record's field it fills (fieldmail)
            if owner == "person" and counts[text[s:e].lower()] < 3:
                if s not in found:
                    add.append((s, e, "email", 0.95))
                continue
            if owner == "person":
                owner = None
        if owner == "unit" or (s in found and _organisation_row(text, s, persons, rows)):
            drop.add(s)
            continue
        if s in found or _unit_signed(text, s, e):
            continue
        if owner == "person":
            add.append((s, e, "email", 0.95))
        elif personal_label(text, s) or named_mailbox(text, s):
            add.append((s, e, "email", 0.95))
        elif counts[text[s:e].lower()] < 3 and _phone_in_group(text, s, e, cands):
            add.append((s, e, "email", 0.95))
        else:
            left.append((s, e))
    if left:  # a label that holds persons' boxes in the sibling records holds this one's too
        kept = {c[0] for c in cands if c[2] == "email"} | {a[0] for a in add}
        labels: dict[str, int] = {}
        for s, _e in boxes:
            if s in kept and s not in drop:
                key = _label_of(text, s)
                labels[key] = labels.get(key, 0) + 1
        for s, e in left:
            key = _label_of(text, s)
            if (
                key
                and labels.get(key, 0) >= 2
                and counts[text[s:e].lower()] < 3
                and not _unit_phone_in_group(text, s, e, cands, named=True)
            ):
                add.append((s, e, "email", 0.95))
    if not drop and not add:
        return cands
    return [c for c in cands if not (c[2] == "email" and c[0] in drop)] + add
