"""Private addresses grown from a house number: the street, district, city and province
before it, and whether a street and number is a home or an office (RULES.md §4:
addresses without province or county).

``expand_address`` walks left from a house-number anchor over the characters of an
address; ``house`` decides whether a street and number alone is someone's home. Both
read the scan's per-call context (``scanner``): its text and the clause before a point.
"""

from __future__ import annotations

import re
from typing import Protocol

from .doorlabels import door_record
from .estates import estate_cell, flat_cell, named_estate
from .homeafter import home_after
from .houses import home_after_office, household, tower_home
from .patterns import (
    ADDRESS_CHARS,
    ADDRESS_LABEL,
    ADDRESS_LEAD,
    ADDRESS_WORD,
    ESTATE_WORD,
    HOUSE_NUMBER,
    LONG_CODE,
    OFFICE_PLACE,
    REGION_PLACE,
    RESIDENCE,
    STREET_WORD,
)
from .recordaddress import record_address
from .unitrows import institution_cell

Candidate = tuple[int, int, str, float]  # start, end, type, confidence


class ScanContext(Protocol):
    text: str

    def clause_before(self, start: int, n: int = 14) -> str: ...


_PLACE_LABEL = re.compile(r"地[址点]|窗口|大厅")
# a relocation settlement's name right before a building and room (estates)
_SETTLEMENT_ENDS = frozenset(("安置点", "安置区"))
_ADDRESS_RUN = re.compile(f"(?:{ADDRESS_CHARS.pattern})*$")  # ADDRESS_CHARS: one character
# the same run read from its end: matched on the window reversed, it is as long as the
# run _ADDRESS_RUN finds (whose search tries every start of the window, each to its end)
_ADDRESS_RUN_BACK = re.compile(f"(?:{ADDRESS_CHARS.pattern})*")
# a word that no place name holds and that ends the words before an address: the run of
# address characters stops there ("由村民张学礼在X县…", "9月由X市…", "6平方米）及X区…",
# "第1例X区…", "票据已寄往X县…"; not 自由路, 抱由镇)
_BEFORE_PLACE = re.compile(
    r"(?s).*(?=[在及例由就系与和寄迁搬送到抵住给配退认])(?:[在及例]|(?<=[月日时后前口籍])由|(?<=[人户们])就|(?<!联)系|(?<=[号室])与|(?<=室)和|[寄迁搬送][往至到]|[到抵]达(?=[^州])"
    # a home allotted or vacated ("经抽签分配X安置点8栋…", "腾退X安置点…")
    r"|(?<=分)配[给至到]?|(?<=腾)退"
    # a thing given or passed on to whoever lives there ("已转让给X镇…", "卖给", "租给"):
    # the place starts after the dative 给 of a verb of handing over
    r"|(?<=[让卖售租借交送赠还退赔分])给"
    # a decision confirming whose the door is ("一、确认X县…15号门牌编定于…"): after 确认
    r"|(?<=确)认"
    # a residence's verb ("（原告住X县…", "其父住X镇…"): the home starts after it (not 住所,
    # 住宅, 住房, 住建, 住户, 住院, 住宿)
    r"|住(?![所宅房建户院宿址处\n]))"
)
# after a house number, who lives there ("…河街27号居民"; not 居民活动中心, 村民委员会),
# or a dwelling ("…路505号的出租屋", "…88号一出租屋", "…号自建房")
_RESIDENTS = re.compile(
    r"(?:居民|村民|住户)(?![活服委会中小楼点之])|[（(的一]?(?:出租屋|出租房|民房|住宅|自建房|自建住房|私房|私宅)(?!小区|楼盘|项目|工程|区)"
)
# a unit's name right before the bracket the address stands in ("…管理中心（X区…号）")
_UNIT_BRACKET = re.compile(r"(?:中心|院|(?<!住)所|站|(?<!住)处|队|馆|部|科|室|大厅|窗口)[（(]$")
_CELL_EDGES = frozenset(" \t|｜│\u3000")


