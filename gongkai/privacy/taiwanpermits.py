"""Taiwan residents' permits (台胞证: 8 or 10 digits) the label pass of ``scanner`` misses.

``scanner`` takes the number right after 台胞证 or 台湾居民来往大陆通行证 (up to eight
signs between). A number of eight digits has no shape of its own, so three more layouts
are read here, each only where the text names Taiwan:

- a key between the document's name and its number: a JSON or XML record
  (``"zjlx": "台湾居民来往大陆通行证", "zjhm": "…"``), or ``证件类型：台胞证 证件号码：…``,
  the number's field also on the next line (a record one field a line, 证件号码 = …);
- the word 通行证 with 台湾/台胞/台籍 nearer before it in the sentence than any word of
  Hong Kong or Macao (台湾居民张三（通行证号码…）); a vehicle's 通行证 is not such;
- the next cells of the same row holding a number of the same shape right after the first
  (学生证件号码, 监护人证件号码 under one 证件类型 cell), or the cell right before a cell
  reading the document's name (证件号码 | 证件类型);
- a number noted with the document's name in brackets right after it (09763521（台湾
  居民来往大陆通行证）, 0961834701(台胞证));
- in a table one cell a line, the number alone on the line right after the line holding
  only the document's name (a 证件类型 cell, then its 证件号码 cell).

Not a permit: a vehicle's pass (台胞车辆通行证), a count (…通行证12345678张), a number
whose own label names another number (发票号码：12345678（台胞证办理费）, ``doccolumns``).
A permit's number written in groups after 通行证 (C 1234 5678) is read by ``docforms``.
"""

from __future__ import annotations

import re

from .doccolumns import other_label
from .docforms import grouped_permit
from .taiwancolumns import documents_column, taiwan_columns
from .taiwanlabels import labelled_permits
from .wordfind import find_by, has_word

Candidate = tuple[int, int, str, float]

# words of a document about Hong Kong, Macao and Taiwan residents' permits
_MAINLAND_WORDS = ("830000",)
_MAINLAND_BY = (("大陆", 1), ("居住证", 0), ("内地", 0))  # (by 陆, 居 and 内: ``wordfind``)

# (a count of documents, 12345678张, is no document's number: ``patterns.DOC_TAIL``)
_NUMBER = r"(?<![0-9A-Za-z])(\d{8}(?:\d{2})?)(?![0-9A-Za-z]|[ \u3000]?[张本件份次个元](?!人))"
# between the document's name and its number: signs, a record's key, a label of the number
_GAP = re.compile(
    r"(?:[ \t\u3000\"'：:,，|｜/<>=_\-A-Za-z（(]|\r?\n(?=[ \t\u3000]*(?:证件号|号码|证号|编号))|"
    # the next line's key with its party before it (受让方证件号码：…, 申请人证件号：…)
    # (身份证明号码：…, the document's name on the line above: 身份证明名称：台湾居民…)
    r"\r?\n[ \t\u3000]*[\u4e00-\u9fff]{1,5}?(?:(?=证件号)|证明(?=号))|"
    # an export's next element or key, a number's (<IdType>台湾…</IdType> then <IdNo>, "zjhm":)
    r"\r?\n(?=[ \t\u3000]*[<\"][A-Za-z_][\w.\-]*?(?i:no|num|hm|haoma|code|id)[\w.\-]*[>\"]"
    r"[ \t]*:?[ \t]*\"?\d)|"
    r"证件号码|证件号|号码|证号|编号|号)*?" + _NUMBER
)
_NEXT_CELL = re.compile(r"[ \t\u3000\"',，|｜/、]{1,5}" + _NUMBER)
# the cell right before the document's name (证件号码 | 证件类型 in that order)
_CELL_BEFORE = re.compile(
    r"(?<![0-9A-Za-z])(\d{8}(?:\d{2})?)[\"']?[ \t\u3000]*[,，\t|｜][ \t\u3000]*[\"']?$"
)
# a number noted with the document's name in brackets: "09763521（台湾居民来往大陆通行证）"
_NOTED_BEFORE = re.compile(r"(?<![0-9A-Za-z])(\d{8}(?:\d{2})?)[ \u3000]*[（(]$")
# the holder's cell between the document's name and its number, in a row of cells or a
# table one cell a line ("台湾居民来往大陆通行证\n张三\n49906882", "台胞证\t张三\t…")
_HOLDER_BETWEEN = re.compile(
    r"[ \u3000]*(?:\r?\n|[\t|｜,，])[ \u3000]*[\u4e00-\u9fff·]{2,8}[ \u3000]*(?:\r?\n|[\t|｜,，])"
    r"[ \u3000]*" + _NUMBER + r"(?=[ \u3000]*(?:\r?\n|[\t|｜,，]|$))"
)
# a table one cell a line: the document's name alone on its line, the number alone on the next
_NEXT_LINE = re.compile(r"[ \u3000]*\r?\n[ \u3000]*" + _NUMBER + r"[ \u3000]*(?=\r?\n|$)")
# a record giving the number's key before its type's key ("证件号": "41395713", "手机": …,
# "证件类型": "台湾居民来往大陆通行证"): the type's key, then the number's line above it
_TYPE_KEY = re.compile(r"(?:证件|证照)(?:类型|种类|名称)[\"']?[ \u3000]*[:：=][ \u3000]*[\"']?$")
_NUMBER_LINE = re.compile(
    r"[ \t\u3000]*[\"']?(?:[\u4e00-\u9fff]{0,6})(?:证件号码?|证号)[\"']?[ \u3000]*[:：=][ \u3000]*[\"']?"
    + _NUMBER
    + r"[\"']?[ \u3000]*[,，]?[ \u3000]*$"
)


