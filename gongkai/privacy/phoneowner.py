"""Whose landline it is when the words before it name an organisation (issue 16, the
sixteenth held-out batch).

``context.office_phone`` reads the 80 characters before a landline and gives it to an
office when an organisation's word stands there and no person's word does. In a record
of a person those words are often another field's value — the person's school, work
unit or travel agency in the row (申报单位: 文化馆, 组团社: …有限公司), the hospital or
bank of the line above (用血医院：…医院, 开户行：…支行). The landline is then the
person's, because the record is the person's:

- a line or row holding the person's ID or mobile (``personmail.personal_mail``);
- a row of a delimited table of persons with a cell that is a name
  (``rowcontext.person_row``), or of a table aligned with spaces (a PDF's text layer)
  with a cell that is a name under a header with a column of persons (姓名, 户主 …) at
  most 60 lines up — when the row also holds what only a person's row does: a travel
  document's number or a home's house or room number (a row of an expert's work unit
  and title alone gives the phone at work, the office's);
- a phone label opening its line in a block of ``key：value`` lines (no blank line
  between them) that holds a resident ID, a mobile or a bank card: one record of a
  person's particulars.

A unit's phone column or label is still the unit's (``refine`` asks ``unit_phone``).
"""

from __future__ import annotations

import re

from . import validators as v
from .addressee import addressee_contact
from .callerphones import caller_column
from .keymeaning import meaning
from .memberphones import member_landline, unit_party_row
from .ownedcontacts import home_table_landline, in_persons_bracket
from .personmail import personal_mail
from .phonecolumns import mobile_column
from .rowcontext import person_row
from .unitcolumns import person_column, rows_above

# a run of two spaces or more (or a full-width one) between aligned cells
_GAP = re.compile(r"(?: {2,}|\u3000+)")
_DIGIT = re.compile(r"\d")
# a phone's label opening its line ("　　联系电话：", "手机/电话：", "电话：")
_PHONE_LABEL = re.compile(
    r"[ \u3000\t]*(?:本人|家庭|住宅|固定|联系)?(?:电话|手机|座机|方式|固话)(?:号码)?[:：][ \u3000]*$"
)
# a resident ID, a mobile or a bank card (maybe printed in blocks of four) in a record, or
# a passport's or a Hong Kong, Macao or mainland travel permit's number (E…, H…, M…, C…)
_PARTICULARS = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9}|\d{16,19}|\d{4}(?: \d{4}){3,4}"
    r"|[EGHMC][A-Z]?\d{7,10})(?![\dA-Za-z])"
)
_RULE_LINE = re.compile(r"[ \u3000\t]*[-—－=＝_*·～~]{3,}[ \u3000\t]*")  # a record's separator
# what only a person's row holds: a travel document (or a foreigner's permanent residence
# card, FRA441900190415) or a home's house or room number
_HOME = re.compile(
    r"(?<![\dA-Za-z])(?:[EGCLHMDSP][A-Z]?\d{7,8}|[A-Z]{3}\d{12})(?![\dA-Za-z])"
    r"|(?:村|组|社|队|巷|弄|路|街|道|号楼)[^\t|,，。\n]{0,12}?\d+号|\d+室|\d+单元|\d-\d+-\d+"
)
# a home's or a person's own phone label right before the number
_HOME_LABEL = re.compile(
    r"(?:家庭|住宅|家中|家里|私人|本人)的?(?:联系)?(?:电话|座机|固话|手机)(?:号码)?"
    r"(?:[:：]|是|为)?[ \u3000]*$"
)
# a home's note right after the number ("0577 66817203（住宅）", "(家中座机)"): the person's
_HOME_NOTE = re.compile(
    r"[ \u3000]?[（(](?:住宅|家庭|家中|家里|住家|私宅|宅电|家|宅)(?:电话|座机|固话)?[）)]"
)
_KEY = re.compile(
    r"^[ \u3000\t]*(?:[【\[(（]?[\d一二三四五六七八九十]{1,3}[】\])）.、．]\s*)?"
    r"[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){0,9}[ \u3000]*[:：]"  # "地  址："
)
# a heading over a record ("——邮寄封面——", "送达地址确认"): it ends the block as a blank line
# (not a unit's name over its contact lines: "县住建局办公室")
_HEADING = re.compile(r"[^\d:：。，,；;]{0,29}(?<![局办室部处科股站所院馆队委司心会])")


# an export's key right before its value: "sqrdh": "…", <sqrdh>…, sqrdh="…"
_EXPORT_KEY = re.compile(r"(?<![\w.\-])([A-Za-z][A-Za-z_\-.]{1,30})(?:\"[ \t]*:[ \t]*\"|>|=\")$")


