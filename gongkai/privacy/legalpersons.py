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
# the representative's marker, found by its words first (a find, not a scan of every sign)
_WORDS = ("法定代表人", "法人代表", "法定代表")
_ASCII = re.compile(r"(?i)(?:legal_?rep|legal_?person|fddbr|frdb)\w*")
# the unit's name's last word right before the marker, maybe its head's post between
# ("某合作社理事长（法定代表人）", "公司执行董事兼法定代表人"), only non-Han signs then; the
# unit's kind alone opening its line stands for the document's own unit ("合作社理事长（…）")
_HEAD_POST = r"(?:理事长|董事长|执行董事|社长|总经理|经理|会长|院长|校长|主任|场长|厂长)"
# (the unit's own code may stand between: an export's "zjhm": "91…" of a legal person, its
# unified social credit code, 18 signs of digits and capitals)
_CODE = r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])"
_UNIT_BEFORE = re.compile(
    rf"(?:[\u4e00-\u9fff]{_UNIT_END}|(?<![\u4e00-\u9fff])(?:公司|合作社|联社|集团|农场|林场|协会|商会))"
    rf"(?:{_HEAD_POST}兼?)?[^\u4e00-\u9fff\n]{{0,24}}(?:{_CODE}[^\u4e00-\u9fff\n]{{0,24}})?$"
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
# the signs of a marker (the cheap test: a contact's record is read only with one of them
# in reach before it)
_SIGNS = ("代表", "负责人", "联系人", "egal", "fddbr", "frdb")
# (one search for them all: a ``find`` of a word of two or more characters is a two-way
# search over the window, six of them cost more than one pass of the engine)
_SIGN = re.compile("|".join(_SIGNS))
# a person's or a home's word between the marker and the contact: another holder
# (人民 is no person: "某县人民路3号", 人民法院)
_HOLDER = re.compile(r"人(?!民)|家|宅|住|本人|手机|个人|私")
_ENDS = "。！？；\n"  # (a record: its sentence, or its line)
_PRIVATE = frozenset(("name", "id_card", "mobile", "bank_card"))


def near_marker(text: str, start: int) -> bool:
    """Whether a marker's sign (``_SIGNS``) stands within 300 signs before ``start``."""
    return _SIGN.search(text, start - 300 if start > 300 else 0, start) is not None


def _record_start(text: str, start: int) -> int:
    lo = start - 300 if start > 300 else 0
    return max(text.rfind(sign, lo, start) for sign in _ENDS) + 1 or lo


def marker_end(text: str, start: int) -> int:
    """Where the marker of a unit's representative ends in the record of the contact at
    ``start`` (its last one: the unit's name before it), or -1; ask ``near_marker``
    first."""
    begin = _record_start(text, start)
    after = -1
    for word in _WORDS:
        k = text.rfind(word, begin, start)
        if (
            k > 0
            and k + len(word) > after
            and _UNIT_BEFORE.search(text, k - 80 if k - 80 > begin else begin, k)
        ):
            after = k + len(word)
    if after < 0:
        for m in _ASCII.finditer(text, begin, start):
            if _UNIT_BEFORE.search(text, max(begin, m.start() - 80), m.start()):
                after = m.end()
    if after < 0 and text.find("人", begin, start) >= 0:
        headed = _HEADED.match(text, begin, start)
        if headed is not None:
            after = headed.end()
    return after


def clear_after(text: str, start: int, after: int, private: list[tuple[int, int, str]]) -> bool:
    """Whether no private person stands between the marker's end ``after`` and the contact
    at ``start`` but the representative's own name right after the marker (above);
    ``private`` holds the findings of a person (start, end, type), sorted by start."""
    k = bisect_left(private, (after,))
    if k < len(private) and private[k][0] < start:
        p_start, p_end, kind = private[k]
        if kind != "name" or p_start - after > 6 or _HOLDER.search(text, after, p_start):
            return False
        if k + 1 < len(private) and private[k + 1][0] < start:
            return False  # (another person, or the representative's ID or mobile)
        after = p_end
    return not _HOLDER.search(text, after, start)
