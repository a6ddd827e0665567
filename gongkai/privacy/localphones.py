"""A person's landline printed without its area code (issue 16, the thirteenth held-out
batch): seven or eight digits that a phone label names ("联系电话：7461538", "座机
85146609", "家庭固话：7750085", "电话 88428055") or that stand in a table's column headed
by a phone ("联系电话", "住宅电话", "监护人电话"). A bare run of digits without such a label
is no phone (an amount, a count, a case's or an account's number), and the numbers the
scanner gives to units keep being theirs (``unitphones.unit_phone``, ``office_phone``).
"""

from __future__ import annotations

import re

from .callerphones import caller_column
from .context import OPINION_CELL, office_phone, without_employer_notes
from .gapalign import display_columns
from .keymeaning import meaning
from .kvlabels import person_record
from .numbercolumns import cell_header
from .numbers import LOCAL_NUMBER
from .ownedcontacts import home_table_landline
from .patterns import LANDLINE_PUBLIC, PHONE_OF_OFFICE, PHONE_OF_PERSON
from .personmail import personal_mail
from .phonecolumns import mobile_column
from .phonefields import phone_field
from .spacedheader import spaced_header
from .stackedheader import stacked_header
from .staffkeys import staff_phone_key
from .tails import clause_tail
from .unitcolumns import header_cell, rows_above
from .unitcontacts import phone_label
from .unitphones import unit_phone

Candidate = tuple[int, int, str, float]

# ("家里座机是8750847": a copula after the label in a letter)
# ("家庭固定电话<TAB>89937136": a label cell and its value cell in a form copied from DOCX)
_LABEL = re.compile(
    r"(?:电话|座机|固话|宅电)(?:号码|号)?[\"”'>]?(?:[:：]|是|为)?(?:[ \u3000]{0,2}|\t)[\"'“]?$"
)  # (a quoted value: YAML, JSON "联系电话": "8710747")
# a second number listed after the label's first ("原登记电话139…、4871920", "电话：0452-…/6187234")
_LISTED = re.compile(
    r"(?:电话|座机|固话|宅电)(?:号码|号)?[:：]?[ \u3000]{0,2}"
    r"(?:1[3-9]\d{9}|(?:[（(]?0\d{2,3}[）)]?[ -]?)?[2-9]\d{6,7})[ \u3000]?(?:[、/／]|或)[ \u3000]?$"
)
# a local number after a mobile and a slash (LOCAL_NUMBER takes no number after a slash)
_AFTER_MOBILE = re.compile(
    r"1(?<![0-9]1)[3-9]\d{9}[ \u3000]?/[ \u3000]?([2-9]\d{6,7})(?![0-9A-Za-z\-*/.])"
)
_AREA_BRACKET = re.compile(r"[（(]0\d{2,3}[）)]$")
# an area code and a space or a dash before the local part ("0536 7029354", "0536-…")
_AREA_SPACED = re.compile(r"(?<!\d)0\d{2,3}[ \u3000\-－]$")
_CLAUSE = re.compile(r"[^，,。；;\n]*$")  # the clause the number ends
# (a 联系方式 column holds phones and mailboxes: seven or eight digits in it are a phone)
_PHONE_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:电话|座机|固话|宅电)(?:号码)?|[\u4e00-\u9fff]{0,4}联系方式"
    r"|[\u4e00-\u9fff]{0,4}(?:来电|回电|回访|联系|致电)号码"  # a hotline's export ("来电号码")
)


_GAP_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a table aligned with spaces
# a phone's key in an export, in pinyin initials or English (a unit's key, cbdwdh, is
# ``unitcolumns.unit_key``'s, asked after this): '"lxdh": "', "<dianhua>", 'tel="'
_PHONE_KEY = re.compile(
    r"(?i)(?<![A-Za-z])(?:lx)?(?:dh|dianhua|lianxidianhua|tel|telephone|phone)"
    r"(?:[\"'][ \t]*:[ \t]*[\"']|>|=[\"'])$"
)
_KEY_END = frozenset("\"'>")
# any export's key before the value, read by its parts ("<gddh>", "fixed_tel=")
# a phone's key after the initials of a person of an act that ``keymeaning`` does not know
# (tsrdh 投诉人电话, bjrlxdh 被检人联系电话): read as the label …人电话 would be
_ACTOR_PHONE = re.compile(r"[a-z]{1,4}r(?:lx)?dh", re.I)
_ANY_KEY = re.compile(r"([A-Za-z][\w.\-]{0,40})(?:[\"'][ \t]*:[ \t]*[\"']|>|=[\"'])$")


