"""A unit's landline named by the office right before it (issue 16, docs42–docs66;
``dutyphones.unit_landline`` asks ``unit_prefix_phone`` about every landline):

- an office's name opening its clause, then a colon, then the number ("县委组织部：
  (0773)…", "…人民检察院刑事执行检察部：0797 …", "村民理财小组：…"), or that office's
  phone label with any separator ("乡镇民政办电话<TAB>0…", "社区电话5731909",
  "居民小组联系电话｜…"); not a person's own (家庭电话, 住所电话);
- a switchboard: "总机0598-…" (a number put through to a desk, "或致电0538-…转8103", is
  every layout's concern: ``scanner._SWITCHBOARD``);
- a fax: "(0598)5812346传真", "0598-…（传真）".
"""

from __future__ import annotations

import re

from .patterns import LANDLINE_SHAPE

# the words an office's name ends with ("…组织部", "…民政办", "…监委会", "…理财小组")
_OFFICE_END = (
    r"(?:部|局|科|股|院|(?<![住场])所|中心|办|委|处|队|站|(?<!家)庭|厅|社区|会"
    r"|(?<![0-9一二三四五六七八九十])组)"
)
# the office opens its clause: the line, a sentence, a cell, or after a gap
_OPEN = r"(?:^|(?<=[\n。；;，,、\t|｜（(])|(?<=[ \u3000]{2}))"
_NAMED = re.compile(
    rf"{_OPEN}[\u4e00-\u9fff]{{0,24}}?{_OFFICE_END}(?:核实|咨询|查询|联系|举报)?[:：][ \u3000]*$"
)
_LABELLED = re.compile(
    rf"{_OPEN}[\u4e00-\u9fff]{{0,24}}?{_OFFICE_END}(?:联系|办公|值班|咨询)?(?:电话|座机|固话)"
    r"(?:号码)?[ \u3000]*(?:[:：｜|][ \u3000]*|\t)?$"
)
_SWITCHBOARD = re.compile(r"总机(?:电话|号码)?[:：]?[ \u3000]*$")
_FAX = re.compile(r"[ \u3000]*[（(]?传真")
_LANDLINE = re.compile(LANDLINE_SHAPE)
# a person's own words in the label ("本人", "家属", "申请人", "住址")
_PERSON = re.compile(r"本人|个人|家|宅|住|人[:：]|亲属|家属|父|母|妻|夫|子|女")


# the last characters of _OFFICE_END's words, and the words _NAMED and _LABELLED allow
# between the office and the colon or the label: cheap looks at the end of the text before
# the number, where either pattern must end, before their searches (tried at every start)
_OFFICE_LAST = frozenset("部局科股院所心办委处队站庭厅区会组")
_ASKED = ("核实", "咨询", "查询", "联系", "举报")
_DESKS = ("联系", "办公", "值班", "咨询")
_LABELS = ("电话", "座机", "固话")


def _office_ends(stem: str, words: tuple[str, ...]) -> bool:
    """Whether ``stem`` ends with an office's last character, or with one right before one
    of ``words``."""
    return stem[-1:] in _OFFICE_LAST or (stem.endswith(words) and stem[-3:-2] in _OFFICE_LAST)


def _label_stem(before: str) -> str:
    """``before`` less its phone label and what may follow it ("" when there is none)."""
    stem = before.rstrip(" \u3000\t:：｜|\n")
    if stem.endswith("号码"):
        stem = stem[:-2]
    return stem[:-2] if stem.endswith(_LABELS) else ""


def unit_prefix_phone(text: str, start: int) -> bool:
    """Whether the landline at ``start`` is a unit's by the office named right at it."""
    lo = start - 30 if start > 30 else 0
    before = text[lo:start]
    if "总机" in before and _SWITCHBOARD.search(before):
        return True
    stem = before.rstrip(" \u3000\t")
    named = (
        stem[-1:] in ":：" and _office_ends(stem[:-1], _ASKED) and _NAMED.search(text, lo, start)
    ) or (
        ("话" in before or "机" in before)
        and _office_ends(_label_stem(before), _DESKS)
        and _LABELLED.search(text, lo, start)
    )
    if named and not _PERSON.search(named.group()):
        return True
    tail = text[start + 7 : start + 20]
    if "传" not in tail:
        return False  # (no fax note after the number)
    number = _LANDLINE.match(text, start)
    return number is not None and _FAX.match(text, number.end()) is not None
