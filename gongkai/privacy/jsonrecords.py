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

from .keycolumns import key_columns, private_staff
from .keymeaning import meaning
from .tables import Candidate
from .xmltables import _record, field_header

# a string field: its key and its value (a value without escapes)
_FIELD = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*"([^"\\\n]*)"')
_BRACES = re.compile(r"[{}]")
# an array of strings under a key ("inventors": ["张三", "李四"]) and its items
_ARRAY = re.compile(r'"([^"\\\n]{1,40})"\s*:\s*\[([^\[\]{}"]*"[^\[\]{}]*)\]')
_ITEM = re.compile(r'"([^"\\\n]*)"')


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


# a value with a person's name's shape: two to four Han characters, or a name of a
# minority written with a middle dot
_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•．.][\u4e00-\u9fff]{1,10}")


def _guessed_not_names(objects: list[list[tuple[str, str, int]]]) -> frozenset[str]:
    """Keys read as 姓名 only by their initials before xm (fwxm, xmxm: xm is also 项目),
    no role or name word in them, whose values across the records mostly have no
    name's shape (a project's, an event's title): not a name's column."""
    values: dict[str, list[str]] = {}
    for every in objects:
        for key, value, _at in every:
            if value and field_header(key) == "姓名" and meaning(key)[1] != "name":
                values.setdefault(key, []).append(value)
    return frozenset(
        key
        for key, vals in values.items()
        if len(vals) >= 3 and 2 * sum(bool(_NAME_SHAPE.fullmatch(x)) for x in vals) < len(vals)
    )


def json_records(text: str) -> list[Candidate]:
    """Names, IDs, cards and addresses in the objects of the JSON ``text``."""
    out: list[Candidate] = []
    records = []
    arrays = "[" in text
    objects = _objects(text)
    fields_of = [
        [
            (m.group(1), m.group(2), m.start(2))
            for lo, hi in own
            for m in _FIELD.finditer(text, lo, hi)
        ]
        for own in objects
    ]
    not_names = _guessed_not_names(fields_of)
    # a staff word (jbr: 经办人 and 举报人 alike) shown private in one record (its home, its
    # ID: ``private_staff``) is so in every record of the export (an empty home elsewhere)
    shared = frozenset().union(*map(private_staff, fields_of)) if len(fields_of) > 2 else None
    for own, every in zip(objects, fields_of, strict=True):
        fields = [f for f in every if field_header(f[0]) and f[0] not in not_names]
        if fields:
            _record(fields, out, every, shared or frozenset())
        if arrays:
            every += [
                (m.group(1), item.group(1), item.start(1))
                for lo, hi in own
                for m in _ARRAY.finditer(text, lo, hi)
                for item in _ITEM.finditer(text, m.start(2), m.end(2))
            ]
        records.append(every)
    # columns under keys no table knows: what their values across the records hold
    out += key_columns(records, field_header)
    return sorted(out)


# a YAML key whose value is the sequence below it ("家庭成员:\n  - 张三\n  - 李四"), and
# each plain item of that sequence
_YAML_KEY = re.compile(r"^([ \t]*)(?:- )?([^\s:：#\-\"'][^:：\n]{0,19})[:：][ \t]*$", re.M)
_YAML_ITEM = re.compile(r"[ \t]+- [ \t]*([^\s:：#\"'{\[][^:：\n]{0,29}?)[ \t]*(?:\n|$)")


def yaml_lists(text: str) -> list[Candidate]:
    """Names in the YAML sequences under keys of persons (家庭成员, members, jtcy): each
    item is a record of that one field, read as the JSON and XML records are."""
    out: list[Candidate] = []
    for m in _YAML_KEY.finditer(text):
        key = m.group(2).strip()
        if not field_header(key):
            continue
        pos = m.end() + 1
        indent = len(m.group(1))
        while True:
            item = _YAML_ITEM.match(text, pos)
            if not item or text.index("-", pos) - pos <= indent:
                break
            _record([(key, item.group(1), item.start(1))], out)
            pos = item.end()
    return sorted(out)
