"""Records headed by a numbered name, then one field a line (issue 16, docs47's class).

A list of guests, applicants or members copied out of a Word table often becomes one
block a person: a line with the row's number and the person's name alone, then the
row's other cells as "label：value" lines, blocks parted by a blank line::

    1．林某某
    国籍：菲律宾
    身份：宗亲会理事长
    电子邮箱：…

    2．陈某某
    ...

The head line's name is a person when at least two blocks of the text have this shape
(a number and a name alone on a line, at least two field lines under it) and one of
their field lines gives a person's particulars (an ID, a mobile, a passport, a mailbox,
性别, 出生, 国籍, 籍贯, 住址, 身份 …). A heading of a notice's items ("1．申请条件")
is no name (``namemodel``: surname and a given name; no word of a role or a unit).
``person_head`` tells ``kvlabels.person_record`` that the contacts of such a block
are the person's.
"""

from __future__ import annotations

import re

from . import namemodel

Candidate = tuple[int, int, str, float]

# a number and a name alone on a line ("1．张三", "（2）李四", "03、欧阳某某", "【4】王五")
_NUMBER = (
    r"(?:[（(【]?\d{1,3}[）)】]|\d{1,3}[.．、,，]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|(?:No|NO|no)[.．]?[ ]?\d{1,3}(?=[ \u3000]))"  # a card's head: "No.01　张三"
)
_HEAD = re.compile(
    rf"[ \u3000]*(?:#{{2,6}}[ \t]+{_NUMBER}?|{_NUMBER})"
    r"[ \u3000]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})[ \u3000]*(?=\n|$)"
)
# a line start whose first sign may open a head ("\n1．", "\n（2）", "\n【3】", "\n一、")
_LINE_START = re.compile(r"\n(?=[ \u3000]*[#\dNn（(【一二三四五六七八九十])")
_FIELD = re.compile(
    r"[ \u3000]*(?:[-*+•][ \t]+)?[\u4e00-\u9fff（）()/／]{2,12}[ \u3000]*[：:][^\n]*\S"
)
_BLANK = re.compile(r"(?:[ \u3000\t]*\n)+")
_PARTICULAR = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?!\d)|@|[EG]\d{8}|性别|出生|国籍|籍贯|"
    r"住址|住所|居住地|身份|护照|民族|年龄"
)


def _block(text: str, end: int) -> tuple[int, bool]:
    """The number of field lines right under a head line ending at ``end`` and whether
    one of them gives a person's particulars."""
    fields = 0
    personal = False
    pos = end + 1
    while fields < 12 and pos < len(text):
        if blank := _BLANK.match(text, pos):
            # blank lines: a Markdown heading's list after one, an HTML card's fields
            # flattened with lines between
            pos = blank.end()
        m = _FIELD.match(text, pos)
        if not m or text[pos : m.end()].count("\n"):
            break
        fields += 1
        personal = personal or _PARTICULAR.search(text, pos, m.end()) is not None
        pos = m.end() + 1
        if text[m.end() : m.end() + 1] != "\n":
            break
    return fields, personal


def _heads(text: str) -> list[tuple[int, int]]:
    found = []
    sure = 0
    personal = False
    starts = (0, *(line.end() for line in _LINE_START.finditer(text)))  # (led by "\n")
    for at in starts:
        m = _HEAD.match(text, at)
        if m is None:
            continue
        fields, marked = _block(text, m.end())
        name = namemodel.score(m.group(1)) if fields >= 2 else 0.0
        if name >= 0.3:  # (a rare surname: a name where the others are sure ones)
            found.append((m.start(1), m.end(1)))
            sure += name >= 0.7
            personal = personal or marked
    return found if sure >= 2 and sure * 2 > len(found) and personal else []


def headed_records(text: str) -> list[Candidate]:
    """The names heading records written one field a line (module doc)."""
    if "\n" not in text or "：" not in text and ":" not in text:
        return []
    return [(s, e, "name", 0.9) for s, e in _heads(text)]


def person_head(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a numbered name heading a record of fields (the
    field lines under it counted as ``headed_records`` does)."""
    m = _HEAD.match(text, pos)
    if m is None or namemodel.score(m.group(1)) < 0.3:
        return False
    fields, personal = _block(text, m.end())
    return fields >= 2 and personal
