"""Records of a JSON export read as the rows of a table (an interface's reply, a register's
export): each flat object is a record, its keys the column headers.

    {"xh": 1, "hz": "张三", "sfzh": "…", "jtzz": "…"}
    {"姓名": "李四", "身份证号码": "…"}

A key stands for its header as an XML field's name does (``xmltables.field_header``:
Chinese headers as they are, pinyin initials and words, English names). A record without
a name field keeps no contact: the sender's contact in a file's head acts in office.
"""

from __future__ import annotations

import re

from .tables import Candidate
from .xmltables import _record, field_header

# a flat object: no object or array inside it
_OBJECT = re.compile(r"\{[^{}\[\]]*\}")
# a string field: its key and its value (a value without escapes)
_FIELD = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*"([^"\\\n]*)"')


def json_records(text: str) -> list[Candidate]:
    """Names, IDs, cards and addresses in the flat objects of the JSON ``text``."""
    out: list[Candidate] = []
    for obj in _OBJECT.finditer(text):
        fields = [
            (m.group(1), m.group(2), m.start(2))
            for m in _FIELD.finditer(text, obj.start(), obj.end())
            if field_header(m.group(1))
        ]
        if fields:
            _record(fields, out)
    return out
