"""Whose mailbox a record's field is: a person's or a unit's (issue 16, docs129–131).

An export gives each person as one record, and the record's fields say whose each value
is. A mailbox that is a field of such a record is told by the field itself, before its
domain or the words around it:

- **an XML element** (``<email>…</email>``): the element's path names its holder. A mail
  element, or an element enclosing it inside the record, whose tag names a unit
  (``<unitMail>``, ``<unitContact><email>``, ``<orgEmail>``, ``<dwyx>``, ``<单位邮箱>``) holds
  the unit's mailbox — the service unit's box repeated in every volunteer's record; a plain
  mail element in a record whose own fields name a person (a name element, a resident ID)
  holds that person's box, on any domain (a student's ``…@…edu.cn``).
- **a key-value record** ("姓名：…\n身份证号：…\n电子邮箱：…", records between blank lines
  or under 【…】 heads): a mail key that names no unit (电子邮箱, 邮箱, E-mail; not 单位邮箱,
  项目办邮箱, 公共邮箱), on its own line in a record with a 姓名 key and a person's ID or
  mobile, is the person's key.

A box given three times or more in the text is never given back to a person (a unit's
box repeated in each record). ``field_owner`` answers "person", "unit" or None (the field
does not say); ``mailowner.settle_mailboxes`` asks it after a mail header's display name.
"""

from __future__ import annotations

import re

# a tag (or pinyin key) naming a unit, an office, an employer
_UNIT_TAG = re.compile(
    r"unit|org(?!in)|dept|depart|company|corp|office|employer|school|institut|agency|"
    r"^dw|单位|机构|企业|公司|部门|学校|项目办",
    re.I,
)
_MAIL_TAG = re.compile(r"e?-?mail|邮箱|信箱|^(?:dz)?yx$|^dzyj$", re.I)
_OPEN_TAG = re.compile(r"<([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.:-]*)(?:\s[^<>]*)?>$")
_TAG = re.compile(r"<(/?)([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.:-]*)(?:\s[^<>]*)?(/?)>")
# a record's own field naming a person: a name element, a resident ID as a value
_NAME_ELEMENT = re.compile(
    r"<([\w:]*?(?:name|xm|xingming)|[^<>\s/]{0,6}姓名)(?:\s[^<>]*)?>[^<>\n]{2,12}</", re.I
)
_ID_VALUE = re.compile(r"[>\"]\d{17}[\dXx][<\"]")
_SPAN = 3000

# key-value records
_KV_LABEL = re.compile(
    r"(?:^|\n)[ \u3000]*(?:【([^】\n]{0,10})】|([^\s：:【】]{0,10})[：:])[ \u3000]*$"
)
_MAIL_KEY = re.compile(r"(?:电子)?(?:邮箱|信箱|邮件)(?:地址)?$|^[Ee]-?mail$")
_UNIT_KEY = re.compile(
    r"单位|机构|企业|公司|部门|学校|项目|公共|对公|公用|官方|办公|工作|[局委办院所站馆科股室]"
)
_BLOCK_HEAD = re.compile(r"\n[ \u3000]*\n|\n[ \u3000]*【[^】\n]{1,20}】[ \u3000]*\n|\n[-=─━]{3,}")
_NAME_KEY = re.compile(r"(?:^|\n)[ \u3000]*(?:【)?姓名(?:】|[：:])[ \u3000]*[\u4e00-\u9fff·]{2,6}")
_PERSON_NUMBER = re.compile(r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?![\dA-Za-z])")


def _xml_owner(text: str, start: int, end: int) -> str | None:
    head = _OPEN_TAG.search(text, start - 80 if start > 80 else 0, start)
    if head is None or not text.startswith("</" + head.group(1), end):
        return None
    tag = head.group(1).rsplit(":", 1)[-1]
    if not _MAIL_TAG.search(tag):
        return None
    if _UNIT_TAG.search(tag):
        return "unit"
    # the enclosing elements, nearest first, up to the record whose own fields name a person
    lo = max(0, start - _SPAN)
    closed: list[str] = []
    tags = list(_TAG.finditer(text, lo, head.start()))
    for m in reversed(tags):
        if m.group(3):  # <x/>
            continue
        name = m.group(2)
        if m.group(1):
            closed.append(name)
            continue
        if closed and closed[-1] == name:
            closed.pop()
            continue
        if _UNIT_TAG.search(name.rsplit(":", 1)[-1]):
            return "unit"  # <unitContact><email>…: the unit's box
        own = text[m.end() : head.start()]
        if "<" not in own:
            continue  # the mail element opens this one: its record is further up
        if _ID_VALUE.search(own) or any(
            not _UNIT_TAG.search(n.group(1)) for n in _NAME_ELEMENT.finditer(own)
        ):
            return "person"  # (<unitName>, <orgName>: a unit's name, no person's)
        return None  # the record the box stands in names no person
    return None


def _kv_owner(text: str, start: int) -> str | None:
    label = _KV_LABEL.search(text, start - 16 if start > 16 else 0, start)
    if label is None:
        return None
    key = (label.group(1) or label.group(2) or "").strip()
    if not _MAIL_KEY.search(key) or _UNIT_KEY.search(key):
        return None
    lo = start - 800 if start > 800 else 0
    heads = [m.end() for m in _BLOCK_HEAD.finditer(text, lo, label.start() + 1)]
    begin = heads[-1] if heads else lo
    if not heads and lo > 0:
        return None
    block = text[begin : label.start() + 1]
    if not _NAME_KEY.search(block) or not _PERSON_NUMBER.search(block):
        return None
    return "person"


def field_owner(text: str, start: int, end: int) -> str | None:
    """Whose the mailbox ``text[start:end]`` is by the record's field it fills: "person",
    "unit", or None when it fills no field of a record."""
    before = text[start - 1 : start]
    if before == ">":
        return _xml_owner(text, start, end)
    if before in ("：", ":", " ", "\u3000", "】"):
        return _kv_owner(text, start)
    return None
