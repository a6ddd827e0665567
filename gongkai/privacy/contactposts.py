"""A unit's contact named with their post, and a unit's own account (issue 16, precision;
after docs151, privfix16ab). Called from ``lastpasses``.

A notice listing offices gives each office's contact as "联系人：X（立案庭副庭长）",
"负责人：X（人民调解科科长）", "经办人：X（专职人民调解员）": the note after the name is the
person's post in an organ (``unitagents.official``: an organ's word before a title, or a
title of an organ alone) or a mediator's post, so X answers for the office, no private
person. The label must be a contact's or a handler's (联系人, 联络人, 负责人, 经办人, 承办人,
受理人, 对接人) and the note the whole bracket: a party's "申请人：X（县某局科长）" keeps its
name, and so do "联系人：X（村民）", "（户主之子）", "（某公司财务科科长）" (a company's post
is no organ's, ``unitagents``).

A table's footer labels an office's part's head or line by the part ("立案庭负责人：X",
"执行局电话：…", "办公室联系电话："): the name and the number answer for the part.

The same notice gives the office's account for payments ("执行款专户：某银行某支行，账号…",
"单位账户：…", "对公账户"): a number on a line whose label names such an account is the
unit's, no person's card.

A name's candidate of a surname and a determiner ("向任何账户转账": 向 + 任何, "于所有")
is no name.

Speed: a name's candidate is read further only when a bracket follows it or a label ending
电话 or 负责人 and its colon stand just before it, a landline's only after such a label;
the text is not searched.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .kindindex import kind_positions, without
from .unitagents import official

Candidate = tuple[int, int, str, float]

_CONTACT_LABEL = re.compile(
    r"(?:联系人|联络人|负责人|经办人|承办人|受理人|对接人|窗口人员)(?:姓名)?[ \u3000]*[：:][ \u3000]*$"
)
_COLON = frozenset("：:")
_BLANK = frozenset(" \u3000")
_NOTE = re.compile(r"[（(]([^（()）\n]{2,30})[）)]")
# an office's section alone as the note (（中医股）, （医政科）, （办公室）): the contact answers
# for the section, whatever its organ; a business's word in it (某公司财务科) is no organ's
_SECTION = re.compile(
    r"(?![^（()）]*(?:公司|企业|集团|店|厂))[\u4e00-\u9fff]{1,8}(?:股|科|处|办公室)"
)
# an organ or its public body alone as the note (（县人才发展服务中心）, （镇农业服务站）):
# the contact answers for it; a business, a firm or a household is no organ
_ORGAN_UNIT = re.compile(
    r"(?![^（()）]*(?:公司|企业|集团|店|厂|事务所|合作社|村民|户))"
    r"[\u4e00-\u9fff]{1,14}(?:局|办|中心|委员会|政府|办公室|办事处|服务站|管理站|大队|中队)"
)
# a name and its bracketed note ending right before "、" (a list of a label's contacts)
_LISTED_BEFORE = re.compile(r"[\u4e00-\u9fff·]{2,4}[（(][^（()）\n]{2,30}[）)][、，,]$")
_MEDIATOR = re.compile(r"(?:专职|兼职|驻[\u4e00-\u9fff]{1,8})?(?:人民)?调解员")
# an office's part labelling its head or its line ("立案庭负责人：X", "执行局电话：…",
# "办公室联系电话"), a home's 住所, 居所, 寓所 or 家庭 excepted
_PART_LABEL = re.compile(
    r"(?<![住居寓宿诊家])(?:庭|局|科|股|办公室|所|中心|处|大队|中队)"
    r"(?:负责人|(?:联系|办公|值班)?电话)[ \u3000]*[：:][ \u3000]*$"
)
_ACCOUNT_LINE = re.compile(r"(?:专户|对公账户|单位账户|单位账号|基本账户|财政账户)")
_OWN_ACCOUNT = re.compile(r"[。；;]|本人|个人|你|您|其|户主|账户|卡号|银行卡")
# a determiner after a one-character surname (向, 于, 任 …) is no given name: "向任何账户",
# "于所有人员", "对其他"
_DETERMINER = frozenset("任何 所有 其他 其它 一切 各位 各种 全部 有关 相关 每个 每位 某些".split())


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _post_note(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] not in ("（", "("):
        return False
    m = _NOTE.match(text, end)
    if m is None:
        return False
    note = m.group(1).strip()
    if not (
        official(note)
        or _MEDIATOR.fullmatch(note)
        or _SECTION.fullmatch(note)
        or _ORGAN_UNIT.fullmatch(note)
    ):
        return False
    lo = max(_line_start(text, start), start - 16)
    if _CONTACT_LABEL.search(text, lo, start) is not None:
        return True
    # a later contact of the same label's list, noted by its own post or unit
    # ("联系人：X（县某办综合股）、Y（县某服务中心）"): Y answers for its unit as X does
    at = start
    for _ in range(6):
        before = _LISTED_BEFORE.search(text, at - 40 if at > 40 else 0, at)
        if before is None:
            return False
        at = before.start()
        if _CONTACT_LABEL.search(text, max(_line_start(text, at), at - 16), at) is not None:
            return True
    return False


def _part_label(text: str, start: int) -> bool:
    """(Read only after a label ending 电话 or 负责人 and its colon.)"""
    k = start
    while k > 0 and text[k - 1] in _BLANK:
        k -= 1
    if k == 0 or text[k - 1] not in _COLON:
        return False
    k -= 1
    while k > 0 and text[k - 1] in _BLANK:
        k -= 1
    if not (text.endswith("电话", 0, k) or text.endswith("负责人", 0, k)):
        return False
    return _PART_LABEL.search(text, max(_line_start(text, start), start - 16), start) is not None


def _unit_account(text: str, start: int) -> bool:
    """The account's label stands before the number in the same sentence, with no word of
    a person's own account ("专户（账号…）发放至你本人账户…") between them."""
    lo = max(text.rfind("\n", start - 48 if start > 48 else 0, start) + 1, start - 48)
    if "户" not in text[lo:start] and "账号" not in text[lo:start]:
        return False
    last = None
    for m in _ACCOUNT_LINE.finditer(text, lo, start):
        last = m
    if last is None:
        return False
    between = text[last.end() : start]
    return len(between) <= 40 and not _OWN_ACCOUNT.search(between)


def contact_posts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a unit's contact named with their post and a unit's account."""
    kinds = list(map(itemgetter(2), cands))
    drop: set[int] = set()
    for k in kind_positions(kinds, "name"):
        start, end = cands[k][0], cands[k][1]
        if (
            (end - start == 3 and text[start + 1 : end] in _DETERMINER)
            or _post_note(text, start, end)
            or _part_label(text, start)
        ):
            drop.add(k)
    drop.update(k for k in kind_positions(kinds, "landline") if _part_label(text, cands[k][0]))
    drop.update(k for k in kind_positions(kinds, "bank_card") if _unit_account(text, cands[k][0]))
    return without(cands, drop)
