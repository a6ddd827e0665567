"""Finding personal data and secrecy markings in plain text, in one regex pass.

One compiled alternation walks the text once. Its first branches match things that
look like personal data but are not — index numbers, document numbers, ICP and
public-security record numbers, amounts — and so consume them before a later branch
could match inside them. Every other branch yields a *candidate*; a small Python
function per kind then validates it (check digits, real dates, surname lists, the
context around a secrecy word) and computes confidence and masked form. Names also
come from two context passes: the cells under a 姓名/户主/申请人 column header and the
words right before an ID or phone number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from django.utils import timezone

from . import allow as allow_mod
from . import validators as v
from .finding import Finding
from .masking import configured_rules, mask_value

PERSONAL_TYPES = (
    "id_card",
    "mobile",
    "landline",
    "bank_card",
    "email",
    "passport",
    "permit",
    "plate",
    "address",
    "name",
)
ALL_TYPES = (*PERSONAL_TYPES, "secrecy", "org_code")

_CJK = "\u4e00-\u9fff"
_B = r"(?<![0-9A-Za-z])"  # a number starts here, not inside a longer code
_E = r"(?![0-9A-Za-z])"
_PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_NUM_ZH = "一二三四五六七八九十百"
_AREA = r"(?:010|02\d|0[3-9]\d\d)"
_NAME_LABELS = (
    "户主姓名|申请人姓名|户主|被申请人|申请人|当事人|联系人|法定代表人|负责人|经办人|投诉人|"
    "举报人|收件人|委托代理人|代理人|委托人|监护人|领取人|收款人|持卡人|姓名"
)
_BUILDING = (
    rf"(?:[A-Z]?\d{{1,3}}|[A-Z]|[{_NUM_ZH}]{{1,3}})(?:栋|幢|号楼|座)(?:\d{{1,2}}单元)?"
    rf"(?:\d{{1,2}}[楼层])?(?:\d{{1,5}}(?:室|号|户)?)?"
    rf"|\d{{1,2}}单元(?:\d{{1,5}}(?:室|号)?)?"
    rf"|\d{{1,2}}[楼层]\d{{1,5}}(?:室|号)?"
    rf"|\d{{1,5}}室"
    rf"|\d{{1,3}}-\d{{1,2}}-\d{{1,5}}(?:室|号)?"
)

# Pass A: things that start with a digit, a capital letter, "+", a bracket or ¥. It is
# tried only where _TRIGGER finds such a character (a fast C scan), with ``match``.
PATTERN = re.compile(
    rf"""
    (?P<index>{_B}[0-9A-Z]{{9}}(?:[0-9A-Z]{{9}})?[-/]\d{{4}}[-/]\d{{1,8}}{_E})
   |(?P<docno>[〔\[［【(（]\d{{4}}[〕\]］】)）]\s*第?\d{{1,6}}\s*号)
   |(?P<record>ICP[备证]\s*\d{{6,12}}号?(?:-\d{{1,3}})?)
   |(?P<money>[￥¥]\s*\d[\d,]*+(?:\.\d+)?|{_B}\d[\d,]*+(?:\.\d+)?+\s*+[万亿]?元)
   |(?P<idsp>{_B}\d{{6}}[ -]\d{{8}}[ -]\d{{3}}[\dXx]{_E})
   |(?P<cardsp>{_B}\d{{4}}(?:[ -]\d{{4}}){{3}}(?:[ -]?\d{{1,3}})?{_E})
   |(?P<mobile>(?:(?<![0-9A-Za-z+])(?:\+|00)86[ -]?|{_B})1[3-9]\d(?:[ -]?\d{{4}}){{2}}{_E})
   |(?P<landline>(?:[(（]{_AREA}[)）]\s?|{_B}{_AREA}[ -]?)[2-9]\d{{6,7}}
       (?:(?:转|分机|-|ext\.?\s?)\d{{1,6}})?{_E})
   |(?P<num>{_B}\d{{15,19}}[Xx]?{_E}|{_B}[0-9A-Z]{{18}}{_E})
   |(?P<doc>{_B}(?:E[0-9]{{8}}|E[A-HJ-NP-Z][0-9]{{7}}|G[0-9]{{8}}|[CW][0-9]{{8}}
       |C[A-HJ-NP-Z][0-9]{{7}}|[HM][0-9]{{8}}(?:[0-9]{{2}})?|T[0-9]{{8}}){_E})
   |(?P<addr>{_B}\d{{1,5}}号(?:院|大院)?(?:{_BUILDING})
       |{_B}\d{{1,3}}(?:栋|幢|号楼)\d{{1,2}}单元\d{{1,5}}(?:室|号)?)
   |(?P<room>{_B}\d{{1,3}}(?:栋|幢|号楼|座)(?:\d{{1,2}}[楼层])?\d{{1,5}}(?:室|号|户)?
       |{_B}\d{{1,3}}-\d{{1,2}}-\d{{1,5}}(?:室|号)?{_E}|{_B}\d{{1,5}}室)
    """,
    re.VERBOSE,
)
_TRIGGER = re.compile(r"[0-9A-Za-z+(（〔\[［【￥¥][0-9A-Za-z]*")

# Pass B: words. Every branch starts with a literal character, so that the regex
# engine skips quickly to the next possible first character.
# Weaker context for names in prose: "村民张三反映…", "张三同志", "张三（男，1965年生）".
_PREFIX_CUES = ("村民", "居民")
_SUFFIX_CUES = ("同志", "先生", "女士", "（男", "（女", "(男", "(女")
_SECRECY_WORDS = ("绝密", "机密", "秘密", "注意保密", "内部资料", "内部", "涉密", "不予公开")
_LABEL_WORDS = _NAME_LABELS.split("|")
_WORD_BRANCHES = [
    *(
        rf"{c}[A-HJ-NP-Z][·•\ -]?[A-HJ-NP-Z0-9]{{4}}(?:[A-HJ-NP-Z0-9]{{1,2}}|[挂学警港澳])"
        rf"(?![0-9A-Za-z])"
        for c in _PROVINCE_CHARS
    ),
    *(
        rf"{c}(?:\s*[★☆]\s*(?:[0-9一二三四五六七八九十]+\s*(?:年|个月|月)|长期)?)?"
        for c in ("绝密", "机密", "秘密")
    ),
    "注意保密",
    "内部(?:资料)?",
    "涉密",
    "不予公开",
    *(re.escape(w) for w in sorted(_LABEL_WORDS, key=len, reverse=True)),
    *(rf"{c}[{_NUM_ZH}]{{0,3}}号(?:院|大院)?(?:{_BUILDING})" for c in _NUM_ZH),
    rf"村(?:\d{{1,2}}|[{_NUM_ZH}]{{1,3}})组(?:\d{{1,4}}号)?",
    *_PREFIX_CUES,
    *(re.escape(c) for c in _SUFFIX_CUES),
]
WORDS = re.compile("|".join(_WORD_BRANCHES))
_LABEL_TAIL = re.compile(rf"[\ \u3000]*([:：]?)[\ \u3000]*([{_CJK}·]{{2,6}})")

# Full-width digits, letters and signs as typed with a Chinese input method.
_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94) if chr(0x21 + i) not in "(),:;"}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH_PRESENT = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff20]")
_CLAUSE_TAIL = re.compile(r"[^。；;！!？?\n，,]*$")
_PUBLIC_CONTEXT = re.compile(
    r"(?:服务|咨询|监督|投诉|举报|值班|办公|受理|政务|公开|办事|热线)(?:电话|热线|信箱|邮箱)"
    r"|热线|传真|信箱[:：\s]*$"
)
_DOC_CONTEXT = re.compile(r"护照|通行证|证件|旅行证|回乡证|台胞证")
_ID_CONTEXT = re.compile(r"身份证|证件号|公民身份")
_CARD_CONTEXT = re.compile(r"卡号|账号|帐号|银行|银行卡|开户|社保卡|存折")
_NOT_SECRET_BEFORE = ("国家", "商业", "工作", "个人", "保守", "军事", "技术", "核心", "重要")
_MARKING_LEFTOVER = re.compile(
    r"绝密|机密|秘密|注意保密|内部资料|内部|涉密|不予公开|密级|[★☆\s:：、，,.。【】\[\]()（）〔〕"
    r"0-9一二三四五六七八九十]|年|个月|月|长期|级|文件|资料"
)
_ORG_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:公司|集团|协会|委员会|局|厅|中心|学校|医院|合作社|店|厂|所|站|社|会)"
)
_ADDRESS_LABEL = re.compile(r".*(?:住址|地址|住所|家住|居住|住在|现住|户籍|位于|坐落于?)[:：\s]*")
_ADDRESS_WORD = re.compile(
    r"省|市|区|县|镇|乡|街道|路|街|巷|弄|村|小区|社区|花园|大道|苑|里|庄|屯|园|城|府|湾"
)
_ADDRESS_LEAD = re.compile(
    r"(?:搬至|搬到|搬往|迁至|迁往|迁入|迁到|居住在|居住于|住在|住于|位于|地处|来自|寄至|寄往|送至|"
    r"送达|现居|户籍在|户籍地|籍贯|出生地|为|在|于|至|到)+"
)
_HOUSE_NUMBER = re.compile(rf"(?:\d{{1,5}}|[{_NUM_ZH}]{{1,4}})号")
_ADDRESS_CHARS = re.compile(rf"[{_CJK}0-9A-Za-z\-（）()]")

_LABEL_SET = frozenset(_NAME_LABELS.split("|"))
_TABLE_HEADERS = frozenset(
    "姓名 户主 户主姓名 申请人 申请人姓名 联系人 户名 持卡人 领取人 收款人 救助对象 保障对象 "
    "家庭成员 监护人 当事人 被处罚人 户主名".split()
)
_TABLE_HEAD = re.compile(
    r"(?:^|[\t|])[ \u3000]*(?:"
    + "|".join(sorted(_TABLE_HEADERS, key=len, reverse=True))
    + r")[ \u3000]*(?=[\t|]|$)",
    re.MULTILINE,
)
_CELL_SPLIT = re.compile(r"[\t|]")
_CELL_NAME = re.compile(rf"^[ \u3000]*([{_CJK}][{_CJK}·]{{1,7}})[ \u3000]*$")
_BEFORE_NAME = re.compile(
    rf"([{_CJK}·]{{2,8}})[ \t\u3000,，、:：(（]*"
    r"(?:(?:公民)?身份证(?:号码|号)?|证件号码?|手机(?:号码|号)?|联系电话|电话|联系方式)?[ \t\u3000:：,，(（]*$"
)

Candidate = tuple[int, int, str, float]  # start, end, type, confidence


class _Context:
    """Per-call state: lazily loaded allow-list, today's date."""

    def __init__(self, text: str, allow: Iterable[str] | None):
        self.text = text
        self._allow = (
            frozenset(allow_mod.normalise(a) for a in allow) if allow is not None else None
        )
        self.today = timezone.localdate()
        self.spaced_headers: list[int] = []  # line starts of space-separated table headers

    @property
    def allow(self) -> frozenset[str]:
        if self._allow is None:
            self._allow = allow_mod.allowed_contacts()
        return self._allow

    def before(self, start: int, n: int = 14) -> str:
        return self.text[max(0, start - n) : start]

    def clause_before(self, start: int, n: int = 14) -> str:
        """The words before ``start`` in the same clause (up to n characters)."""
        return _CLAUSE_TAIL.search(self.text, max(0, start - n), start).group()


