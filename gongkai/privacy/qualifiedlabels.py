"""Persons' labels written with a qualifier or a number before their colon (issue 16).

A record often narrows a person's label instead of writing it bare::

    委托人（房屋所有人）：张三          申请人（委托代办）：李四
    被扶养人1：王五　关系：子女        被监护人２：赵六
    受益人(第一顺序)：钱七             被保险人（主险）：孙八

``qualified_labels`` reads such a field as its bare label ("委托人：张三"): a person's label
the scanner knows (``LABEL_SET``) or any 被…人 (被监护人, 被扶养人, 被赡养人: the person a
relation is about), then a bracketed qualifier or an index, then the colon. The name after
it is read by the same rule as after the bare label (``names.name_from_label``), with its
guards: a unit's value (某某有限公司) and a unit's contact acting in office (联系人 with the
unit's phone) stay clean. A qualifier naming a unit or an office ("联系人（单位）") and a
label the scanner does not know ("负责人（签字）") are left alone; a label it does not know
counts when its qualifier names a person ("授权人（房屋所有人）", "代理人（受托人）") or
persons of a kind ("监票人（业主代表）": an owner chosen by the owners) and the label is no
office's role (负责人, 经办人, 审核人 …).
"""

from __future__ import annotations

import re

from .context import unit_contact
from .headerroles import kind_header
from .names import name_from_label
from .patterns import CONTACT_LABELS, LABEL_SET, ORG_VALUE

Candidate = tuple[int, int, str, float]

# the colon after a bracketed qualifier, and after an index following 人
# (searches led by one literal each: cheaper than one led by a set of characters)
_FIELD_COLONS = (
    re.compile(r"人([0-9０-９]{1,2})[ \u3000]*[:：]"),
    re.compile(r"）[ \u3000]*[:：]"),
    re.compile(r"\)[ \u3000]*[:：]"),
)


def _fields(text: str) -> list[re.Match[str]]:
    """The colons after an index following 人, and those closing a qualifier."""
    out = list(_FIELD_COLONS[0].finditer(text))
    for pattern, sign in zip(_FIELD_COLONS[1:], "）)", strict=True):
        if sign in text:
            out += pattern.finditer(text)
    return out


# the qualifier's bracket: a few words (two clauses at most: "业委会委员，受主任委托"), no
# other sign, no digit
_QUALIFIER = re.compile(
    r"[（(][\u4e00-\u9fff、/／]{1,12}(?:[，,][\u4e00-\u9fff]{1,8})?[）)][ \u3000]*[:：]$"
)
# a person a relation is about: 被监护人, 被赡养人, 被扶养人 (not 被告: its own label)
_OBJECT_PERSON = re.compile(r"被[\u4e00-\u9fff]{1,4}人$")
# a qualifier saying the field is a unit's or an office's ("联系人（单位）", "（盖章）")
_UNIT_QUALIFIER = re.compile(r"单位|公司|机构|部门|盖章|签章|组织|法人")
# a role of an office's clerk, never a private person's role however qualified
_OFFICE_ROLE = re.compile(
    r"(?:负责|经办|承办|审核|审批|批准|签发|记录|受理|复核|填报|制表|核查|调查|检查|执法|代表)人$"
)


def _label_before(text: str, end: int, person_qualifier: bool) -> str | None:
    """The person's label ending at ``end`` (a known one, or 被…人), if any; with a qualifier
    naming a person ("（房屋所有人）") any …人 not an office's role ("授权人", "委托人")."""
    for size in (6, 5, 4, 3, 2):
        word = text[end - size if end > size else 0 : end]
        if len(word) == size and (word in LABEL_SET or _OBJECT_PERSON.fullmatch(word)):
            return word
    word = text[end - 3 if end > 3 else 0 : end]
    if person_qualifier and word.endswith("人") and not _OFFICE_ROLE.search(word):
        return word if "\u4e00" <= word[0] <= "\u9fff" else None
    return None


def qualified_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the names after persons' labels with a qualifier or an index."""
    taken: list[tuple[int, int]] | None = None  # the spans already held (once needed)
    added: list[Candidate] = []
    for m in _fields(text):
        colon = m.end() - 1
        if m.re is not _FIELD_COLONS[0]:
            q = _QUALIFIER.search(text, colon - 24 if colon > 24 else 0, colon + 1)
            if not q or _UNIT_QUALIFIER.search(q.group()):
                continue
            qualifier = q.group()[1:].rstrip(" \u3000:：)）")
            # a person's role (…人) or persons of a kind (业主代表, 村民代表: ``kind_header``)
            label_end, person_qualifier = (
                q.start(),
                qualifier[-1:] == "人" or kind_header(qualifier),
            )
        else:
            label_end, person_qualifier = m.start(1), False
        word = _label_before(text, label_end, person_qualifier)
        if word is None or _OFFICE_ROLE.search(word):
            continue  # 法定代表人（负责人）, 经办人（签字）: a unit's or an office's
        got = name_from_label(text, colon)
        if not got or ORG_VALUE.match(text, got[0]):
            continue
        if word in CONTACT_LABELS and unit_contact(text, got[1]):
            continue  # a unit's contact acting in office
        if taken is None:
            taken = [(c[0], c[1]) for c in cands]
        if any(s < got[1] and got[0] < e for s, e in taken):
            continue
        taken.append((got[0], got[1]))
        added.append(got)
    return cands + added if added else cands
