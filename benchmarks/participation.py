"""Participation benchmark: how the public side holds up under a busy consultation.

Usage: .venv/bin/python benchmarks/participation.py [--comments N] [--messages N] [--responses N]

Runs against a throw-away SQLite database in a temporary directory and prints:
- comments accepted per second through ``comment_submit`` (distinct clients, so the
  flood limit does not interfere) and the median/95th-percentile latency;
- the public consultation page with all comments approved (render time, queries);
- ``unanswered_over_three_months`` over N messages of which 1% are stale;
- survey tallies and the results page over N responses.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--responses", type=int, default=5000)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="gk-bench-part-")
    os.environ["GONGKAI_VAR_DIR"] = tmp
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    os.environ["AXES_ENABLED"] = "0"
    import django

    django.setup()
    import datetime as dt

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)

    from gongkai.core.models import Role, Unit
    from gongkai.core.services import staff_create, unit_create
    from gongkai.participation import services as svc
    from gongkai.participation.models import Comment, Message, SurveyResponse
    from gongkai.participation.selectors import unanswered_over_three_months

    gov = unit_create(name="基准县人民政府", kind=Unit.Kind.GOVERNMENT, code="015281722")
    dept = unit_create(parent=gov, name="基准县民政局", kind=Unit.Kind.DEPARTMENT)
    editor = staff_create(
        username="bench", password="bench-password-1", unit=dept, role=Role.EDITOR, name="基准"
    )
    now = timezone.now()
    c = svc.consultation_create(
        actor=editor,
        unit=dept,
        title="基准意见征集",
        draft_text="第一条 " * 500,
        explanation="说明",
        how_to_comment="网上",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=30),
        publish=True,
    )

    print(f"== comments: {args.comments}")
    latencies = []
    t0 = time.perf_counter()
    for i in range(args.comments):
        s = time.perf_counter()
        svc.comment_submit(
            consultation=c,
            text=f"第{i}条意见：建议完善审核程序，联系电话请见附件。",
            name="王五",
            client=f"client-{i}",
        )
        latencies.append(time.perf_counter() - s)
    total = time.perf_counter() - t0
    latencies.sort()
    print(
        f"comment_submit: {args.comments / total:.0f}/s, "
        f"median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms"
    )
    Comment.objects.update(status=Comment.Status.APPROVED)

    client = Client()
    client.get(f"/hudong/zhengji/{c.pk}/")  # warm templates
    with CaptureQueriesContext(connection) as q:
        s = time.perf_counter()
        r = client.get(f"/hudong/zhengji/{c.pk}/")
        elapsed = time.perf_counter() - s
    assert r.status_code == 200
    print(
        f"consultation page with {args.comments} approved comments: "
        f"{elapsed * 1000:.0f} ms, {len(q)} queries, {len(r.content) // 1024} KiB"
    )

    print(f"== messages: {args.messages}")
    old = now - dt.timedelta(days=120)
    rows = []
    for i in range(args.messages):
        received = old if i % 100 == 0 else now - dt.timedelta(hours=i % 2000)
        rows.append(
            Message(
                tracking_number=f"B{i:012d}",
                code_hash="x",
                kind="inquiry",
                addressed_unit=dept,
                unit=dept,
                subject="s",
                text="t",
                contact="c",
                received_at=received,
                due_start=received.date(),
                due=now.date(),
                due_rule="bench",
                due_explanation="bench",
            )
        )
    Message.objects.bulk_create(rows, batch_size=2000)
    s = time.perf_counter()
    stale = list(unanswered_over_three_months(unit=gov))
    print(
        f"unanswered_over_three_months: {len(stale)} stale of {args.messages} in "
        f"{(time.perf_counter() - s) * 1000:.0f} ms"
    )

    print(f"== survey responses: {args.responses}")
    survey = svc.survey_create(
        actor=editor,
        unit=dept,
        title="基准调查",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=10),
        publish=True,
        questions=[
            {"kind": "single", "text": "渠道", "options": ["网上", "窗口", "自助"]},
            {"kind": "multiple", "text": "改进", "options": ["时间", "材料", "态度", "公开"]},
            {"kind": "scale", "text": "满意度", "scale_max": 5},
        ],
    )
    qs = list(survey.questions.all())
    s = time.perf_counter()
    for i in range(args.responses):
        svc.survey_respond(
            survey=survey,
            answers={qs[0].pk: i % 3, qs[1].pk: [i % 4, (i + 2) % 4], qs[2].pk: 1 + i % 5},
            client=f"r{i}",
        )
    total = time.perf_counter() - s
    print(f"survey_respond: {args.responses / total:.0f}/s")
    assert SurveyResponse.objects.count() == args.responses
    s = time.perf_counter()
    r = client.get(f"/hudong/diaocha/{survey.pk}/results/")
    print(
        f"results page (3 SVG charts) over {args.responses} responses: "
        f"{(time.perf_counter() - s) * 1000:.0f} ms"
    )
    assert r.status_code == 200


if __name__ == "__main__":
    main()
