"""Plan import as data: parse files, match units, compute due dates (issue 13).

``run`` is what ``gongkai plan-import`` does, without Django: it takes the platform's units
and a WorkCalendar and returns one dict per file in the structure the issue specifies::

    {"file", "title", "issuer", "year", "tasks": [{"no", "category", "task", "lead_units",
     "partner_units", "lead_matched", "partner_matched", "deadline_text", "due",
     "recurrence", "problems"}], "unmatched_units": [...]}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from .matching import UnitRow, match_units
from .phrases import due_from_phrase
from .planparse import ParsedPlan, parse_file


class PlanReadError(ValueError):
    """A plan file that cannot be read; the message is Chinese, for people."""


def _today() -> dt.date:
    from django.utils import timezone

    return timezone.localdate()


def plan_year(parsed: ParsedPlan, year: int | None, today: dt.date | None = None) -> int:
    """--year, else the year in the plan's title, else the current year."""
    return year or parsed.year or (today or _today()).year


def plan_to_dict(
    parsed: ParsedPlan,
    *,
    units: list[UnitRow],
    cal,
    year: int | None = None,
    event_dates: dict[str, dt.date] | None = None,
    issuer_id: int | None = None,
) -> dict:
    the_year = plan_year(parsed, year)
    names = [n for t in parsed.tasks for n in t.lead_units + t.partner_units]
    matches, unmatched = match_units(list(dict.fromkeys(names)), units=units, issuer_id=issuer_id)
    found = {m.name: [{"id": uid, "name": uname} for uid, uname in m.units] for m in matches}
    tasks = []
    for task in parsed.tasks:
        rule = due_from_phrase(task.deadline_text, year=the_year, cal=cal, event_dates=event_dates)
        problems = list(task.problems)
        missing = [n for n in task.lead_units + task.partner_units if n not in found]
        if missing:
            problems.append("以下单位未能对应到平台单位，请人工指定：" + "、".join(missing))
        if rule.provisional:
            problems.append("完成日期为暂定：" + rule.explanation)
        if task.deadline_text and not rule.rule:
            problems.append(f"无法识别完成时限“{task.deadline_text}”，请人工确定")
        elif rule.rule and rule.due is None and not rule.recurrence:
            problems.append(rule.explanation)
        tasks.append(
            {
                "no": task.no,
                "category": list(task.category),
                "task": task.task,
                "lead_units": list(task.lead_units),
                "partner_units": list(task.partner_units),
                "lead_matched": [u for n in task.lead_units for u in found.get(n, [])],
                "partner_matched": [u for n in task.partner_units for u in found.get(n, [])],
                "deadline_text": task.deadline_text,
                "due": rule.due.isoformat() if rule.due else None,
                "recurrence": rule.recurrence,
                "problems": problems,
            }
        )
    return {
        "file": parsed.file,
        "title": parsed.title,
        "issuer": parsed.issuer,
        "year": the_year,
        "tasks": tasks,
        "unmatched_units": unmatched,
    }


def run(
    paths: Iterable[str | Path],
    *,
    units: list[UnitRow],
    cal,
    year: int | None = None,
    event_dates: dict[str, dt.date] | None = None,
    issuer_id: int | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> tuple[list[dict], list[ParsedPlan]]:
    """Parse every file; returns the JSON-ready dicts and the parsed plans (for saving)."""
    out: list[dict] = []
    plans: list[ParsedPlan] = []
    items = list(paths)
    for path in progress(items) if progress else items:
        try:
            parsed = parse_file(path)
        except Exception as exc:  # a damaged DOCX/XLSX, an unreadable file: say which one
            raise PlanReadError(
                f"无法读取计划文件 {path}：文件已损坏或格式不受支持（{type(exc).__name__}）"
            ) from exc
        plans.append(parsed)
        out.append(
            plan_to_dict(
                parsed,
                units=units,
                cal=cal,
                year=year,
                event_dates=event_dates,
                issuer_id=issuer_id,
            )
        )
    return out, plans
