"""A household's house named in its own list item: an expropriation or resettlement
notice lists each owner with the house taken or allotted ("01．张三（被征收房屋：某县某
街道某街62号附2号，签约日期…）", "3、李四、王五，房屋坐落：某镇某村3组15号",
"（二）赵六户，被拆迁房屋位于某路8号"). The label (房屋, 房产, 住房, 宅基地 with 坐落,
地址, 位置 …) says whose the address is only where the item names a person: the item
opens with the owners' names (after its number) or a name was found before the label
on the line. The owners' names at the item's head are persons too.

A service certificate's place (送达回证: "受送达人：张三 … 送达地点：某路12号") is the
served person's when the 受送达人 before it is a name found, not a unit.

An office's building under such a label (a unit's 办公用房) is not read: the item must
open with names, and a line that names nobody before the label is left alone.
"""

from __future__ import annotations

import re

from . import validators as v
from .listwords import non_name
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_ANCHOR = re.compile(r"房屋|房产|住房|住宅|宅基地|老宅|祖宅")
# the label after the anchor: where the house stands
_LABEL_TAIL = re.compile(
    r"(?:坐落|座落|地址|位置|所在地|门牌号?|地点)?(?:[:：]|位于|坐落于?|座落于?|地处)[ \u3000]*"
)
# words that may stand right before the anchor inside the label
_LABEL_HEAD = re.compile(r"(?:被征收|被拆迁|被征|征收|拆迁|被腾退|腾退|自有|自建|原有?|其)$")
# the value: up to the clause's end
_VALUE = re.compile(r"[^\s，,；;。（()）、：:]{4,60}")
# the value read up to its house number, room or flat
_HOUSE_END = re.compile(
    r".*(?:[\dA-Za-z一二三四五六七八九十](?:号|室|户)|(?:单元|栋|幢|楼|层)\d{1,5})"
)
_PLACE = re.compile(r"省|市|区|县|镇|乡|街道|路|街|巷|弄|村|组|社区|小区|花园|苑|里|屯|大道|胡同")
# an item's number, then a label naming the owners ("被征收人：")
_HEAD = re.compile(
    r"[ \u3000\t]*(?:第?[0-9０-９]{1,3}(?:号|户)?[．.、,，)）:：]?|[（(][0-9一二三四五六七八九十]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[、．.]|[①-⑳])?[ \u3000]*"
    r"(?:(?:被征收人|被拆迁人|被征收户|户主|产权人|权利人|所有权人|房屋所有人|业主|安置对象|申请人)"
    r"[:：]?[ \u3000]*)?"
)
_SERVICE = re.compile(r"送达(?:地点|处所|场所)[:：][ \u3000]*")
_SERVED = "受送达人"
_SERVED_LABEL = re.compile(r"受送达人[:：][ \u3000]*")
_SEPARATOR = re.compile(r"[（(，,：:；; \u3000]+$")
_JOINER = re.compile(r"[、，,]|[和及与]")
_HOUSEHOLD = ("家庭", "家", "户")


def _owners(head: str) -> list[tuple[int, int]] | None:
    """The names of ``head`` (an item's words before the label) with their offsets in
    it, or None when the words are not names alone."""
    got: list[tuple[int, int]] = []
    pos = 0
    for m in [*_JOINER.finditer(head), None]:
        stop = m.start() if m else len(head)
        token = head[pos:stop]
        lo, hi = pos, stop
        for tail in _HOUSEHOLD:
            if token.endswith(tail) and len(token) > len(tail) + 1:
                token = token[: -len(tail)]
                hi -= len(tail)
                break
        if not (2 <= len(token) <= 4 or (len(token) <= 12 and "·" in token)):
            return None
        if non_name(token) or not (v.plausible_name(token) or "·" in token):
            return None
        got.append((lo, hi))
        if m:
            pos = m.end()
    return got


def _house_at(text: str, at: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The address written from ``at`` to its house number, if no address is found there."""
    value = _VALUE.match(text, at)
    if value is None:
        return None
    house = _HOUSE_END.match(value.group())
    if house is None or not _PLACE.search(house.group()):
        return None
    start, end = at, at + house.end()
    if any(s < end and start < e for s, e in taken):
        return None
    return start, end


def _served_places(text: str, names: list[tuple[int, int]], taken: list) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SERVICE.finditer(text):
        labels = list(_SERVED_LABEL.finditer(text, max(0, m.start() - 300), m.start()))
        if not labels:
            continue
        label = labels[-1].end()  # the last party served before the place
        got = _house_at(text, m.end(), taken)
        if got and any(s == label for s, _e in names):
            out.append((*got, "address", 0.85))
    return out


def owned_houses(text: str, cands: list[Candidate]) -> list[Candidate]:
    if "房" not in text and "宅" not in text and not has_word(text, "送达"):
        return []
    names = [(s, e) for s, e, kind, _c in cands if kind == "name"]
    taken = [(s, e) for s, e, kind, _c in cands if kind == "address"]
    out = _served_places(text, names, taken) if has_word(text, _SERVED, 2) else []  # (by 达)
    starts = []
    for word in ("房", "宅"):  # (str.find: far cheaper than a search of alternatives)
        k = text.find(word)
        while k >= 0:
            starts.append(k)
            k = text.find(word, k + 1)
    matches = (_ANCHOR.match(text, at) for k in sorted(starts) for at in (k - 1, k) if at >= 0)
    for m in matches:
        if m is None:
            continue
        tail = _LABEL_TAIL.match(text, m.end())
        if tail is None:
            continue
        got = _house_at(text, tail.end(), taken)
        if got is None:
            continue
        start, end = got
        line = text.rfind("\n", 0, m.start()) + 1
        label = m.start()
        head_word = _LABEL_HEAD.search(text, label - 4 if label - 4 > line else line, label)
        if head_word:
            label = head_word.start()
        before = text[line:label]
        owned = any(line <= s and e <= label for s, e in names)
        sep = _SEPARATOR.search(before)
        if sep and len(before) <= 40:
            lead = _HEAD.match(before)
            head_start = line + lead.end()
            head = text[head_start : line + sep.start()]
            found = _owners(head) if head else None
            if found:
                owned = True
                for s, e in found:
                    s, e = head_start + s, head_start + e
                    if not any(ns < e and s < ne for ns, ne in names):
                        out.append((s, e, "name", 0.8))
        if owned:
            out.append((start, end, "address", 0.85))
    return out