# --- validators of candidates ----------------------------------------------------


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isalnum()).upper()


def _classify_number(ctx: _Context, value: str, start: int) -> tuple[str, float] | None:
    """A run of 15–19 digits (or 18 code characters): ID, bank card, org code or nothing."""
    n = len(value)
    if value.isdigit() and _CARD_CONTEXT.search(ctx.before(start, 12)):
        card_context = _CARD_CONTEXT.search(ctx.clause_before(start, 12))
        if card_context and not v.is_resident_id(value, today=ctx.today):
            # after 卡号/账号 a number is a card number or a mistyped one, never an org code
            return ("bank_card", 0.97) if v.is_bank_card(value) else None
    if n == 18:
        if v.is_resident_id(value, today=ctx.today):
            return "id_card", 0.99
        if _id_like(value):
            return None  # a mistyped or impossible ID number is neither a card nor a code
        if v.is_uscc(value):
            return "org_code", 0.95
        if not value.isdigit():
            return None
    if n == 15 and v.is_legacy_resident_id(value, today=ctx.today):
        near = _ID_CONTEXT.search(ctx.before(start, 12))
        return "id_card", 0.95 if near else 0.75
    if v.is_bank_card(value):
        known_prefix = value[0] in "3456" or value[:2] == "62"
        return ("bank_card", 0.9) if known_prefix else ("bank_card", 0.6)
    return None


