"""Addresses and landlines of records exported one field a line under a declared field list

Case systems export a register as "字段：编号 / 救助对象 / 住址 / 联系电话 / …" and then
each record as one value a line, records parted by a rule (—, ---, ***) or a blank line.
A record with exactly as many lines as the list has fields gives each line its field:
the value under a person's address field (住址, 家庭住址, 通讯地址, 送达地址 — not 单位地址)
is an address when it runs from a place word to a house or flat number, and the value
under a phone field is a landline when it is a bare local number of seven or eight digits
(full numbers with an area code are found anyway). Records of another length, values
that are not whole addresses and units' fields are left alone.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_DECLARED = re.compile(r"^[ \u3000]*(?:字段|字段顺序)[ \u3000]*[：:]([^\n]+)$", re.M)
_FIELD_SPLIT = re.compile(r"[ \u3000]*[/|｜、，,；;\t][ \u3000]*")
_RULE = re.compile(r"[ \u3000]*(?:[—\-=*_·]{1,}[ \u3000]*)?")
_ADDRESS_FIELD = re.compile(
    r"(?<!单位)(?<!机关)(?<!办公)(?:家庭|现|户籍|通讯|通信|联系|送达|居住)?(?:住址|地址|住所)"
)
_PHONE_FIELD = re.compile(r"(?<!单位)(?<!办公)(?:联系|家庭|住宅|固定)?(?:电话|座机|固话)")
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2,30}?(?:省|市|区|县|镇|乡|街道|路|街|巷|村|组|社区)"
    r"[\u4e00-\u9fff0-9A-Za-z\-]{0,30}?\d{1,5}(?:号|室|房|户)"
    r"(?:[\u4e00-\u9fff0-9A-Za-z\-]{0,20}?\d{1,5}(?:室|房|户))?"
)
_LOCAL = re.compile(r"[2-9]\d{6,7}")


def _records(text: str, begin: int):
    """(start, end) of each line of each record after ``begin``, record by record."""
    record: list[tuple[int, int]] = []
    pos = begin
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        if _RULE.fullmatch(text, pos, end):
            if record:
                yield record
            record = []
        else:
            record.append((pos, end))
        pos = end + 1
    if record:
        yield record


def field_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Addresses and bare local landlines of records under a declared field list."""
    if not has_word(text, "字段"):  # (by 字: a one-character search, wordfind)
        return []
    out: list[Candidate] = []
    taken = {c[0] for c in cands}
    for declared in _DECLARED.finditer(text):
        fields = [f for f in _FIELD_SPLIT.split(declared.group(1).strip()) if f]
        if len(fields) < 3:
            continue
        kinds = [
            "address"
            if _ADDRESS_FIELD.fullmatch(f)
            else "landline"
            if _PHONE_FIELD.fullmatch(f)
            else None
            for f in fields
        ]
        if not any(kinds):
            continue
        for record in _records(text, declared.end() + 1):
            if len(record) != len(fields):
                continue
            for kind, (start, end) in zip(kinds, record, strict=True):
                if kind is None or start in taken:
                    continue
                while start < end and text[start] in " \u3000\t":
                    start += 1
                while end > start and text[end - 1] in " \u3000\t\r":
                    end -= 1
                pattern = _ADDRESS if kind == "address" else _LOCAL
                if pattern.fullmatch(text, start, end):
                    out.append((start, end, kind, 0.85 if kind == "landline" else 0.8))
    return out
