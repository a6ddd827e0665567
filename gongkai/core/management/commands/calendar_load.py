from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from gongkai.core.services import calendar_load, calendar_parse_csv


class Command(BaseCommand):
    help = "载入一个或多个年度的工作日历（CSV：date,kind[,name[,source]]；kind 为 holiday/workday 或 休/班）"

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", default="", help="依据，如 国办发明电〔2026〕X号")

    def handle(self, *args, file: Path, source: str, **options):
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"无法读取 {file}：{exc}")
        try:
            rows = calendar_parse_csv(text)
            years = calendar_load(actor=None, rows=rows, source=source or file.name)
        except ValidationError as exc:
            raise CommandError("；".join(exc.messages))
        self.stdout.write(
            f"已载入 {'、'.join(map(str, sorted(years)))} 年工作日历，共 {len(rows)} 条调整；"
            "相关的未结期限已重新计算。"
        )