def _id_like(value: str) -> bool:
    """Shaped like an ID number (region, 18xx–20xx year, month, day) whatever the check."""
    return (
        value[:14].isdigit()
        and v.region_ok(value)
        and value[6:8] in ("18", "19", "20")
        and "01" <= value[10:12] <= "12"
        and "01" <= value[12:14] <= "31"
    )


def _secrecy_confidence(text: str, start: int, end: int, word: str) -> float:
    if "★" in word or "☆" in word:
        return 0.99
    before = text[max(0, start - 8) : start]
    if word in ("秘密", "机密", "绝密") and before.endswith(_NOT_SECRET_BEFORE):
        return 0.0
    if re.search(r"密级\s*[:：]?\s*$", before):
        return 0.99
    if word == "不予公开" and re.search(r"公开(?:属性|方式|类型|选项)\s*[:：]?\s*$", before):
        return 0.95
    prev = text[start - 1] if start else ""
    tail = text[end : end + 3]
    if (
        prev
        and prev in "【[［（(〔「『<《"
        and tail[:1] in ("】", "]", "］", "）", ")", "〕", "」", "』", ">", "》")
    ):
        return 0.95
    # only a short line can be a marking line: look no further than 41 characters
    line_start = text.rfind("\n", max(0, start - 41), start) + 1
    if line_start == 0 and start > 41:
        return 0.0
    line_end = text.find("\n", end, end + 41)
    if line_end < 0:
        if len(text) - end > 41:
            return 0.0
        line_end = len(text)
    line = text[line_start:line_end]
    if len(line) <= 40 and not _MARKING_LEFTOVER.sub("", line):
        return 0.9
    return 0.0


