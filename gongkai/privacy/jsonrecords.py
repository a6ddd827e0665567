"""Records of a JSON export read as the rows of a table (an interface's reply, a register's
export): each flat object is a record, its keys the column headers.

    {"xh": 1, "hz": "张三", "sfzh": "…", "jtzz": "…"}
    {"姓名": "李四", "身份证号码": "…"}

A key stands for its header as an XML field's name does (``xmltables.field_header``:
Chinese headers as they are, pinyin initials and words, English names). A record without
a name field keeps no contact: the sender's contact in a file's head acts in office.
An object that holds another one (a record with its emergency contact:
``{"xm": "张三", …, "jjlxr": {"xm": "李四", "dh": "…"}}``) is a record of its own fields,
the inner object another record.
"""

from __future__ import annotations

import re

from .tables import Candidate
from .xmltables import _record, field_header

# a string field: its key and its value (a value without escapes)
_FIELD = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*"([^"\\\n]*)"')
_BRACES = re.compile(r"[{}]")


def _objects(text: str) -> list[list[tuple[int, int]]]:
    """Each object of ``text`` as the pieces of text that are its own (the objects
    inside it left out), innermost first."""
    done: list[list[tuple[int, int]]] = []
    stack: list[list[tuple[int, int]]] = []
    piece = 0  # where the current object's own text resumes
    for m in _BRACES.finditer(text):
        if m.group() == "{":
            if stack:
                stack[-1].append((piece, m.start()))
            stack.append([])
            piece = m.end()
        elif stack:
            own = stack.pop()
            own.append((piece, m.start()))
            done.append(own)
            piece = m.end()
    return done


def json_records(text: str) -> list[Candidate]:
    """Names, IDs, cards and addresses in the objects of the JSON ``text``."""
    out: list[Candidate] = []
    for own in _objects(text):
        fields = [
            (m.group(1), m.group(2), m.start(2))
            for lo, hi in own
            for m in _FIELD.finditer(text, lo, hi)
            if field_header(m.group(1))
        ]
        if fields:
            _record(fields, out)
    return sorted(out)
