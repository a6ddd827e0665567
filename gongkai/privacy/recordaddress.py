"""A street address under a bare label in a record of a person (issue 16).

A street and house number alone may be an office's, so ``scanner`` takes it only after a
residence label (住址, 家住 …) or with an estate after it. 住所 and 地址 are such labels
only in a person's record: a block of ``key：value`` lines (no blank line, at most
eight, up to a heading such as "——邮寄封面——") that holds a person's particulars — a
sex after a name, an identity number, a mobile, or a key naming the person (收件人,
受送达人, 当事人 … whose value is no unit's) — and no key of a unit (单位, 名称,
法定代表人 …). The label opens
its line, padded or not ("地  址："), or follows the person's other fields on one line
("收件人：王某　电话：139…　地址：…"); 寄件地址, 单位地址 and 办公地址 are other labels, and
a unit's contact (联系人, 经办人) gives the unit's address. A numbered item that opens
with a person and gives their address next ("3. 王某，账载地址…", "（二）李某，住所地…")
is such a record too: the name is a person's by its surname, and the label no office's.
"""

from __future__ import annotations

import re

from . import validators as v
from .headedrecords import person_head
from .homecells import home_cell

# the bare label opening the address's line
_LABEL = re.compile(
    r"[ \u3000\t]*([\u4e00-\u9fff]{0,4}?)(?:住[ \u3000]*所|地[ \u3000]*址|住[ \u3000]*处)[ \u3000]*[:：][ \u3000]*"
)
# a line of the record: a key (maybe padded) and its value
_KEY = re.compile(
    r"[ \u3000\t]*([\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff/／]){0,9})[ \u3000]*[:：]"
)
# a unit's key, or its contact acting in office (联系人 of a unit gives the unit's address)
_UNIT_KEY = re.compile(
    r"单位|名称|公司|企业|机构|法定代表人|法人|负责人|寄件|发件|(?<!紧急)联系人|联络人|经办人|承办人"
)
# a person's role owning the home in the label itself (经营者住所, 申请人地址), no unit's
_OWNER_LABEL = re.compile(
    r"(?!法定|法人|单位|负责|联系|经办|承办|寄件|发件|责任)[\u4e00-\u9fff]{1,3}[者人]"
    r"|[男女]方|本人|共同"  # a marriage's or an adoption's parties (男方住所：, 共同住所：)
)
# the label after another field on the same line ("收件人：…　电话：…　地址：")
_INLINE = re.compile(
    r"[\t\u3000 ，,；;][ \u3000]*(?:住[ \u3000]*所|地[ \u3000]*址|住[ \u3000]*处)[ \u3000]*[:：][ \u3000]*$"
)
_KEYS = re.compile(r"(?:^|[\t\u3000 ，,；;])[ \u3000]*([\u4e00-\u9fff]{1,8})[:：]")
_PERSON = re.compile(
    r"(?<![\dA-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?![\dA-Za-z])|[，,（(][男女][，,）)]|身份证|公民身份号码"
)
_PERSON_KEY = re.compile(r"收件人|受送达人|当事人|申请人|姓名|配偶|户主|被申请人|投诉人|举报人")
_UNIT_VALUE = re.compile(
    r"公司|企业|集团|工厂|合作社|中心|协会|学校|医院|商行|经营部|门市部|委员会|政府|银行|事务所|[局厂店馆站所]$"
)
# a numbered item opening with a person, then the address's label ("3. 王某，账载地址")
_ITEM = re.compile(
    r"[ \u3000\t]*(?:\d{1,3}[.．、]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、)"
    r"[ \u3000\t]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8})[，,]"
    r"([\u4e00-\u9fff]{0,4})(?:地址|住址|住所地?|住处)[:：]?[ \u3000]*"
)
_OFFICE_WORD = re.compile(r"办公|经营(?!者)|营业|注册|单位|公司|门店|厂|店|企业|机构|通讯|邮寄")
# a heading over the record: words, or a numbered tag in brackets ("【车辆3】", "〔第2户〕")
_PLACES = ("地点", "位置", "场所")  # where something was found or happened, no owner
_HEADING = re.compile(r"[^\d:：。，,；;]{1,30}|[【〔［\[][^】〕］\]:：。，,；;]{1,16}[】〕］\]]")


def record_address(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows a bare 住所/地址 label in a person's record."""
    if home_cell(text, start):
        return True  # a stacked 住址 column, a dwelling's label (房屋坐落：) (``homecells``)
    near = text[start - 8 if start > 8 else 0 : start]
    if "址" not in near and "所" not in near and "处" not in near:
        return False  # (the cheap look first: no label right before)
    lo = start - 300 if start > 300 else 0
    line_start = text.rfind("\n", lo, start) + 1 or lo  # (a longer line: its last 300)
    label = _LABEL.fullmatch(text, line_start, start)  # ("国内住所：" of an overseas guest)
    if label and _OFFICE_WORD.search(label.group(1)):
        label = None  # 办公地址, 单位住所: no home's label
    if label and _OWNER_LABEL.fullmatch(label.group(1)):
        return True  # "经营者住所：", "申请人地址：": the label names a person as the owner
    if not label:
        item = _ITEM.fullmatch(text, line_start, start)
        if item:
            return _item_owner(item.group(1), item.group(2))
        inline = _INLINE.search(text, line_start, start)
        return inline is not None and _record_line(text[line_start : inline.start() + 1])
    pos, person = line_start - 1, False
    for _ in range(8):
        if pos <= 0:
            break
        lo = pos - 300 if pos > 300 else 0
        above = text.rfind("\n", lo, pos) + 1 or lo
        line = text[above:pos]
        if not line.strip(" \u3000\t\r"):
            break
        key = _KEY.match(line)
        if key is None:
            if person_head(text, above):
                return True  # the record's head: its number and the person's name
            if _HEADING.fullmatch(line.strip(" \u3000\t\r")):
                break
            return False
        if _UNIT_KEY.search(key.group(1)):
            return False
        if _PERSON.search(line):
            person = True
        elif _UNIT_VALUE.search(line, key.end()) and not key.group(1).endswith(_PLACES):
            return False  # "当事人：某某建材有限公司": a unit's record (发现地点：…医院: a place)
        elif _PERSON_KEY.search(key.group(1)):
            person = True
        pos = above - 1
    return person


def _record_line(part: str) -> bool:
    """The fields before the label on its line are a person's ("收件人：王某　电话：139…",
    "当事人：王某，女，…"): no unit's key, and a person's particulars or a first key naming
    the person with no unit as its value."""
    keys = _KEYS.findall(part)
    if not keys or any(_UNIT_KEY.search(k) for k in keys):
        return False
    if _PERSON.search(part):
        return True
    return bool(_PERSON_KEY.search(keys[0])) and not _UNIT_VALUE.search(part)


def _item_owner(name: str, word: str) -> bool:
    """The person opening a numbered item ("3. 王某，账载地址…"): a name by its surname,
    no unit, and the label no office's (办公地址, 经营地址)."""
    if _OFFICE_WORD.search(word) or _UNIT_VALUE.search(name):
        return False
    return "·" in name or v.plausible_name(name)