def _name_before(text: str, end: int, conf: float) -> Candidate | None:
    """The name that ends right at ``end`` (three, four or two characters)."""
    run = text[max(0, end - 4) : end]
    for size in (3, 4, 2):
        piece = run[-size:]
        if len(piece) == size and v.name_shape(piece) == piece:
            return end - size, end, "name", conf
    return None


def _name_from_label(ctx: _Context, label_end: int, *, cue: bool = False) -> Candidate | None:
    m = _LABEL_TAIL.match(ctx.text, label_end)
    if not m:
        return None
    name = v.name_shape(m.group(2))
    if not name:
        return None
    start = m.start(2)
    after = ctx.text[start + len(name) : start + len(name) + 14]
    if after and after[0] not in v.NAME_STOP and _ORG_SUFFIX.match(after):
        return None  # "申请人：王氏实业有限公司" names an organisation
    if cue:
        return (start, start + len(name), "name", 0.6) if not m.group(1) else None
    conf = 0.9 if m.group(1) or label_end < start else 0.7
    return start, start + len(name), "name", conf


def _expand_address(ctx: _Context, start: int, end: int, *, weak: bool = False):
    """Grow a house-number anchor leftwards over the street, district, city, province.

    A weak anchor (a room or building without 号 right before it) counts only when the
    words before it hold a house number and a place word: "人民路8号幸福里3幢201室".
    """
    text = ctx.text
    i = start
    limit = max(0, start - 48)
    while i > limit and _ADDRESS_CHARS.match(text[i - 1]):
        i -= 1
    prefix = text[i:start]
    label = _ADDRESS_LABEL.match(prefix)
    if label:
        prefix = prefix[label.end() :]
    lead = _ADDRESS_LEAD.match(prefix)
    if lead:
        prefix = prefix[lead.end() :]
    word = _ADDRESS_WORD.search(prefix)
    if weak:
        if not (word and _HOUSE_NUMBER.search(prefix)):
            return None
        return start - len(prefix), end, "address", 0.8
    if word:
        return start - len(prefix), end, "address", 0.85
    return start, end, "address", 0.6


