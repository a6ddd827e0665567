"""A person's own mobile among a unit's contacts (issue 16, privfix19c, docs255–257).

A notice's contact list gives an office's landline and, beside it, the mobile of the
person who answers (a 联系人's, a 负责人's, a 联络员's): the landline is the unit's, the
mobile is the person's own, even a cadre's (benchmarks/privacy_heldout/README.md: every
person's own mobile is marked). ``refine`` reads such a mobile as the office's when a
unit's word or the office's number stands before it on the line; two layouts say whose
it is instead:

- **a column of mobiles**: the number stands in a table (cells parted by tabs, bars or
  wide gaps of spaces or ideographic spaces) under a header cell that names a mobile
  ("手机", "负责人手机", "工作手机", "联系人手机号码") and no shared line (值班, 公务, 单位,
  办公, 热线, 专线, 应急, 服务, 咨询, 监督, 投诉, 举报);
- **a labelled field after a named contact**: the number's own label is a mobile's
  ("　手机：", "，手机号码："), right after a field separator, on a line whose fields open
  with a contact person named by a colon ("联系人：X（科长）　电话：…　传真：…　手机：…",
  "2. 某镇　联络员：X（副镇长）　办公电话：…　手机：…"), or after the unit's colon opening
  the line ("局文物股：X，电话…，手机138…": ``unitcolon``); the label's colon may be left out.

A third layout (privfix25d): **the number alone in brackets right after a person's name given
by a label** ("劳资专管员：X（159…）；监察员：…；监督电话：…", "代办人：X(138…)"): the bracket notes
the number to that person, whatever unit's lines follow on the line (``refine`` read the line's
监督电话 as a unit's block).

A note after the number naming a duty line ("（值班手机）", "（公务）") keeps it the unit's.

Speed: asked only for a mobile that ``refine`` is about to read; the column's header is
looked for only when a cell's edge stands right before the number, the label only when
"手机" or "移动电话" does.
"""

from __future__ import annotations

import re

from .unitcolon import unit_contact_at

_MOBILE = re.compile(r"1[3-9]\d{9}(?!\d)")
_CELL_EDGE = frozenset("\t|｜│ \u3000")
_CELLS = re.compile(r"\t|[|｜│]| {2,}|\u3000+")
_MOBILE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:手机|手机号|手机号码|移动电话)")
_SHARED = re.compile(r"值班|公务|单位|办公|热线|专线|应急|服务|咨询|监督|投诉|举报|总机|座机")
_DATA = re.compile(r"\d{5}")
_ROWS = 40  # lines looked at above the row for its header
# the number's own mobile label right after a field's edge
_OWN_LABEL = re.compile(
    r"(?:^|[ \u3000\t，,；;])(?:手机|手机号|手机号码|移动电话)[:：]?[ \u3000]*$", re.M
)
# a contact person named by a colon earlier on the line ("联系人：李某（科长）")
_CONTACT = re.compile(
    r"(?:联系人|联络人|联络员|负责人|经办人|专干|工作人员)[:：][ \u3000]*[\u4e00-\u9fff·]{2,6}"
    r"(?:[（(][^（()）\n]{1,16}[）)])?"
)
# a label's name right before the number's bracket: "专管员：X（", the label opening its clause
_NAMED_BRACKET = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}[员人][:：][ \u3000]*"
    r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?[（(]\Z"
)
_DUTY_NOTE = re.compile(r"[ \u3000]*[（(][^（()）\n]{0,8}(?:值班|公务|单位|办公|热线|专线|应急)")


def own_mobile(text: str, start: int, end: int) -> bool:
    """Whether the mobile at ``start`` is its holder's by the layouts above."""
    if not _MOBILE.match(text, start) or _DUTY_NOTE.match(text, end):
        return False
    edge = text[start - 1 : start]
    if edge in ("（", "(") and text[end : end + 1] in ("）", ")"):
        return _NAMED_BRACKET.search(text, start - 20 if start > 20 else 0, start) is not None
    if edge in ("：", ":", " ", "\u3000", "机", "话"):  # (手机138…: the label's colon left out)
        lo = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
        if (
            "手机" in text[start - 10 if start - 10 > lo else lo : start]
            or "移动电话" in text[start - 10 if start - 10 > lo else lo : start]
        ):
            if _OWN_LABEL.search(text, start - 12 if start - 12 > lo else lo, start) and (
                _CONTACT.search(text, lo, start) or unit_contact_at(text, lo, start)
            ):
                return True  # (or "局文物股：X，…，手机…": the contact after the unit's colon)
    return edge in _CELL_EDGE and _mobile_column(text, start)


def _cells(line: str) -> list[str]:
    return [c for c in _CELLS.split(line.strip(" \u3000\t")) if c != ""]


def _mobile_column(text: str, start: int) -> bool:
    line_start = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    if line_start == 0 and start > 400:
        return False
    before = text[line_start:start]
    if "，" in before or "。" in before or "：" in before:
        return False  # a sentence or a field, no table's row
    index = len(_cells(before))
    if index == 0:
        return False
    pos = line_start - 1
    for _ in range(_ROWS):
        if pos <= 0:
            return False
        above = text.rfind("\n", pos - 600 if pos > 600 else 0, pos) + 1
        line = text[above:pos]
        pos = above - 1
        if "手机" not in line and "移动电话" not in line:
            continue
        if _DATA.search(line):
            continue  # a row holding a mobile, not the header
        cells = _cells(line)
        if index >= len(cells):
            return False
        head = cells[index]
        return bool(_MOBILE_HEAD.fullmatch(head)) and not _SHARED.search(head)
    return False