def _aligned_header(text: str, start: int) -> str | None:
    """The header above the number in a table aligned with spaces (two or more between
    cells): the header line's cell whose display zone holds the number's column."""
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if (line_start == 0 and start > 400) or "  " not in text[line_start:start]:
        return None  # (no row of a table: a long line of prose)
    column = display_columns(text[line_start : start + 1])[start - line_start]
    for line in rows_above(text, line_start, most=40):  # the header within 40 lines above
        if (
            ("话" in line and ("电话" in line or "固话" in line))
            or "座机" in line
            or "联系方式" in line
        ):
            cols = display_columns(line)
            cells = [(cols[m.start()], m.group()) for m in _GAP_CELL.finditer(line)]
            found = None
            for col, cell in cells:
                if col <= column + 1:
                    found = cell
            return found
    return None


def _has(text: str, word: str, lo: int, hi: int) -> bool:
    """``text.find(word, lo, hi) >= 0`` for a word of two characters, by its first (a
    ``memchr`` walk: a two-character ``find`` over Han text is slower)."""
    k = text.find(word[0], lo, hi - 1)
    while k >= 0:
        if text[k + 1] == word[1]:
            return True
        k = text.find(word[0], k + 1, hi - 1)
    return False


_PREFIX = re.compile(r"([A-Za-z]{2,8})[_\-.]")
_KEY_IN_RECORD = re.compile(r"[\"'< ]([A-Za-z]{2,8})[_\-.]([A-Za-z]{2,12})[\"'>=]")


def _private_prefix(text: str, start: int, key: str) -> bool:
    """Whether the record of the number holds a resident ID or a home address under the
    key's own prefix ("jbr_sfzh", "jbr_zz" beside "jbr_gddh"): the prefix names a private
    person (举报人), not a staff member acting in office (经办人), whose ID and home no
    export gives."""
    prefix = _PREFIX.match(key)
    if prefix is None:
        return False
    line_start = text.rfind("\n", start - 1500 if start > 1500 else 0, start) + 1
    line_end = text.find("\n", start, start + 1500)
    for m in _KEY_IN_RECORD.finditer(text, line_start, line_end if line_end >= 0 else start + 1500):
        if m.group(1) == prefix.group(1) and meaning(m.group(2))[1] in ("id", "address"):
            return True
    return False


def _person_key(text: str, start: int) -> bool:
    """Whether the number's own export key names a private person's phone (above)."""
    if text[start - 1 : start] not in _KEY_END:
        return False
    key = _ANY_KEY.search(text, start - 48 if start > 48 else 0, start)
    return key is not None and meaning(key.group(1))[:2] == ("person", "phone")


