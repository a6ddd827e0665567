"""Units' and offices' landlines no earlier pass gave away (issue 16, privfix17d).

A home landline is a private person's; a line a unit keeps for the public is not
(benchmarks/privacy_heldout/README.md, "What is marked"). Held-out sets keep showing a
unit's line taken for a home's in four shapes, each read here from the line's own shape,
not from the words of any one document:

- **Hours of service in its label** (``_HOURS``): "24小时接运电话：…", "全天候服务热线",
  "昼夜值守电话", "7×24小时热线" — a home is not labelled by the hours it answers. Every
  number of the label's run (several numbers after one label, parted by spaces, 、, ，,
  / or 或) is the unit's.
- **A desk's note after the number** (``_DESK_NOTE``): "3206615（县城内直拨）", "（总机）",
  "（分机）", "（值班室）", "（办公室）", "（传真）" — a switchboard's or a desk's line.
- **A unit's particulars in a bracket** (``_PARTICULARS``): right after a unit's name (or
  its member's post: "某律师事务所律师（地址：…，电话：…）", "某医院医生（地址：…；电话…）", also
  with the member's name after the post: "某律师事务所律师X（地址：…，电话：…）"),
  a bracket giving an address and then the phone: where to find the unit, its line. A
  bracket holding a home's word (住, 家, 宅) is a person's.
- **A unit's group in an export** (``_unit_group``): an XML element or JSON object whose
  fields before the number include a public office's (a unit's key, or a value that is an
  office's name, not a business's) and whose fields hold no private person's finding (name, ID,
  mobile, bank card) — an export's head (填报单位, 联系人, 联系电话) or a unit's record.

A private person's own label (家庭电话, 住宅电话, 本人电话 …: ``phoneowner.holders_phone``)
or home note (``phoneowner.home_noted``) keeps the number in every case.

Speed: the hours and notes are looked for around each found landline only; an export's
group is read only in a text holding ``</`` or ``":``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .exportfields import group_of
from .exportgroups import _office_value, _person_key
from .keymeaning import meaning
from .phoneowner import holders_phone, home_noted
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# a label naming the hours a line answers, its phone word, then maybe a run of numbers
_HOURS = re.compile(r"(?:24|二十四)(?:小时|h|H)|全天候?|昼夜|7\s*[×xX*]\s*24|节假日")
_LABEL_RUN = re.compile(
    r"([\u4e00-\u9fff\dA-Za-z×*]{1,14}?)(?:电话|热线|专线|座机|号码)[：:]?[ \u3000]*"
    r"(?:[\d（）()\- ]{7,18}[ \u3000、，,/或]+[ \u3000]*)*$"
)
_DESK_NOTE = re.compile(
    r"[ \u3000]*[（(][\u4e00-\u9fff]{0,8}?(?:直拨|直线|总机|分机|值班室?|办公室|传真|服务台|前台)[）)]"
)
_UNIT_END = (
    r"(?:公司|集团|厂|店|经营部|所|局|站|队|院|中心|委员会|居委会|村委会|社区|合作社|学校|中学|"
    r"小学|幼儿园|卫生院|医院|银行|支行|协会|馆|办|处|科|股)"
)
_PARTICULARS = re.compile(
    rf"[\u4e00-\u9fff]{_UNIT_END}(?:(?:律师|医生|医师|教师|老师|职员|工作人员|法律工作者|会计师)"
    r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})?)?"  # (the member's name)
    r"[（(](?:联系|办公|通讯)?地址[：:][^（()）\n]{2,50}?[，,；;][ \u3000]*"
    r"(?:联系|办公)?电话[：:]?[ \u3000]*$"
)
_HOME = re.compile(r"[住家宅]")
_PERSONAL = frozenset(("name", "id_card", "mobile", "bank_card"))


def _hours_label(text: str, start: int) -> bool:
    lo = text.rfind("\n", start - 80 if start > 80 else 0, start) + 1
    lo = start - 80 if start - 80 > lo else lo
    if not _HOURS.search(text, lo, start):
        return False  # (the cheap test first: no hours before it on its line)
    m = _LABEL_RUN.search(text, lo, start)
    return bool(m and _HOURS.search(m.group(1)))


def _particulars(text: str, start: int) -> bool:
    if "地址" not in text[start - 90 if start > 90 else 0 : start]:
        return False
    m = _PARTICULARS.search(text, start - 90 if start > 90 else 0, start)
    return bool(m) and not _HOME.search(text, m.start() + 1, start)


def _office_field(text: str, f) -> bool:
    """A public office's field: a unit's key of no datum, or an office's name as value (not
    a business's: a shop's keeper's phones are the keeper's)."""
    if f.nested or f.start < 0:
        return False
    holder, datum, _role = meaning(f.key)
    return (holder == "unit" and not datum) or _office_value(text, f)


def _unit_group(text: str, s: int, e: int, personal: list[int], memo: dict) -> bool:
    group = group_of(text, s, e, memo)
    if group is None or (group.key and _person_key(group.key)):
        return False
    key = group.fields[group.index].key
    if _person_key(key):
        return False
    fields = group.fields
    if not any(_office_field(text, f) for f in fields[: group.index]):
        return False
    lo = min(f.start for f in fields if f.start >= 0)
    hi = max(f.end for f in fields)
    k = bisect_left(personal, lo)
    return not (k < len(personal) and personal[k] < hi)


def unit_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines a unit's shape claims (module docstring)."""
    lines = [i for i, c in enumerate(cands) if c[2] == "landline"]
    if not lines:
        return cands
    export = has_word(text, "</") or has_word(text, '":')
    personal: list[int] | None = None
    memo: dict = {}
    drop = set()
    for i in lines:
        s, e = cands[i][0], cands[i][1]
        unit = _hours_label(text, s) or _DESK_NOTE.match(text, e) or _particulars(text, s)
        if not unit and export and text[s - 1 : s] in ('"', ">"):
            if personal is None:
                personal = sorted(c[0] for c in cands if c[2] in _PERSONAL)
            unit = _unit_group(text, s, e, personal, memo)
        if unit and not (holders_phone(text, s) or home_noted(text, e)):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
