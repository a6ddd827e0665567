"""Records exported one field a line under a declared list of fields (issue 16, recall).

A case system's export that writes each record's fields one a line, in the order a line
above declares them ("字段：编号 / 救助对象 / 住址 / 联系电话 …", "字段顺序：序号、姓名、地址"),
records parted by a rule ("—", "----") or a blank line. A field whose name heads a
column of persons (``tables.column_kind`` says "name") holds a person in every record of
exactly as many lines as there are fields; a record of another length is left alone (its
lines cannot be told apart).
"""

from __future__ import annotations

import re

from . import validators as v
from .namemodel import score
from .tables import _column_kind

Candidate = tuple[int, int, str, float]

_DECLARED = re.compile(r"(?m)^[ \u3000]*(?:字段|字段顺序)[：:][ \u3000]*([^\n]+)$")
_FIELD_SPLIT = re.compile(r"[ \u3000]*[/／|｜、][ \u3000]*")
_RULE = re.compile(r"^[ \u3000]*[—\-－=─_]+[ \u3000]*$")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")


def _records(text: str, start: int):
    """(line start, line) lists of the records after ``start``, up to the next heading."""
    record: list[tuple[int, str]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip() or _RULE.match(line):
            if record:
                yield record
            record = []
        else:
            record.append((pos, line))
        pos = end + 1
    if record:
        yield record


def _person(value: str) -> bool:
    if _DOT_NAME.fullmatch(value):
        return True
    return 2 <= len(value) <= 4 and (v.name_shape(value) == value or score(value) >= 0.75)


def field_records(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("字")  # (a search for one character is much faster than for two)
    while at >= 0:
        head = _DECLARED.match(text, at) if text[at + 1 : at + 2] == "段" else None
        at = text.find("字", at + 1)
        if not head or text[text.rfind("\n", 0, head.start()) + 1 : head.start()].strip(" \u3000"):
            continue  # (the list opens its line)
        fields = _FIELD_SPLIT.split(head.group(1).strip(" \u3000"))
        persons = [i for i, f in enumerate(fields) if _column_kind(f) == "name"]
        if len(fields) < 3 or not persons:
            continue
        for record in _records(text, head.end() + 1):
            if len(record) != len(fields):
                continue
            for i in persons:
                line_at, line = record[i]
                value = line.strip(" \u3000\t")
                if _person(value):
                    s = line_at + line.index(value)
                    out.append((s, s + len(value), "name", 0.8))
    return out
