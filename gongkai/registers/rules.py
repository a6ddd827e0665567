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
