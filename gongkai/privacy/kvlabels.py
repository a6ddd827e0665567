"""Records written as bracketed labels, one field a line (issue 16, fourteenth batch).

A form published as text often puts each field's label in lenticular brackets at the
line's start instead of before a colon::

    【救助对象】张三
    【联系电话】7461538（家中座机）
    【电子邮箱】…
    【实施单位】某镇人民政府　经办人：李四

``bracket_labels`` reads such a block as the same labels with a colon ("救助对象：张三"):
the opening bracket becomes a space and the closing one a colon, so every offset holds
and every rule for "label：value" fields (persons' labels, phones after a phone label,
records one field a line, clerks' sign-offs) applies. It takes three such lines or more
(a block of fields, not a heading) and leaves markings alone (【内部资料】, 【秘密】).
"""

from __future__ import annotations

import re

from .headedrecords import person_head

# a bracketed label opening a line, a value after it on the same line
_LABEL = re.compile(r"[ \u3000]*【([\u4e00-\u9fff \u3000]{2,10})】(?=[^\n])")


def bracket_labels(text: str) -> str:
    """``text`` with its blocks of 【label】value lines written as "label：value"."""
    hits = []
    k = text.find("【")
    while k >= 0:  # (led by one literal: the lines with a bracket only)
        line = text.rfind("\n", k - 40 if k > 40 else 0, k) + 1
        m = _LABEL.match(text, line) if line or k <= 40 else None
        if m and m.start(1) == k + 1 and "密" not in m.group(1) and "内部" not in m.group(1):
            hits.append(m)
        k = text.find("【", k + 1)
    if len(hits) < 3:
        return text
    parts = []
    pos = 0
    for m in hits:
        open_at = m.start(1) - 1
        parts += [text[pos:open_at], " ", m.group(1), "："]
        pos = m.end(1) + 1
    parts.append(text[pos:])
    return "".join(parts)


# a field's label opening its line ("联系电话：", "【电子邮箱】" read as "电子邮箱：")
_FIELD_LINE = re.compile(
    r"[ \u3000]*(?:[-*+•][ \t]+)?(?:[一二三四五六七八九十\d]{1,3}[、.．][ \u3000]*)?"
    r"([\u4e00-\u9fff（）()/／ \u3000]{2,12})[：:]"
)  # (a record's first field may carry its number: "一、业主姓名：…", "3. 申请人：…"; a
# Markdown list's field its bullet: "- 电子邮箱：…")
_CONTACT_FIELD = re.compile(r"电话|手机|座机|固话|邮箱|信箱|邮件|方式")
_HOME_FIELD = re.compile(r"住所|住址|居住地|家庭地址|现住")
_CONTACT_AFTER = re.compile(
    r"[ \u3000\t][\u4e00-\u9fff]{0,4}(?:电话|手机|座机|固话|邮箱)[ \u3000]*[:：][ \u3000]*$"
)
_PERSON_FIELD = re.compile(
    r"身份证|身份号码|证件号|姓名|户主|申请人|当事人|救助对象|保障对象|补助对象|受助人|家庭住址|现住址|"
    # the official name of the ID's field (公民身份号码), a home's 居住地址, the party of an
    # expropriation (被征收人, 被拆迁人): a person's record too (privfix24a)
    r"居住地址|被征收人|被拆迁人|"
    r"户籍地|家庭成员|监护人|(?:诉求|来电|来信|反映|投诉|举报|求助|被申请|被处罚|被执行)人|"
    # a flat's or a plot's holders ("【产权人】…", "业主姓名：…", "承租人：…")
    r"(?:产权|所有权|权利|共有|承租|购房|受让|继承)人|业主(?![委大])|房主"
)
# a field naming a unit, not a person ("申请人：澄州市某某物业有限公司")
_UNIT_VALUE = re.compile(r"(?:公司|集团|中心|委员会|合作社|厂|局|医院|学校|政府)[）)]?[ \u3000]*$")
# the line that opens a record of fields without a colon: a person's role and the person
# ("（一）申请人王某某", "2. 当事人 李某（姐弟）") above "通讯地址：…", "电子邮箱：…"
_RECORD_HEAD = re.compile(
    r"[ \u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])?"
    r"[ \u3000]*(?:申请人|当事人|被申请人|诉求人|来电人|来信人|投诉人|举报人|户主|权利人|姓名[:：])"
    r"[ \u3000]*[\u4e00-\u9fff]{2,4}(?:[、，,（( \u3000]|$)",
    re.M,
)


def person_record(text: str, start: int) -> bool:
    """Whether the phone or mailbox at ``start`` is the value of a contact field in a
    record written one field a line whose fields above name a person (救助对象, 姓名,
    身份证号 …): the person's own, not a notice's contact line."""
    pos = text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    m = _FIELD_LINE.match(text, pos, start)
    if not m or not (
        _CONTACT_FIELD.search(m.group(1))
        or (_HOME_FIELD.search(m.group(1)) and _CONTACT_AFTER.search(text, pos, start))
    ):  # (the contact's key may follow the home's: "住所：…　座机：…", not a unit's)
        return False
    indent = _indent(text, pos)
    for _ in range(16):
        if pos <= 1:
            return False
        pos = text.rfind("\n", pos - 400 if pos > 400 else 0, pos - 1) + 1
        m = _FIELD_LINE.match(text, pos)
        if not m and indent and _indent(text, pos) > indent:
            continue  # a field's nested value (YAML "家庭成员:\n  - 张三"): the record goes on
        if not m:  # the record's head: a role and a name, or a number and a name
            return _RECORD_HEAD.match(text, pos) is not None or person_head(text, pos)
        if _PERSON_FIELD.search(m.group(1)):
            end = text.find("\n", m.end(), m.end() + 80)
            return not _UNIT_VALUE.search(text, m.end(), end if end >= 0 else m.end() + 80)
    return False


def _indent(text: str, pos: int) -> int:
    """How many spaces open the line at ``pos``."""
    end = pos
    while text[end : end + 1] == " ":
        end += 1
    return end - pos
