"""Where the tables of a text are: their header words, found in one search.

A person header (姓名, 户主, 申请人 …) or an ID or card header that fills a cell of its
own starts a table in the form its line has (``tables``: tab, bar, comma, slash,
aligned spaces), or a table flattened to one cell a line (``stacked``). The records of
an XML export are rows whose fields' names are the header (``xmltables``).
"""

from __future__ import annotations

import re

from . import literals as literal_search
from .alternation import factor
from .cellsplit import _separator
from .columnvote import voted_cells
from .formpairs import form_pairs
from .formrecords import form_records
from .jsonrecords import json_records, yaml_lists
from .keyedcsv import keyed_csv
from .literals import split_branches
from .naturalpersons import natural_persons
from .stacked import _stacked_tables
from .tables import (
    _NOTE_AT,
    BUSINESS_HEADERS,
    CJK,
    CONTACT_HEADERS,
    PERSON_HEADERS,
    Candidate,
    _column_kind,
    _table,
)
from .wordfind import has_word
from .xmltables import xml_records

# Person headers, searched as words (literal first characters keep the search fast);
# a hit counts when it stands as a cell of its own (``_standalone``).
_HEADER_BRANCHES = sorted(
    {re.escape(h) for h in PERSON_HEADERS | BUSINESS_HEADERS | CONTACT_HEADERS}
    | {
        "姓[ \u3000]+名",
        "户[ \u3000]+主",
        "姓名",
        "身份证号码?",
        "公民身份号码",
        "证件号码?",
    }
    # a header ending like a person's (补贴对象, 被征收户, 受助人员), as a cell or a
    # record's label (领款人：)
    # (a single space before the next cell: when a third cell follows, "供养对象 性别 年龄")
    | {
        '对象(?= ?[\t|,;\n"：]|\u3000| {2}| [^ \n]+[ \n])',
        '人员(?= ?[\t|,;\n"：]|\u3000| {2}| [^ \n]+[ \n])',
        '户(?= ?[\t|,;\n"]|\u3000| {2}| [^ \n]+[ \n])',
        # (or with its note in a delimited header row: "| 承包人（二房东） |")
        '人(?= ?[\t|,;"：]| ?\n[^\n]{0,12}\n|\u3000| {2}| [^ \n]+[ \n]|[（(][^（()）\n]{1,10}[）)] ?[\t|,"])',
    }
    # a person's role (调解员, 法律顾问, 志愿者, 楼栋长) heading a column (each a branch
    # of its own: a group of words as one branch makes the whole search 8 times slower)
    | {
        role + '(?= ?[\t|,;\n"]|\u3000| {2}| [^ \n]+[ \n])'
        for role in (
            "员",
            "师",
            "者",
            "顾问",
            "组长",
            "楼栋长",
            "楼长",
            "户长",
            "网格长",
            "医生",
            "村医",
            *("兽医", "乡医", "校医"),  # 执业兽医, 乡村兽医: a profession's holders
            "方",  # a party (买方, 受让方: tables.PERSONISH)
            # persons of a kind (投诉农民工, 接待代表, 施工项目经理, 受访村民, 群众, 家属:
            # ``headerroles.kind_header``)
            *("工", "代表", "经理", "民", "众", "属"),
            # the persons a register is about by their state (新生儿, 患儿, 孕产妇:
            # ``headerroles.subject_kind``)
            *("新生儿", "婴儿", "患儿", "早产儿", "孕妇", "产妇"),
        )
    }
    | {"银行卡号", "银行账号", "收款账号", "社保卡号", "账号", "卡号"},
    key=len,
    reverse=True,
)
# The search of these words (one alternation, ``factor``: "|".join(…), tried faster) is
# split: 公 (公民身份号码) starts a word in every clause of an official text (公开, 公告,
# 公示), so that word is found with ``str.find`` and merged with the others' matches as
# the alternation's ``finditer`` would give them (``literals.finditer``; the tests compile
# the whole alternation, ``_HEADER_HINT_SOURCE``, and hold both equal).
_HEADER_HINT_SOURCE = factor(_HEADER_BRANCHES)
# the others by their second character (``by_second``: 人, 员, 户 stand everywhere, the
# words rarely; 40 % less time)
_HEADER_RARE, _HEADER_COMMON = split_branches(_HEADER_BRANCHES, frozenset("公"), second=True)
_CELL_EDGE = frozenset('\t|,; \u3000\n:：/／"')  # (a quote: a CSV cell's, ;: an export's)


def _standalone(text: str, start: int, end: int) -> bool:
    """A header word that fills its cell: separators (or 1–4 characters and 姓名) around."""
    after = text[end : end + 1]
    if after and after not in _CELL_EDGE:
        return False
    if (
        text[end - 2 : end] in ("姓名", "户主")
        or text[end - 1 : end] in "象员户人师者问长生医方工表理民众属儿妇"
    ):
        # 户主姓名, 学生姓名, 补贴对象, 被征收户, 机动车所有人: up to five characters before
        # (a body's members, up to eight: 评标委员会成员, 调解小组成员: ``kind_header``)
        most = 8 if text[end - 2 : end] == "成员" else 5
        k = start
        while k > 0 and start - k < most and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        start = k
    return start == 0 or text[start - 1] in _CELL_EDGE


