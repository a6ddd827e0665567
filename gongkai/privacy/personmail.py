"""A mailbox among a person's particulars is the person's, whatever the mail domain.

``context.office_phone`` reads the words before a number back to its sentence's start,
and any organisation's word there (学院, 公司, 单位 …) makes a contact the office's. In a
person's row or particulars that word is the person's school or employer
("工作单位所在地…，电子邮箱：…", a row "学院 | 专业 | ID | 手机 | 邮箱"). A mailbox is a
person's when its row holds a resident ID or a mobile number (no note after it: a
mobile noted "（专线）" is the office's): its own line, or, alone on its line (a table
flattened one cell a line), back to the blank line that ends the row before or to the
line of the row's serial number — at most 300 characters, not before the end of a
sentence. An office's contact lines carry neither; nor does a row opened by a unit (a
list of units and their contacts) — an individual business's trade name (某某小卖部, 经营部,
门市部) opens its keeper's row, no unit's.
"""

from __future__ import annotations

import re

from .columnheads import own_column
from .kvlabels import person_record
from .unitmail import personal_label

# a resident ID, a mobile or a travel document's number (passport E/G…, 港澳 H/M…, 永居
# ABC + 12 digits) standing alone (not inside a longer run of digits or letters)
_PERSONAL_NUMBER = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9}|[EG](?:\d{8}|[A-Z]\d{7})|[HM]\d{8}(?:\d{2})?|[A-Z]{3}\d{12})"
    r"(?![\dA-Za-z（(])"
)


# a line holding only a row's serial number: a row of a table one cell a line starts there
_SERIAL_LINE = re.compile(r"\n[ \u3000\t]*\d{1,3}[.、．]?[ \u3000\t]*\n")
_FIRST_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")
# an individual business's trade name (小卖部, 经营部, 门市部): its keeper's row, no unit's
_SHOP = re.compile(r"(?:小卖|经营|门市)部$")
_UNIT_END = re.compile(
    r"(?:局|馆|中心|公司|院|所|站|委|办|学校|医院|银行|政府|委员会|协会|社|厂|部|队|处|科|股)$"
)


