"""``gongkai monitor URL [--json] [--depth N]``: check one site now and print the result."""

from __future__ import annotations

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from gongkai.core.models import Unit
from gongkai.monitoring import fetcher, services
from gongkai.monitoring.models import Site


class Command(BaseCommand):
    help = "立即检测一个网站（单项否决项、栏目更新、失效链接）并输出结果"

    def add_arguments(self, parser):
        parser.add_argument("url", help="网站首页地址；未登记的网站会登记到 --unit 指定的机构")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出")
        parser.add_argument("--depth", type=int, default=None, help="抓取深度（0-10）")
        parser.add_argument("--unit", default="", help="登记新网站时所属机构名称（默认为顶级机构）")
        parser.add_argument("--timeout", type=float, default=None, help="单个请求超时（秒）")
        parser.add_argument("--concurrency", type=int, default=None, help="并发请求数")

    def handle(self, *args, url, json: bool, depth, unit, timeout, concurrency, **options):
        normal = fetcher.normalise(url or "")
        if normal is None:
            raise CommandError("请输入以 http:// 或 https:// 开头的完整网址")
        site = Site.objects.filter(url=normal).first()
        try:
            if site is None:
                owner = (
                    Unit.objects.filter(name=unit).first()
                    if unit
                    else Unit.objects.filter(parent__isnull=True).order_by("id").first()
                )
                if owner is None:
                    raise CommandError(
                        f"找不到机构“{unit}”"
                        if unit
                        else "尚无机构：请先运行 gongkai demo-load 或创建机构"
                    )
                site = services.site_create(actor=None, unit=owner, name="", url=normal)
            run = services.run_request(actor=None, site=site, depth=depth, enqueue=False)
        except ValidationError as exc:
            raise CommandError("；".join(exc.messages)) from None
        settings = services.crawl_settings()
        if timeout is not None:
            settings.timeout = timeout
        if concurrency is not None:
            settings.concurrency = max(1, concurrency)
        run.refresh_from_db()
        if run.status != run.Status.DONE:
            run = services.run_execute(run_id=run.pk, settings=settings)
        if json:
            self.stdout.write(_json(run))
        else:
            self.stdout.write(_text(run))


def _json(run) -> str:
    data = {
        "site": run.site.url,
        "run": run.pk,
        "passed": run.passed,
        "pages": run.pages,
        "links": run.links,
        "broken": run.broken,
        "trend": {"new": run.broken_new, "still": run.broken_still, "fixed": run.broken_fixed},
        "verdict": run.verdict,
        "columns": [
            {
                "name": c.name,
                "url": c.url,
                "kind": c.kind,
                "latest_date": c.latest_date.isoformat() if c.latest_date else None,
                "stale": c.stale,
                "empty": c.empty,
                "note": c.note,
            }
            for c in run.column_checks.all()
        ],
        "broken_links": [
            {
                "page": b.page,
                "text": b.text,
                "tag": b.tag,
                "url": b.url,
                "status": b.status,
                "error": b.error,
                "new": b.is_new,
            }
            for b in run.broken_links.all()
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _text(run) -> str:
    status = {"pass": "通过", "fail": "不通过", "not_measured": "未检测"}
    lines = [
        f"网站：{run.site.name}（{run.site.url}）",
        f"结论：{'通过' if run.passed else '不通过'}（单项否决项）",
        f"抓取页面 {run.pages} 个，检查链接 {run.links} 个，失效 {run.broken} 个"
        f"（新增 {run.broken_new}，仍失效 {run.broken_still}，已修复 {run.broken_fixed}）",
        "",
    ]
    for v in run.verdict:
        lines.append(f"[{status.get(v['status'], v['status'])}] {v['title']}：{v['evidence']}")
    lines.append("")
    for c in run.column_checks.all():
        mark = "空白" if c.empty else ("未更新" if c.stale else "正常")
        lines.append(f"栏目 {c.name}：{mark} {c.note}")
    if run.broken:
        lines.append("")
        for b in run.broken_links.all()[:200]:
            lines.append(f"失效 {b.problem}：{b.url}  ← {b.page or '（直接访问）'} {b.text}")
    return "\n".join(lines)