def person_key_phone(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the value of an export's key naming a private
    person's role and a phone (``sqrdh`` 申请人电话, ``owner_phone``, ``homeTel``): the
    role's own, whatever unit the export's header or the record names (issue 16)."""
    if text[start - 1 : start] not in ('"', ">"):
        return False
    m = _EXPORT_KEY.search(text, start - 40 if start > 40 else 0, start)
    return m is not None and meaning(m.group(1))[:2] == ("person", "phone")


def person_landline(text: str, start: int) -> bool:
    """Whether the landline at ``start`` stands in a record of a person (see above)."""
    if person_key_phone(text, start):
        return True
    if personal_mail(text, start) or mobile_column(text, start) or member_landline(text, start):
        return True
    if addressee_contact(text, start):
        return True  # "您在举报中留下的…联系电话…" (addressee)
    if person_column(text, start) or caller_column(text, start):
        return True  # a column "经营者电话", "户主联系电话", "来电号码": the holder's own
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False
    before = text[line_start:start]
    if _PHONE_LABEL.fullmatch(before):
        return particulars_block(text, line_start)
    if home_table_landline(text, start, line_start) or in_persons_bracket(text, start):
        return True  # a table of persons and their homes, a bracket of theirs (ownedcontacts)
    if not _HOME.search(before):
        return False  # a work unit and a title alone: the office's phone at work
    if unit_party_row(text, start):
        return False  # "…有限公司,企业,…,0595-…": a company's row, its phone (memberphones)
    return person_row(text, start) or _aligned_person_row(text, line_start, before)


def holders_phone(text: str, start: int) -> bool:
    """Whether the number's own label names a home ("…暂借用主任家庭电话0731-…") or its
    table column names its holder (经营者登记电话, 户主联系电话): the person's, though a unit
    stands before it on the line or in the row."""
    return bool(_HOME_LABEL.search(text, start - 12 if start > 12 else 0, start)) or person_column(
        text, start
    )


# a home's note in brackets between the holder and the number ("张三（住宅）：0771-…")
_HOME_NOTE_BEFORE = re.compile(
    r"[（(](?:住宅|家庭|家中|家里|住家|私宅|宅电|家|宅)(?:电话|座机|固话)?[）)][:：]?[ \u3000]*$"
)


def home_marked(text: str, start: int, end: int) -> bool:
    """Whether the number's own label or note names a home: a home's label or bracketed
    note right before it (家庭电话：, （住宅）：) or a home's note right after it."""
    lo = start - 12 if start > 12 else 0
    return bool(
        _HOME_LABEL.search(text, lo, start)
        or _HOME_NOTE_BEFORE.search(text, lo, start)
        or _HOME_NOTE.match(text, end)
    )


def home_noted(text: str, end: int) -> bool:
    """Whether a home's note follows the number ending at ``end`` (``_HOME_NOTE``)."""
    return _HOME_NOTE.match(text, end) is not None


def particulars_block(text: str, line_start: int) -> bool:
    """Whether the lines above ``line_start`` (up to a blank line, at most eight) are
    ``key：value`` lines and one of them holds a person's number: a record of a person's
    particulars (``refine`` then reads no notice's contact line in it)."""
    pos = line_start - 1
    found = False
    for _ in range(8):
        if pos <= 0:
            break
        above = text.rfind("\n", pos - 300 if pos > 300 else 0, pos) + 1
        line = text[above:pos]
        if not line.strip(" \u3000\t") or _RULE_LINE.fullmatch(line):
            break  # (a blank line or a rule between records: the block's top)
        if not _KEY.match(line):
            if _HEADING.fullmatch(line.strip(" \u3000\t\r")):
                break
            return False
        if _prose(line):
            return False  # (a key opening a sentence: "退回方式：到…缴回，或转账至…（账号…）。")
        if _PARTICULARS.search(line):
            found = True
        pos = above - 1
    return found


def _prose(line: str) -> bool:
    """Whether a ``key：value`` line's value is a sentence of a notice, not a field."""
    return len(line) > 40 and ("。" in line or line.count("，") >= 2)


def _aligned_person_row(text: str, line_start: int, before: str) -> bool:
    """A row of a space-aligned table of persons: a cell before the phone is a name and
    a header above names a column of persons."""
    if len(_GAP.findall(before)) < 3:
        return False
    cells = [c for c in _GAP.split(before.strip(" \u3000")) if c]
    if not any(2 <= len(c) <= 4 and v.plausible_name(c) for c in cells):
        return False
    from .tables import _kinds  # (tables imports nothing from here)

    for line in rows_above(text, line_start, most=60):
        if "。" in line:
            return False  # prose: the table's start is passed
        if _DIGIT.search(line) or len(_GAP.findall(line.strip(" \u3000"))) < 3:
            continue
        header = [c for c in _GAP.split(line.strip(" \u3000")) if c]
        if any(kind in ("name", "maybe_name") for _k, kind in _kinds(header)):
            return True
    return False
