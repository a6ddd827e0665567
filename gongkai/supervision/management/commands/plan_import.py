"""gongkai plan-import PATH... [--dry-run] [--json] [--unit ID] [--year N] [--event 名称=日期]

Reads work plans (saved web page, text, DOCX, XLSX) into draft task tables. With
``--dry-run`` nothing is saved; ``--json`` prints one object per file (issue 13).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.supervision.planimport import PlanReadError, plan_year, run


def parse_events(values: list[str]) -> dict[str, dt.date]:
    events: dict[str, dt.date] = {}
    for value in values or []:
        name, sep, day = value.partition("=")
        try:
            events[name.strip()] = dt.date.fromisoformat(day.strip())
        except ValueError:
            raise CommandError(
                f"事件日期格式不正确：“{value}”，应写作 名称=年-月-日，例如 人代会=2026-01-20"
            ) from None
        if not sep or not name.strip():
            raise CommandError(f"事件日期格式不正确：“{value}”，应写作 名称=年-月-日")
    return events


class Command(BaseCommand):
    help = "导入年度工作计划（网页、文本、DOCX、XLSX），生成任务分解表草稿"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="计划文件")
        parser.add_argument("--dry-run", action="store_true", help="只解析，不保存")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出解析结果")
        parser.add_argument("--unit", type=int, help="发文单位编号（保存时必填）")
        parser.add_argument("--year", type=int, help="计划年度（默认取标题中的年份，否则为今年）")
        parser.add_argument(
            "--event",
            action="append",
            default=[],
            metavar="名称=日期",
            help="事件日期，例如 人代会=2026-01-20，用于“人代会结束60个工作日内”",
        )

    def handle(self, *args, **options):
        from gongkai.core.models import Unit
        from gongkai.core.workdays import WorkCalendar

        paths = [Path(p) for p in options["paths"]]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise CommandError("找不到文件：" + "、".join(missing))
        events = parse_events(options["event"])
        unit = None
        if options["unit"] is not None:
            unit = Unit.objects.filter(pk=options["unit"]).first()
            if unit is None:
                raise CommandError(f"找不到编号为 {options['unit']} 的单位")
        if not options["dry_run"]:
            if unit is None:
                raise CommandError(
                    "保存计划需要用 --unit 指定发文单位；只查看解析结果请加 --dry-run"
                )
            try:
                from gongkai.supervision.services import plan_create_from_import
            except ImportError:
                raise CommandError(
                    "保存计划需要启用督查督办应用（其服务模块尚未安装）；"
                    "只查看解析结果请加 --dry-run"
                ) from None
        units = list(Unit.objects.values_list("id", "name", "parent_id", "kind"))
        progress = None
        if not options["json"]:
            from tqdm import tqdm

            def progress(items):
                return tqdm(
                    items,
                    desc="解析计划",
                    unit="个文件",
                    file=getattr(self.stderr, "_out", sys.stderr),
                )

        try:
            results, plans = run(
                paths,
                units=units,
                cal=WorkCalendar.current(),
                year=options["year"],
                event_dates=events,
                issuer_id=unit.pk if unit else None,
                progress=progress,
            )
        except PlanReadError as exc:
            raise CommandError(str(exc)) from exc
        if not options["dry_run"]:
            for parsed in plans:
                plan_create_from_import(
                    actor=None,
                    unit=unit,
                    year=plan_year(parsed, options["year"]),
                    parsed=parsed,
                    event_dates=events or None,
                )
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
            return
        for result in results:
            self.stdout.write(
                f"{result['file']}：{result['title'] or '（未识别标题）'}，"
                f"{result['year']}年，任务 {len(result['tasks'])} 项"
            )
            if result["unmatched_units"]:
                self.stdout.write("  未对应的单位：" + "、".join(result["unmatched_units"]))
            missing_lead = sum(1 for t in result["tasks"] if not t["lead_units"])
            if missing_lead:
                self.stdout.write(f"  {missing_lead} 项任务未写明牵头单位")
        self.stdout.write("仅解析，未保存。" if options["dry_run"] else "已保存为计划草稿。")