def _candidates(ctx: _Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    add = out.append
    match = PATTERN.match
    trigger = _TRIGGER.search
    pos = 0
    while True:
        hit = trigger(text, pos)
        if hit is None:
            break
        m = match(text, hit.start())
        if m is None:
            # a bracket or sign that led nowhere: what follows may still be a number
            pos = hit.start() + 1 if not text[hit.start()].isalnum() else hit.end()
            continue
        pos = max(m.end(), hit.start() + 1)
        kind = m.lastgroup
        if kind in ("index", "docno", "record", "money"):
            continue
        start, end = m.span()
        if kind == "num":
            got = _classify_number(ctx, m.group().upper(), start)
            if got:
                add((start, end, got[0], got[1]))
        elif kind == "mobile":
            add((start, end, "mobile", 0.95))
        elif kind == "landline":
            if not _PUBLIC_CONTEXT.search(ctx.clause_before(start)):
                add((start, end, "landline", 0.85))
        elif kind == "idsp":
            if v.is_resident_id(_digits(m.group()), today=ctx.today):
                add((start, end, "id_card", 0.97))
        elif kind == "cardsp":
            if v.is_bank_card(_digits(m.group())):
                add((start, end, "bank_card", 0.95))
        elif kind == "doc":
            doc_type = "passport" if m.group()[0] in "EG" else "permit"
            conf = 0.9 if _DOC_CONTEXT.search(ctx.before(start, 16)) else 0.6
            add((start, end, doc_type, conf))
        elif kind == "addr":
            add(_expand_address(ctx, start, end))
        elif kind == "room":
            got = _expand_address(ctx, start, end, weak=True)
            if got:
                add(got)

    for m in WORDS.finditer(text):
        start, end = m.span()
        word = m.group()
        first = word[0]
        if first in _PROVINCE_CHARS and word[1:2].isascii():
            if sum(c.isdigit() for c in word) >= 3:
                add((start, end, "plate", 0.85))
        elif word in _LABEL_SET:
            got = _name_from_label(ctx, end)
            if got:
                add(got)
            elif (start == 0 or text[start - 1] in " \u3000\n") and text[end : end + 1] in (
                " ",
                "\u3000",
            ):
                # a column header of a table written with spaces (PDF text)
                line_start = text.rfind("\n", max(0, start - 80), start) + 1
                if not ctx.spaced_headers or ctx.spaced_headers[-1] != line_start:
                    ctx.spaced_headers.append(line_start)
        elif word in _PREFIX_CUES:
            got = _name_from_label(ctx, end, cue=True)
            if got:
                add(got)
        elif word in _SUFFIX_CUES:
            got = _name_before(text, start, 0.8 if word[0] in "（(" else 0.6)
            if got:
                add(got)
        elif word.startswith(_SECRECY_WORDS):
            conf = _secrecy_confidence(text, start, end, word)
            if conf:
                add((start, end, "secrecy", conf))
        else:
            add(_expand_address(ctx, start, end))
    return out


def _emails(ctx: _Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    at = text.find("@")
    while at >= 0:
        i = at
        while i > 0 and (
            text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "._%+-")
        ):
            i -= 1
        j = at + 1
        n = len(text)
        while j < n and text[j].isascii() and (text[j].isalnum() or text[j] in ".-"):
            j += 1
        local, domain = text[i:at].lstrip("._%+-"), text[at + 1 : j].rstrip(".-")
        i = at - len(local)
        j = at + 1 + len(domain)
        if (
            local
            and "." in domain
            and re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}", domain)
        ):
            if not _PUBLIC_CONTEXT.search(ctx.clause_before(i)):
                out.append((i, j, "email", 0.95))
        at = text.find("@", max(j, at + 1))
    return out


