"""Held-out check of the plan parser (issue 13).

The four plans in benchmarks/plan_import/ were written after the parser was finished, in
shapes the tests do not use (an HTML table with colspan headings, prose with labelled
unit lines, a flattened four-column table, a traditional-script pipe table). expected.json
holds what a person reads off each one. Prints tasks found vs expected and the accuracy of
lead units, partner units, deadline phrases and due dates (official calendar, RULES §1).

    PYTHONPATH=. .venv/bin/python benchmarks/plan_import.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "plan_import"


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from gongkai.core.workdays import WorkCalendar
    from gongkai.supervision.planimport import plan_to_dict
    from gongkai.supervision.planparse import parse_file

    expected = json.loads((HERE / "expected.json").read_text("utf-8"))
    cal = WorkCalendar({}, [])
    totals = dict.fromkeys(("expected", "found", "extra", "lead", "partner", "deadline", "due"), 0)
    print(
        f"{'file':28} {'tasks':>9} {'extra':>5} {'lead':>5} {'partner':>7} {'deadline':>8} {'due':>4}"
    )
    started = time.perf_counter()
    for name, spec in expected.items():
        parsed = parse_file(HERE / name)
        result = plan_to_dict(parsed, units=[], cal=cal, year=spec["year"])
        tasks = result["tasks"]
        row = dict.fromkeys(totals, 0)
        row["expected"] = len(spec["tasks"])
        used = set()
        for want in spec["tasks"]:
            hit = next(
                (
                    i
                    for i, t in enumerate(tasks)
                    if i not in used and want["start"] in t["task"][:40]
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            got = tasks[hit]
            row["found"] += 1
            row["lead"] += got["lead_units"] == want["lead"]
            row["partner"] += got["partner_units"] == want["partner"]
            phrase_ok = (want["deadline"] == got["deadline_text"] == "") or (
                bool(want["deadline"])
                and bool(got["deadline_text"])
                and (
                    want["deadline"] in got["deadline_text"]
                    or got["deadline_text"] in want["deadline"]
                )
            )
            row["deadline"] += phrase_ok
            row["due"] += got["due"] == want["due"] and got["recurrence"] == want["recurrence"]
        row["extra"] = len(tasks) - len(used)
        for key in totals:
            totals[key] += row[key]
        print(
            f"{name:28} {row['found']:>4}/{row['expected']:<4} {row['extra']:>5} {row['lead']:>5} "
            f"{row['partner']:>7} {row['deadline']:>8} {row['due']:>4}"
        )
    n = totals["expected"]
    print(
        f"\ntasks found {totals['found']}/{n}, extra {totals['extra']}; of the expected tasks: "
        f"lead {totals['lead'] / n:.0%}, partner {totals['partner'] / n:.0%}, "
        f"deadline phrase {totals['deadline'] / n:.0%}, due/recurrence {totals['due'] / n:.0%}; "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