def _held_cell(text: str, at: int) -> bool:
    """A line that is one header cell of a holder's ID or card, its holder's head before the
    word ("新船东身份证号", "受让户银行卡号"): a table flattened one cell a line (``heldheads``)."""
    start = text.rfind("\n", at - 9 if at > 9 else 0, at) + 1
    end = text.find("\n", at, at + 12)
    if (start == 0 and at > 8) or end < 0:
        return False
    cell = text[start:end].strip(" \u3000")
    return (
        len(cell) <= 12
        and _CJK_LINE.fullmatch(cell) is not None
        and _column_kind(cell) in ("id", "card")
    )


_CJK_LINE = re.compile(rf"[{CJK}]{{3,12}}")
_LABEL_BEFORE = re.compile(rf"[ \u3000]*[{CJK}]{{0,5}}")  # 死亡 in 死亡人员：
_CJK_RUN = re.compile(rf"[{CJK}]{{0,3}}")


def _header_in_note(text: str, start: int, end: int) -> bool:
    """A person header in a header's note: "被征收户（户主）", "父亲（监护人）"."""
    if text[end : end + 1] not in "）)" or text[start - 1 : start] not in "（(":
        return False
    k = start - 1
    while k > 0 and start - k < 8 and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    cell = text[k : end + 1]
    return (
        k < start - 1
        and (k == 0 or text[k - 1] in _CELL_EDGE)
        and text[end + 1 : end + 2] in _CELL_EDGE
        and _column_kind(cell) == "name"
    )


def table_candidates(text: str) -> list[Candidate]:
    """Names (and ID and card numbers by their column) in every table of ``text``."""
    out: list[Candidate] = []
    done_until = 0
    stacked: list[int] = []
    records: list[int] = []
    for m in literal_search.finditer(_HEADER_RARE, _HEADER_COMMON, text):
        if m.start() < done_until:
            continue  # in the table read last (its line starts before: refused below)
        end = m.end()  # the header's cell ends here (or further: 受助人 of 受助人员)
        if not _standalone(text, m.start(), m.end()):
            # a longer header that holds the word (受助人员 holds 受助人): its whole cell
            end = _CJK_RUN.match(text, m.end()).end()
            note = _NOTE_AT.match(text, end)  # "法定代表人（负责人、经营者）"
            end = note.end() if note else end
            head = m.start()
            if note and m.end() - head == 1:  # "承包人（二房东）": the cell's word before 人
                while head > 0 and m.start() - head < 5 and "\u4e00" <= text[head - 1] <= "\u9fff":
                    head -= 1
            if end == m.end() or not _standalone(text, head, end):
                if not _header_in_note(text, m.start(), m.end()) and not _held_cell(
                    text, m.start()
                ):
                    continue
            elif _column_kind(text[head:end]) is None:
                continue
        line_start = text.rfind("\n", max(0, m.start() - 300), m.start()) + 1
        if line_start < done_until or (line_start == 0 and m.start() > 300):
            continue
        line_end = text.find("\n", m.start(), m.start() + 300)
        if line_end < 0 and len(text) - m.start() > 300:
            continue
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        sep = _separator(line.strip())
        if sep is None:
            if len(line) <= 12 and _column_kind(line) in (
                "name",
                "maybe_name",
                "business",
                "id",
                "card",
            ):
                stacked.append(line_start)
            elif text[end : end + 1] in ("：", ":") and _LABEL_BEFORE.fullmatch(
                text, line_start, m.start()
            ):
                records.append(line_start)  # "死亡人员：…" opening a line: a record's field
            continue
        done_until = _table(text, line_start, line, sep, out)
        voted_cells(text, line_start, line, sep, done_until, out)  # (columnvote)
    if stacked:
        _stacked_tables(text, stacked, out)
    if len(records) >= 2:
        out += form_records(text, records)
    if has_word(text, "</") or has_word(text, "/>", 1):
        out += xml_records(text)  # an XML export: its records' fields are the columns
    if "{" in text and has_word(text, '":'):
        out += json_records(text)  # a JSON export: its objects' keys are the columns
    if has_word(text, "  - "):
        out += yaml_lists(text)  # a YAML sequence under a key of persons (jsonrecords)
    out += keyed_csv(text)  # a delimited export headed by keys (xm,sfzh,dlr: keyedcsv)
    if "\t" in text:
        out += form_pairs(text)  # a form's label and value cells parted by tabs (formpairs)
    if has_word(text, "自然人") or "个人" in text:
        out += natural_persons(text)  # a mixed column of parties: the row's category
    return out