_SPACE_TOKEN = re.compile(r"[^ \u3000\t]+")


def _cells(row: str, spaced: bool) -> list[tuple[str, int]]:
    """The cells of one table row with their offsets in the row."""
    if spaced:
        return [(m.group(), m.start()) for m in _SPACE_TOKEN.finditer(row)]
    offsets = [0] + [sep.end() for sep in _CELL_SPLIT.finditer(row)]
    return list(zip(_CELL_SPLIT.split(row), offsets, strict=True))


def _column_names(text: str, line_start: int, out: list[Candidate], *, spaced: bool) -> int:
    """Names in the 姓名-like columns of the table whose header starts at ``line_start``.

    Returns where the table ends. A tab- or bar-separated table may have ragged rows;
    a space-separated one (PDF text) must keep the header's number of cells exactly.
    """
    line_end = text.find("\n", line_start)
    if line_end < 0:
        return len(text)
    header = _cells(text[line_start:line_end], spaced)
    if spaced and len(header) < 3:
        return line_end
    columns = [k for k, (cell, _o) in enumerate(header) if cell.strip(" \u3000") in _TABLE_HEADERS]
    pos = line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        if not row.strip():
            pos = end + 1
            continue
        if spaced:
            cells = _cells(row, True)
            if len(cells) != len(header) or len(row) > 160:
                break
        else:
            if not _CELL_SPLIT.search(row):
                break
            cells = _cells(row, False)
            if len(cells) < len(header) - 1:
                break  # not a row of this table any more
        if _TABLE_HEAD.search(row) or any(c.strip() in _TABLE_HEADERS for c, _o in cells):
            break  # the next table's header
        for k in columns:
            if k < len(cells):
                cell, offset = cells[k]
                cm = _CELL_NAME.match(cell)
                if cm and not _ORG_SUFFIX.fullmatch(cm.group(1)):
                    start = pos + offset + cm.start(1)
                    conf = 0.95 if v.name_shape(cm.group(1)) else 0.8
                    out.append((start, start + len(cm.group(1)), "name", conf))
        pos = end + 1
    return pos