def house(ctx: ScanContext, start: int, end: int, value: str) -> Candidate | None:
    """A street and house number: private with an estate after it (人民路25号康居花园)
    or after a residence label (住址：滨江路18号); otherwise it may be an office."""
    got = expand_address(ctx, start, end)
    if got is None or got[0] == start:
        return None
    street = ctx.text[got[0] : start]
    if not STREET_WORD.search(street) and not ESTATE_WORD.search(street):
        return None
    if ESTATE_WORD.search(value) or RESIDENCE.search(ctx.clause_before(got[0], 12) + street):
        return got
    if record_address(ctx.text, got[0]):
        return got  # "住所：…" in a person's record (``recordaddress``)
    if door_record(ctx.text, got[0]):
        return got  # "原门牌（有误）：…", "申请更正为：…" in a person's record (``doorlabels``)
    if household(ctx.text, got[0], start) or _RESIDENTS.match(ctx.text, end):
        cell_edge = ctx.text[got[0] - 1 : got[0]] in _CELL_EDGES
        if cell_edge and institution_cell(ctx.text, got[0]):
            return None  # "| 某镇 | 某村中心街12号 |": the office's premises (unitrows)
        return got  # "凤坡村后厝128号", "东山社区东山路23号", "旧城巷9号" (``houses``), "…号居民"
    if home_after(ctx.text, end):
        return got  # "…路56号其女儿X家", "…号家中" (``homeafter``)
    return None


def expand_address(
    ctx: ScanContext, start: int, end: int, *, weak: bool = False
) -> Candidate | None:
    """Grow a house-number anchor leftwards over the street, district, city, province.

    A weak anchor (a room or building without 号 right before it) counts only when the
    words before it hold a house number and a place word: "人民路8号幸福里3幢201室".
    """
    text = ctx.text
    i = start
    limit = start - 48 if start > 48 else 0
    if i > limit and text[i - 1] != "\n":
        # back over the characters of an address (ADDRESS_CHARS, one at a time) in one
        # search: "$" is the end here, as the last character is no newline
        i = start - _ADDRESS_RUN_BACK.match(text[limit:start][::-1]).end()  # _ADDRESS_RUN
    prefix = text[i:start]
    cut = _BEFORE_PLACE.match(prefix)
    if cut:
        prefix = prefix[cut.end() :]
        i = start - len(prefix)
    long_code = LONG_CODE.match(prefix)
    if long_code:  # an ID or phone number right before the street is not part of it
        prefix = prefix[long_code.end() :]
        i = start - len(prefix)
    before = ctx.clause_before(i, 12)
    tab = before.rfind("\t")
    if tab >= 0 and not _PLACE_LABEL.search(before[:tab]):
        before = before[tab + 1 :]  # the cell before (a work unit) is not this cell's label
    office = OFFICE_PLACE.search(before + prefix)
    if office and not (tower_home(before, prefix, office) or home_after_office(before, prefix)):
        return None  # where an office receives the public: 办公地点、受理窗口、政务服务中心
    label = ADDRESS_LABEL.match(prefix)
    if label:
        prefix = prefix[label.end() :]
    lead = ADDRESS_LEAD.match(prefix)
    if lead:
        prefix = prefix[lead.end() :]
    bracket = prefix.rfind("（") + 1 or prefix.rfind("(") + 1
    if bracket and _UNIT_BRACKET.search(prefix, 0, bracket):
        return None
    # "红星村3组25号": the place word may open the anchor itself
    word = ADDRESS_WORD.search(prefix) or (prefix and ADDRESS_WORD.match(text, start))
    word = word or (prefix and REGION_PLACE.search(prefix))  # "香港九龙…弥敦道600号"
    if weak:
        # a room alone is an address after 住址/家住 or after a street with a house number
        labelled = label or lead or ADDRESS_LABEL.match(ctx.clause_before(i, 8))
        # a building and room inside a residential estate leads to one household
        estate = ESTATE_WORD.search(prefix) or named_estate(prefix)  # (estates)
        if not ((word or estate) and (labelled or estate or HOUSE_NUMBER.search(prefix))):
            return flat_cell(text, start, end, prefix)  # "2幢502室" under 房号 (estates)
        return start - len(prefix), end, "address", 0.8
    if word:
        return start - len(prefix), end, "address", 0.85
    if prefix and (ESTATE_WORD.search(prefix) or named_estate(prefix)):
        return start - len(prefix), end, "address", 0.8  # "某某人才公寓3幢1单元502室", as weak
    if prefix and estate_cell(text, start - len(prefix), start, end):
        return start - len(prefix), end, "address", 0.8  # "某某名郡3栋2单元703室" (estates)
    if prefix[-3:] in _SETTLEMENT_ENDS and named_estate(prefix):
        return start - len(prefix), end, "address", 0.8  # "古河安置点8栋2单元601室" (estates)
    return start, end, "address", 0.6