def _number_above(text: str, label: int) -> Candidate | None:
    """The number on a line above the type's key, in the same record (up to four lines,
    not past a blank line or an object's brace)."""
    line_start = text.rfind("\n", label - 60 if label > 60 else 0, label) + 1
    if not _TYPE_KEY.search(text, line_start, label):
        return None
    end = line_start - 1
    for _ in range(4):
        if end <= 0:
            return None
        start = text.rfind("\n", end - 80 if end > 80 else 0, end) + 1
        line = text[start:end]
        if not line.strip() or "{" in line or "}" in line:
            return None
        m = _NUMBER_LINE.fullmatch(text, start, end)
        if m:
            return (m.start(1), m.end(1), "permit", 0.9)
        end = start - 1
    return None


_TAIWAN = ("台湾", "台胞", "台籍")
_OTHERS = ("香港", "澳门", "港澳")
_CELL_SIGNS = frozenset(",，\t|｜\"' \u3000")


def _taiwan_nearer(text: str, end: int) -> bool:
    lo = end - 40 if end > 40 else 0
    for stop in "。；;\n":
        cut = text.rfind(stop, lo, end)
        if cut >= 0:
            lo = cut + 1
    window = text[lo:end]
    taiwan = max(window.rfind(w) for w in _TAIWAN)
    return taiwan >= 0 and taiwan > max(window.rfind(w) for w in _OTHERS)


# a number alone in brackets right after a person's name ("其妻子X（05529187）")
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff·])[（(]" + _NUMBER + r"[）)]")


def _companions(text: str, found: list[Candidate]) -> list[Candidate]:
    """Numbers of a permit's shape (as many digits) standing alone in brackets after a
    name later in the paragraph of a permit found by its document's name: the document
    named once, then the companions' ("…（台湾居民来往大陆通行证0552…）一家三口…其妻子
    X（0552…）")."""
    out: list[Candidate] = []
    seen = -1
    for s, e, _k, _c in sorted(found):
        if e <= seen:
            continue
        stop = text.find("\n", e, e + 300)
        seen = stop = e + 300 if stop < 0 else stop
        for m in _BRACKETED.finditer(text, e, stop):
            if m.end(1) - m.start(1) == e - s:
                out.append((m.start(1), m.end(1), "permit", 0.85))
    return out


def taiwan_permits(text: str) -> list[Candidate]:
    if not has_word(text, "通行证", 2) and find_by(text, "台胞证", 1) < 0:  # (证, 胞: wordfind)
        # a 驾驶证号 column; a 证件号码 column whose row says 台湾居民, the document unnamed
        if documents_column(text) or has_word(text, "台湾", 1) or has_word(text, "台胞", 1):
            return [c for c in taiwan_columns(text) if not other_label(text, c[0])]
        return []
    out: list[Candidate] = []
    for word in ("通行证", "台胞证"):
        by = 1 if word == "台胞证" else 0  # (胞 and 通 are rarer than 台 and 行)
        at = find_by(text, word, by)
        while at >= 0:
            end = at + 3
            grouped = grouped_permit(text, end) if word == "通行证" else None
            if grouped:  # 往来港澳通行证号码：C 1234 5678 (docforms)
                out.append(grouped)
            elif word == "台胞证" or (
                "车" not in text[at - 3 : at] and _taiwan_nearer(text, end)
            ):  # (台胞车辆通行证: a vehicle's pass)
                label = (
                    at - 8 if word == "通行证" and text[at - 8 : at] == "台湾居民来往大陆" else at
                )
                sign = text[label - 1 : label]
                if sign and (sign in _CELL_SIGNS or sign in "（("):
                    before = _CELL_BEFORE if sign in _CELL_SIGNS else _NOTED_BEFORE
                    b = before.search(text, label - 20 if label > 20 else 0, label)
                    if b:
                        out.append((b.start(1), b.end(1), "permit", 0.9))
                above = _number_above(text, label)
                if above:
                    out.append(above)
                m = _GAP.match(text, end)
                if m is None or m.start(1) - end > 40:
                    m = _HOLDER_BETWEEN.match(text, end)
                if m is None and text[label - 1 : label] in ("\n", ""):
                    m = _NEXT_LINE.match(text, end)  # "证件类型\n证件号码" cells, one a line
                if m and m.start(1) - end <= 40:
                    size = m.end(1) - m.start(1)
                    out.append((m.start(1), m.end(1), "permit", 0.9))
                    nxt = _NEXT_CELL.match(text, m.end(1))
                    while nxt and nxt.end(1) - nxt.start(1) == size:
                        out.append((nxt.start(1), nxt.end(1), "permit", 0.9))
                        nxt = _NEXT_CELL.match(text, nxt.end(1))
            at = find_by(text, word, by, end)
    if out and ("（" in text or "(" in text):
        out += _companions(text, out)
    if (
        has_word(text, "台湾", 1)
        or has_word(text, "台胞", 1)
        or (  # a document of 港澳台 residents: the row's 830000 permit, the column's H/M
            has_word(text, "通行证", 1)
            and (
                any(has_word(text, w) for w in _MAINLAND_WORDS)
                or any(has_word(text, w, by) for w, by in _MAINLAND_BY)
            )
        )
        or documents_column(text)  # IDs, permits, passports under 驾驶证号 (taiwancolumns)
    ):  # a column of numbers, Taiwan in the row
        out += taiwan_columns(text) + labelled_permits(text)  # 代办人证件号码：… (taiwanlabels)
    # a number whose own label names another number (发票号码：12345678（台胞证办理费）,
    # 受理编号：…): that number, whatever document the sentence names (doccolumns)
    return [c for c in out if not other_label(text, c[0])]