def _labelled(text: str, start: int) -> bool:
    if _LABEL.search(text, start - 8 if start > 8 else 0, start) or phone_label(text, start):
        return True
    if text[start - 1 : start] in _KEY_END and _PHONE_KEY.search(
        text, start - 24 if start > 24 else 0, start
    ):
        return True  # an export's phone field ('"lxdh": "8710747"', "<dianhua>8710747")
    if text[start - 1 : start] in _KEY_END:
        key = _ANY_KEY.search(text, start - 48 if start > 48 else 0, start)
        if key is not None:
            holder, datum, _role = meaning(key.group(1))
            if datum == "phone" and (
                holder in ("", "person")
                or (
                    holder == "staff"
                    and (
                        _private_prefix(text, start, key.group(1))
                        # "jbrdh" beside "jbrdz": 举报人's, not a clerk's (staffkeys)
                        or not staff_phone_key(text, start, key.group(1))
                    )
                )
            ):
                return True  # "<gddh>22172546": 固定·电话, no unit's or staff's part
            if not holder and not datum and _ACTOR_PHONE.fullmatch(key.group(1)):
                return True  # "tsrdh": an unread actor's initials (…r, 人) and 电话
    if text[start - 1 : start] in "、/／或 " and _LISTED.search(
        text, start - 30 if start > 30 else 0, start
    ):
        return True
    lo = start - 6000 if start > 6000 else 0
    if (
        text.find("电话", lo, start) < 0
        and text.find("号码", lo, start) < 0
        and text.find("座机", lo, start) < 0
        and text.find("联系方式", lo, start) < 0
        and not _has(text, "固话", lo, start)
        and not _has(text, "宅电", lo, start)
    ):
        return False  # no phone header above: no table's phone column
    cell = (
        header_cell(text, start)
        or _aligned_header(text, start)
        or spaced_header(text, start)
        or stacked_header(text, start)  # a table flattened to one cell a line
        or cell_header(text, start)  # "来电号码" over a quoted CSV's cells (numbercolumns)
    )
    if cell and _PHONE_HEADER.fullmatch(cell) and "手机" not in cell:
        return True
    return caller_column(text, start)  # "回访号码" over a PDF's aligned columns (callerphones)


def local_landlines(text: str, spans: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """The labelled local numbers of ``text`` that are a person's; ``spans``: the local
    numbers (``numbers.LOCAL_NUMBER``) as the scanner's number pass found them."""
    out: list[Candidate] = []
    if spans is None:
        spans = [m.span() for m in LOCAL_NUMBER.finditer(text)]
    k = text.find("/")
    while k >= 0:  # "15230340589/8791771": a cell's mobile, then the home's number
        if text[k - 1 : k].isdigit() or text[k - 2 : k - 1].isdigit():
            m = _AFTER_MOBILE.search(text, k - 13 if k > 13 else 0, k + 12)
            if m is not None and m.start(1) > k:
                spans = [*spans, m.span(1)]
        k = text.find("/", k + 1)
    for start, end in spans:
        if text[start - 1 : start] in ("）", ")") and _AREA_BRACKET.search(text, start - 6, start):
            continue  # the local part of "（0431）83610000": the whole number is read (or left)
        if text[start - 1 : start] in (" ", "\u3000", "-", "－") and _AREA_SPACED.search(
            text, start - 6 if start > 6 else 0, start
        ):
            continue  # …and of "0536 7029354": never a number of its own
        if not _labelled(text, start) and not phone_field(text, start, end):
            continue
        if LANDLINE_PUBLIC.search(clause_tail(text, start - 14 if start > 14 else 0, start)):
            continue
        if unit_phone(text, start):
            continue
        clause = without_employer_notes(
            _CLAUSE.search(text, start - 40 if start > 40 else 0, start).group()
        )
        if "异议" in clause:  # a vote's cell (无异议) in the row: no objection line
            clause = OPINION_CELL.sub("\t", clause)
        # a row with a resident ID or a mobile, its cells without labels: the firm it names
        # is the person's employer ("姓名  身份证号  所属企业  车牌号  联系电话")
        in_row = (
            "：" not in clause
            and ":" not in clause
            and (personal_mail(text, start) or mobile_column(text, start))
        )
        if PHONE_OF_OFFICE.search(clause) and not PHONE_OF_PERSON.search(clause) and not in_row:
            continue  # a unit named in the number's own clause, whatever the line held
            # before ("身份证号…，主办单位：…政府 联系电话：6924198")
        if (
            office_phone(text, start)
            and not in_row
            and not _person_key(text, start)  # its own key names a person ("jjlxdh", "jtdh")
            and not home_table_landline(text, start)
            and not person_record(text, start)  # a record's field under 户主姓名, 身份证号 …
            and not caller_column(text, start)  # the caller's: the row's office handled it
        ):
            continue
        out.append((start, end, "landline", 0.8))
    return out
