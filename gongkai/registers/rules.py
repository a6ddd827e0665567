"""Pure rules of the registers (no ORM writes).

- ``result_deadline``: a random-inspection result must be public within 20 working days of
  the inspection's completion, a penalty within 7 working days of the decision;
- ``unified_number``: the 统一登记编号 of a normative document, per issuing unit and year.
"""

from __future__ import annotations

import datetime as dt

from gongkai.core.deadlines import Deadline
from gongkai.core.workdays import WorkCalendar, deadline

RULE_RESULT = "inspection_result_20wd"
RULE_PENALTY = "inspection_penalty_7wd"


def result_deadline(
    kind: str, formed_on: dt.date | None, cal: WorkCalendar | None = None
) -> Deadline:
    if formed_on is None:
        return Deadline.none("未填写检查完成或处罚决定日期，无法计算公开时限")
    if kind == "penalty":
        return deadline(formed_on, 7, rule=RULE_PENALTY, what="作出处罚决定之日 ", cal=cal)
    return deadline(formed_on, 20, rule=RULE_RESULT, what="检查完成之日 ", cal=cal)


def unified_number(unit_name: str, short_name: str, year: int, seq: int) -> str:
    """``示范县民政局规〔2026〕3号``-style: the unit's short name (or name), 规, year, number."""
    return f"{short_name or unit_name}规〔{year}〕{seq}号"


RULE_SERVICE_GUIDE = "service_guide_1wd"


def guide_deadline(changed_on: dt.date | None, cal: WorkCalendar | None = None) -> Deadline:
    """A changed service guide is public within 1 working day of the approval of the change."""
    if changed_on is None:
        return Deadline.none("未填写变更批准日期，无公开时限")
    return deadline(changed_on, 1, rule=RULE_SERVICE_GUIDE, what="办事指南变更批准之日 ", cal=cal)


POWER_FIELDS = ("title", "power_type", "basis", "responsibilities", "accountability")


def edition_diff(old: list[dict], new: list[dict]) -> dict:
    """What changed between two yearly editions of a power list, matched by 权力编码:
    ``{"added": [rows], "removed": [rows], "changed": [{"code", "title", "fields": [..]}]}``."""
    before = {r["code"]: r for r in old}
    after = {r["code"]: r for r in new}
    changed = []
    for code in sorted(set(before) & set(after)):
        fields = [f for f in POWER_FIELDS if before[code].get(f) != after[code].get(f)]
        if fields:
            changed.append({"code": code, "title": after[code]["title"], "fields": fields})
    return {
        "added": [after[c] for c in sorted(set(after) - set(before))],
        "removed": [before[c] for c in sorted(set(before) - set(after))],
        "changed": changed,
    }


#: the longest gap between updates a dataset's frequency allows, in days
FREQUENCY_DAYS = {"daily": 1, "weekly": 7, "monthly": 31, "quarterly": 92, "yearly": 366}


def dataset_update_due(last_updated_on: dt.date | None, frequency: str) -> dt.date | None:
    """The day by which a dataset must be updated again (None: never updated yet)."""
    if last_updated_on is None or frequency not in FREQUENCY_DAYS:
        return None
    return last_updated_on + dt.timedelta(days=FREQUENCY_DAYS[frequency])


def gazette_others(text: str) -> list[dict]:
    """Lines ``标题｜文号｜发文单位｜链接`` (the last three optional) as contents rows."""
    rows = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.replace("|", "｜").split("｜")]
        if not parts or not parts[0]:
            continue
        parts += [""] * (4 - len(parts))
        rows.append(
            {"title": parts[0], "doc_number": parts[1], "unit": parts[2], "url": parts[3],
             "kind": "其他文件", "summary": ""}
        )  # fmt: skip
    return rows
