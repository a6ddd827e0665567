"""gongkai import-pages PATH... [--dry-run] [--json] [--unit NAME]

``--json`` prints, per file, every field read, what was not found (``missing``), where
each field came from (``sources``) and the whole cleaned body (``body``).
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.core.models import Unit
from gongkai.publishing.importer import import_file

PAGE_SUFFIXES = {".html", ".htm", ".shtml", ".txt", ".xhtml"}
ACTIONS = {
    "created": "已导入",
    "updated": "已更新",
    "unchanged": "未变化",
    "held": "已导入，带有涉密标识或不予公开标注，未发布，待审核",
    "skipped": "已跳过",
    "dry-run": "仅解析",
    "failed": "失败",
}


class Command(BaseCommand):
    help = "导入旧网站保存的页面（HTML 或文本）为已发布的政府信息；重复导入只更新不重复"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="文件或目录")
        parser.add_argument("--dry-run", action="store_true", help="只解析并报告，不写入")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出每个文件的解析结果")
        parser.add_argument("--unit", help="无法识别发文机构时使用的机构名称")

    def handle(self, *paths, **opts):
        default_unit = None
        if opts.get("unit"):
            default_unit = Unit.objects.filter(name=opts["unit"]).first()
            if default_unit is None:
                raise CommandError(f"没有名为“{opts['unit']}”的机构")
        files = []
        for raw in opts["paths"]:
            p = Path(raw)
            if p.is_dir():
                files.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in PAGE_SUFFIXES))
            elif p.is_file():
                files.append(p)
            else:
                raise CommandError(f"找不到文件或目录：{raw}")
        reports = []
        from tqdm import tqdm

        bar = tqdm(files, desc="导入页面", unit="篇", file=sys.stderr, disable=opts["json"])
        for f in bar:
            try:
                reports.append(import_file(f, dry_run=opts["dry_run"], default_unit=default_unit))
            except Exception as exc:  # one bad page must not stop the batch
                problems = getattr(exc, "messages", None) or [str(exc)]
                reports.append({"file": str(f), "action": "failed", "problems": problems})
        if opts["json"]:
            self.stdout.write(json.dumps(reports, ensure_ascii=False, indent=2, default=str))
            return
        for r in reports:
            missing = "、".join(r.get("missing", [])) or "无"
            self.stdout.write(
                f"{r['file']}: {ACTIONS.get(r.get('action'), r.get('action'))} 《{r.get('title', '')}》 "
                f"索引号 {r.get('index_number') or '—'}，缺少：{missing}"
                + (f"；问题：{'；'.join(r['problems'])}" if r.get("problems") else "")
            )
