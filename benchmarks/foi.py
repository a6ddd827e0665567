"""Benchmark of the foi app: submissions, confirmation, deadline recomputation, to-do.

Run:  .venv/bin/python benchmarks/foi.py [N]     (default N=1000)

Uses a fresh SQLite database in a temporary directory (the production default engine,
WAL mode), so it never touches var/. Prints one line per figure.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(n: int) -> None:
    tmp = tempfile.mkdtemp(prefix="gongkai-bench-foi-")
    os.environ["GONGKAI_VAR_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from gongkai.core.models import Role, Unit
    from gongkai.core.services import staff_create, unit_create
    from gongkai.foi import selectors, services
    from gongkai.foi.clock import Pause, current_calendar, reply_deadline

    gov = unit_create(name="基准县人民政府", kind=Unit.Kind.GOVERNMENT)
    dept = unit_create(parent=gov, name="基准县民政局", kind=Unit.Kind.DEPARTMENT)
    editor = staff_create(
        username="e", password="x-bench-123", unit=dept, role=Role.EDITOR, name="e"
    )
    office = staff_create(
        username="o", password="x-bench-123", unit=gov, role=Role.OFFICE, name="o"
    )

    def data(i):
        return {
            "unit": dept.pk,
            "applicant_type": "natural",
            "applicant_name": f"申请人{i}",
            "id_number": "11010519491231002X",
            "phone": "13800000000",
            "description": f"基准测试信息 {i}",
            "form_wanted": "electronic",
            "delivery_route": "online",
        }

    t = time.perf_counter()
    apps = [services.application_submit(data=data(i))[0] for i in range(n)]
    submit = time.perf_counter() - t
    print(f"submit (sequential, service): {n} in {submit:.2f}s = {n / submit:.0f}/s")

    t = time.perf_counter()
    for app in apps:
        services.application_confirm(actor=editor, application=app)
    confirm = time.perf_counter() - t
    print(f"confirm receipt + compute due date: {n} in {confirm:.2f}s = {n / confirm:.0f}/s")

    t = time.perf_counter()
    changed = services.recompute_open(set())
    recompute = time.perf_counter() - t
    print(f"recompute_open over {n} open applications: {recompute:.2f}s ({changed} changed)")

    t = time.perf_counter()
    items = selectors.todo_items(office)
    todo = time.perf_counter() - t
    print(f"todo_items for the office with {len(items)} items: {todo * 1000:.0f} ms")

    cal = current_calendar()

    start = dt.date(2026, 9, 28)
    t = time.perf_counter()
    for _ in range(10000):
        reply_deadline(
            start=start,
            extension_days=20,
            pauses=[Pause(dt.date(2026, 10, 12), dt.date(2026, 10, 20), "征求意见")],
            cal=cal,
        )
    clock = time.perf_counter() - t
    print(f"reply_deadline with pause + extension: {10000 / clock:.0f}/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