def _table_names(text: str, spaced_headers: list[int]) -> list[Candidate]:
    """Cells under a 姓名/户主/申请人 column of a table (tab, bar or space separated)."""
    out: list[Candidate] = []
    done_until = 0
    if "\t" in text or "|" in text:
        for head in _TABLE_HEAD.finditer(text):
            line_start = text.rfind("\n", 0, head.start() + 1) + 1
            if line_start >= done_until:
                done_until = _column_names(text, line_start, out, spaced=False)
    for line_start in spaced_headers:
        if line_start >= done_until:
            line_end = text.find("\n", line_start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if "\t" not in line and "|" not in line:
                done_until = _column_names(text, line_start, out, spaced=True)
    return out


def _names_near(text: str, anchors: list[Candidate]) -> list[Candidate]:
    """A name written right before an ID or phone number: "张三 110105…"."""
    out: list[Candidate] = []
    for start, _end, kind, _conf in anchors:
        if kind not in ("id_card", "mobile"):
            continue
        m = _BEFORE_NAME.search(text[max(0, start - 24) : start])
        if not m:
            continue
        run = m.group(1)
        run_end = max(0, start - 24) + m.end(1)
        for size in (4, 3, 2):
            if len(run) < size:
                continue
            piece = run[-size:]
            name = v.name_shape(piece)
            if name == piece:
                out.append((run_end - size, run_end, "name", 0.8))
                break
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Drop overlaps: the earlier candidate wins, a longer one wins at the same start."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), -c[3]))
    out: list[Candidate] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            out.append(c)
            last_end = c[1]
        elif out and c[1] - c[0] > out[-1][1] - out[-1][0] and c[0] == out[-1][0]:
            out[-1] = c
            last_end = c[1]
    return out


def scan_text(
    text: str,
    *,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    allow: Iterable[str] | None = None,
    rules: dict[str, tuple[int, int]] | None = None,
) -> list[Finding]:
    """Personal data, secrecy markings and organisation codes in ``text``, in order.

    ``types`` limits the result to some kinds; ``allow`` replaces the configured
    allow-list of public contacts; ``rules`` overrides the masking rules.
    """
    if not text:
        return []
    original = text
    if _FULLWIDTH_PRESENT.search(text):
        # "１３８１２３４５６７８", "０８３０－３１２５６７８": same length, so offsets hold
        text = text.translate(_FULLWIDTH)
    ctx = _Context(text, allow)
    cands = _candidates(ctx)
    if "@" in text:
        cands += _emails(ctx)
    if "\t" in text or "|" in text or ctx.spaced_headers:
        cands += _table_names(text, ctx.spaced_headers)
    if cands:
        cands += _names_near(text, cands)
    cands = _resolve(cands)
    wanted = set(types) if types is not None else None
    rules = rules if rules is not None else configured_rules()
    findings = []
    mail_domains = None
    for start, end, kind, conf in cands:
        if wanted is not None and kind not in wanted:
            continue
        if conf < min_confidence:
            continue
        value = original[start:end]
        if kind in ("mobile", "landline", "email"):
            if mail_domains is None:
                mail_domains = allow_mod.public_mail_domains()
            if allow_mod.is_allowed(kind, value, ctx.allow, mail_domains):
                continue
        category = (
            "secrecy" if kind == "secrecy" else "organisation" if kind == "org_code" else "personal"
        )
        findings.append(
            Finding(
                type=kind,
                start=start,
                end=end,
                text=value,
                masked=mask_value(kind, text[start:end], rules),
                confidence=conf,
                category=category,
            )
        )
    return findings


def mask_text(
    text: str,
    findings: list[Finding] | None = None,
    *,
    rules: dict[str, tuple[int, int]] | None = None,
    types: Iterable[str] | None = None,
    keep: Callable[[Finding], bool] | None = None,
) -> str:
    """``text`` with every finding (or the given ones) replaced by its masked form.

    ``keep(finding) -> True`` leaves a finding as it is (an accepted exception).
    """
    if findings is None:
        findings = scan_text(text, types=types, rules=rules)
    elif types is not None:
        wanted = set(types)
        findings = [f for f in findings if f.type in wanted]
    out = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos or f.category != "personal" or (keep and keep(f)):
            continue
        if text[f.start : f.end] != f.text:
            continue  # a stale finding for another version of the text
        out.append(text[pos : f.start])
        out.append(mask_value(f.type, f.text, rules) if rules is not None else f.masked)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
