"""A legal person's contacts (issue 16, privfix16rd, after docs109–docs114): a number or a
mailbox given after a unit and its legal representative belongs to the unit.

Only a legal person has a legal representative (法定代表人, 法人代表; an export's key
``legal_rep``, ``legalPerson``, ``fddbr``, ``frdb``). A record that names a unit, then its
legal representative, then a contact, describes the unit: the contact is the unit's line
or mailbox, whatever layout carries it — a cell "某公司（法定代表人：某某）" followed by
the number's cell, an export's ``"applicant": "某医院", "legal_rep": "…", "tel": "…"``,
an XML group ``<mc>某大学</mc><fddbr>…</fddbr><dh>…</dh>``, or prose "某公司，法定代表人
某某，电话…". A unit's name opening its record, then its head's or contact's label
(a directory's line "某村卫生室　负责人：某某（乡村医生）　电话：…"; no shop, 店/部/馆,
whose keeper's line it is) counts as the same marker. What the rule reads is the record's structure: the unit's name, the marker
of its representative right after it (only signs that are no Han characters between: a
bracket, a colon, quotes, a key, a tag, a cell's gap) and what stands between the marker
and the contact. The contact stays a finding when a private person stands there: a
person's name other than the representative's own (read right after the marker), a
resident ID, a mobile, a bank card, or a person's or a home's word (联系人, 代理人, 家庭,
住宅, 本人 …); nor does it reach across a sentence's end or a line's. A home's note after
the number and a holder's label keep it (``landlineowner`` asks them).
"""

from __future__ import annotations

import re
from bisect import bisect_left

# the unit's name's last word, then only non-Han signs (a bracket, a colon, a key, a tag), then
# the representative's marker
_UNIT_END = (
    r"(?:公司|集团|厂|经营部|所|局|站|队|院|中心|委员会|社区|合作社|联社|学校|大学|学院|中学|"
    r"小学|幼儿园|银行|支行|协会|商会|基金会|农场|林场|酒店|宾馆|馆|社|会|部|处|厅|办)"
)
_MARKER = re.compile(
    rf"[\u4e00-\u9fff]{_UNIT_END}[^\u4e00-\u9fff\n]{{0,24}}?"
    r"(?:法定代表人|法人代表|法定代表|(?i:legal_?rep\w*|legal_?person\w*|fddbr\w*|frdb\w*))"
)
# a unit's name opening its record, then its head's or its contact's label ("某村卫生室　负责
# 人：某某（乡村医生）　电话：…": a directory's line of a unit; no keeper's shop, 店/部/馆)
_HEADED = re.compile(
    r"[ \u3000\t]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．][ \u3000]*)?"
    r"[\u4e00-\u9fff（）()]{2,24}?"
    r"(?:公司|集团|厂|所|局|站|队|院|中心|委员会|社区|合作社|学校|大学|学院|中学|小学|"
    r"幼儿园|银行|支行|协会|商会|农场|林场|室|科|股|处|厅|办)"
    r"[ \u3000\t]+(?:负责人|联系人|法定代表人|法人代表)[：:]"
)
# the cheap test on the text: a marker's sign at all
_CHEAP = ("法定代表", "法人代表", "legal", "Legal", "LEGAL", "fddbr", "frdb", "负责人", "联系人")
# a person's or a home's word between the marker and the contact: another holder
_HOLDER = re.compile(r"人|家|宅|住|本人|手机|个人|私")
_ENDS = "。！？；\n"  # (a record: its sentence, or its line)
_PRIVATE = frozenset(("name", "id_card", "mobile", "bank_card"))


def has_marker(text: str) -> bool:
    """Whether ``text`` may hold a legal representative's marker (the cheap gate)."""
    return any(w in text for w in _CHEAP)


def _record_start(text: str, start: int) -> int:
    lo = max(0, start - 300)
    return max(text.rfind(sign, lo, start) for sign in _ENDS) + 1 or lo


def legal_persons_contact(text: str, start: int, private: list[tuple[int, int, str]]) -> bool:
    """Whether the contact at ``start`` follows a unit and its legal representative in its
    record with no private person between (above). ``private`` holds the findings of a
    person (start, end, type), sorted by start."""
    begin = _record_start(text, start)
    last = None
    for m in _MARKER.finditer(text, begin, start):
        last = m
    if last is None:
        last = _HEADED.match(text, begin, start)
        if last is None:
            return False
    after = last.end()
    # the representative's own name, read right after the marker ("：某某", '": "某某')
    k = bisect_left(private, (after,))
    if k < len(private) and private[k][0] < start:
        p_start, p_end, kind = private[k]
        if kind != "name" or p_start - after > 6 or _HOLDER.search(text, after, p_start):
            return False
        if k + 1 < len(private) and private[k + 1][0] < start:
            return False  # (another person, or the representative's ID or mobile)
        after = p_end
    between = text[after:start]
    return not _HOLDER.search(between)