def personal_mail(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` stands in a person's row or particulars."""
    if personal_label(text, start) or person_record(text, start) or own_column(text, start):
        return True  # "个人联系邮箱：…" (unitmail); a field of a person's record (kvlabels)
    lo = start - 300 if start > 300 else 0
    line = text.rfind("\n", lo, start)
    if line >= 0 and text[line + 1 : start].strip(" \u3000\t"):
        lo = line + 1  # a line of particulars or a table's row: its own line
        if text[start - 1 : start] == '"':
            lo = _json_record(text, start, lo)  # a JSON object's field: the whole record
    else:  # alone on its line: one cell a line, the row ends at a blank line
        lo = max(lo, text.rfind("\n\n", lo, start) + 1)
        serial = _SERIAL_LINE.search(text, lo, start)  # or a line of the row's serial number
        while serial:
            lo = serial.end()
            serial = _SERIAL_LINE.search(text, lo - 1, start)
    lo = max(lo, text.rfind("。", lo, start) + 1)
    first = _FIRST_WORDS.search(text, lo, start)
    if first and _UNIT_END.search(first.group()) and not _SHOP.search(first.group()):
        return False  # a row of a list of units: its contact's mobile, the unit's mailbox
    return _PERSONAL_NUMBER.search(text, lo, start) is not None


def _json_record(text: str, start: int, lo: int) -> int:
    """Where the JSON record holding the string value at ``start`` opens: its object's
    "{", or the "{" of the object around it when it is a record's nested contact
    (``{"xm": …, "sfzh": …, "jjlxr": {"xm": …, "dh": "…"}}``); ``lo`` when no object."""
    brace = text.rfind("{", start - 600 if start > 600 else 0, start)
    if brace < 0 or text.find("}", brace, start) >= 0 or '":' not in text[brace:start]:
        return lo
    depth, k = 0, brace - 1
    while k >= (
        brace - 1200 if brace > 1200 else 0
    ):  # the object around it: its "{" with braces balanced
        c = text[k]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return k if _PERSONAL_NUMBER.search(text, k, brace) else brace
            depth -= 1
        elif c == "[" and depth == 0:
            break  # an array's item: no object around it
        k -= 1
    return brace


# "方浩（fanghao88@126.com）", "秦岭（3号楼业主，邮箱…）": a mailbox in the brackets right
# after a person's name, with at most a short note of who the person is
_NAMED_BOX = re.compile(
    r"([\u4e00-\u9fff]{2,})[（(]"
    r"(?:[^（()）\n]{0,12}[，,、；; \u3000])?(?:电子)?(?:邮箱|邮件|信箱|[Ee]-?mail)?[:：]?[ \u3000]*$"
)
# "发送至组长凤鸣岐的邮箱…": a mailbox said to be a person's
_OWNED_BOX = re.compile(
    r"([\u4e00-\u9fff]{2,})的(?:个人|私人)?(?:电子)?(?:邮箱|信箱|邮件地址)(?:地址)?[:：为是]?[ \u3000]*$"
)
_UNIT_WORDS = re.compile(r"局|政府|委员会|办公室|中心|公司|单位|机关|科|股|窗口|热线")
_IN_OFFICE = re.compile(
    r"(?:联系人|联络人|经办人|承办人|局长|科长|处长|股长|书记|县长|镇长|乡长)[:：]?$"
)


# "已于…以电子邮件（…）告知", "已通过邮件（…）向其送达": the office wrote to the mailbox
_SENT_BY = re.compile(r"已[^。；;\n]{0,24}(?:以|通过|用|发送?至)(?:电子)?(?:邮件|邮箱)[（(]$")
_SENT_VERB = re.compile(
    r"[^。；;\n（(]{0,40}?[）)][^。；;\n]{0,6}?(?:告知|通知|送达|答复|回复|发送|寄送)(?![本我贵])"
)


# "收到您通过电子邮件（…）提交的申请": the office received a letter from the mailbox
_RECEIVED_BY = re.compile(
    r"(?:收到|接到|收悉)[^。；;\n]{0,12}(?:以|通过|用|使用)(?:电子)?(?:邮件|邮箱)[（(]$"
)
_RECEIVED_VERB = re.compile(
    r"[^。；;\n（(]{0,40}?[）)][^。；;\n]{0,6}?(?:提交|提出|发来|寄来|递交|申请|反映)"
)


def sent_mailbox(text: str, start: int) -> bool:
    """A mailbox the office has already written to (a bracket after 以邮件 and a verb
    of telling after it, not "告知本局"): the addressee's, not the office's; or one the
    office has received a letter from (收到您通过电子邮件（…）提交的…): the sender's."""
    lo = start - 40 if start > 40 else 0
    if _SENT_BY.search(text, lo, start):
        return bool(_SENT_VERB.match(text, start))
    return bool(_RECEIVED_BY.search(text, lo, start)) and bool(_RECEIVED_VERB.match(text, start))


def named_mailbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` stands in brackets right after a person's name
    or after "<name>的邮箱" (not a unit's contact or an official named by the office's
    title), or is one the office has written to (``sent_mailbox``)."""
    from . import validators as v

    if sent_mailbox(text, start):
        return True
    lo = start - 30 if start > 30 else 0
    m = _NAMED_BOX.search(text, lo, start) or _OWNED_BOX.search(text, lo, start)
    if m is None:
        return False
    run = m.group(1)
    if len(run) <= 4:
        name = run if v.plausible_name(run) else ""
    else:  # words then the name ("由李某的同学黄某某（…）"): its last three or two characters
        name = next((run[-k:] for k in (3, 2) if v.plausible_name(run[-k:], strict=True)), "")
    if not name:
        return False
    if _UNIT_WORDS.search(text, m.end(1), start):
        return False
    at = m.end(1) - len(name)
    return not _IN_OFFICE.search(text, at - 6 if at > 6 else 0, at)


# a person's home in a row: a flat, building or house number
_HOME_IN_ROW = re.compile(r"\d+(?:室|幢|栋|单元|号楼)")


def persons_phone(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a person's though its words name a unit: it
    stands among the person's particulars (``personal_mail``), or in a row of a table of
    persons that names them and gives their home (承租人 | 用人单位 | 配租房源 | 联系方式):
    the unit is their employer. (An expert list's row gives no home: an expert's phone
    beside their college is the college's.)"""
    from .rowcontext import person_row

    if personal_mail(text, start):
        return True
    line = text.rfind("\n", start - 400 if start > 400 else 0, start) + 1
    return bool(_HOME_IN_ROW.search(text, line, start)) and person_row(text, start)


def sample_mail(local: str, domain: str) -> bool:
    """A form's sample mailbox ("xxx@xxx.com", "xx@163.com"): its local part or its
    domain's name is one letter repeated (``_one_letter``). (example.com is left to the
    tests' own fixtures: a real notice's sample writes xxx.)"""
    name = domain.split(".", 1)[0].lower()
    return _one_letter(local.lower()) or _one_letter(name) or local.lower() == name  # a@a.com


def _one_letter(word: str) -> bool:
    """ "xx", "xxx", "aaaa": one letter repeated (not "qq": a mail service's name)."""
    return len(set(word)) == 1 and word.isalpha() and (len(word) >= 3 or word == "xx")


# the writer's own mailbox named as the sender's ("电子邮件（发件邮箱X）反映"): a hotline
# or a supervising channel before it does not make it the office's
_SENDER_LABEL = re.compile(r"(?:发件人?|来信|发信)(?:电子)?(?:邮箱|信箱|地址)[:：]?[ \u3000]*$")


def sender_mailbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is labelled as its sender's (发件邮箱, 来信邮箱 …)."""
    lo = start - 10 if start > 10 else 0
    near = text[lo:start]
    return ("箱" in near or "址" in near) and bool(_SENDER_LABEL.search(text, lo, start))
