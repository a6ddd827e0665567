"""``gongkai monitor URL [--json] [--depth N] [--max-pages N] [--rate R] [--columns FILE]``.

Checks one site now and prints the result. By default the whole site is crawled (up to
``--max-pages`` pages); ``--depth`` limits the link depth only when given; ``--rate`` is
requests per second per host (0 = unlimited; default: the site's own, else the
platform setting). ``--columns FILE`` adds or corrects the site's columns first (CSV with
a header ``url,kind,name[,limit_days]`` or a JSON list of objects with those keys).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gongkai.core.models import Unit
from gongkai.monitoring import pages as fetcher
from gongkai.monitoring import services
from gongkai.monitoring.columns import ColumnsFileError, parse_columns_file
from gongkai.monitoring.models import Site


class Command(BaseCommand):
    help = "立即检测一个网站（单项否决项、栏目更新、失效链接）并输出结果"

    def add_arguments(self, parser):
        parser.add_argument("url", help="网站首页地址；未登记的网站会登记到 --unit 指定的机构")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出")
        parser.add_argument(
            "--depth", type=int, default=None, help="抓取深度（默认不限，抓取整个网站）"
        )
        parser.add_argument(
            "--max-pages",
            type=int,
            default=services.MAX_PAGES,
            help=f"最多抓取的页面数（默认 {services.MAX_PAGES}）",
        )
        parser.add_argument(
            "--rate", type=float, default=None, help="每个主机每秒请求数，0 表示不限速"
        )
        parser.add_argument(
            "--columns", default=None, help="栏目文件（CSV：url,kind,name[,limit_days]，或 JSON）"
        )
        parser.add_argument("--unit", default="", help="登记新网站时所属机构名称（默认为顶级机构）")
        parser.add_argument("--timeout", type=float, default=None, help="单个请求超时（秒）")
        parser.add_argument("--concurrency", type=int, default=None, help="并发请求数")

    def handle(self, *args, url, json: bool, depth, unit, timeout, concurrency, rate, **options):
        normal = fetcher.normalise(url or "")
        if normal is None:
            raise CommandError("请输入以 http:// 或 https:// 开头的完整网址")
        if rate is not None and rate < 0:
            raise CommandError("--rate 不能为负数；0 表示不限速")
        specs = _read_columns(options["columns"]) if options["columns"] else []
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
            if specs:
                services.columns_import(actor=None, site=site, specs=specs)
            run = services.run_request(
                actor=None,
                site=site,
                depth=depth,
                max_pages=options["max_pages"],
                enqueue=False,
            )
        except ValidationError as exc:
            raise CommandError("；".join(exc.messages)) from None
        settings = services.crawl_settings(site)
        if rate is not None:
            settings.rate = rate
        if timeout is not None:
            settings.timeout = timeout
        if concurrency is not None:
            settings.concurrency = max(1, concurrency)
        run.refresh_from_db()
        if run.status != run.Status.DONE:
            # A bar on stderr while it crawls; none with --json (quiet for scripts).
            with tqdm(desc="检查链接", unit="个", disable=json, file=self.stderr._out) as bar:
                run = services.run_execute(run_id=run.pk, settings=settings, progress=bar.update)
        if json:
            self.stdout.write(_json(run))
        else:
            self.stdout.write(_text(run))


def _read_columns(path: str):
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError:
        raise CommandError(f"无法读取栏目文件：{path}") from None
    except UnicodeDecodeError:
        raise CommandError("栏目文件应为 UTF-8 编码") from None
    try:
        return parse_columns_file(text)
    except ColumnsFileError as exc:
        raise CommandError(f"栏目文件有误：{exc}") from None


def _json(run) -> str:
    """Exactly the keys of the issue; every broken link and column, nothing cut."""
    score = run.score or {}
    data = {
        "site": run.site.url,
        "run": run.pk,
        "passed": run.passed,
        "pages": run.pages,
        "links": run.links,
        "trend": {"new": run.broken_new, "still": run.broken_still, "fixed": run.broken_fixed},
        "broken_links": [
            {
                "page": b.page,
                "url": b.url,
                "status": b.status,
                "error": b.error,
                "text": b.text,
                "tag": b.tag,
            }
            for b in run.broken_links.all().iterator(chunk_size=1000)
        ],
        "columns": [
            {
                "name": c.name,
                "url": c.url,
                "kind": c.kind,
                "latest_date": c.latest_date.isoformat() if c.latest_date else None,
                "stale": c.stale,
                "empty": c.empty,
                "undated": c.undated,
            }
            for c in run.column_checks.filter(is_homepage=False)
        ],
        "verdict": [
            {
                "code": v["code"],
                "title": v["title"],
                "status": v["status"],
                "evidence": v["evidence"],
            }
            for v in run.verdict
        ],
        "score": {
            "total": score.get("total"),
            "deductions": [
                {"item": d["item"], "points": d["points"], "evidence": d["evidence"]}
                for d in score.get("deductions", [])
            ],
        },
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
    score = run.score or {}
    if score:
        lines.append("")
        lines.append(f"扣分指标得分：{score.get('total')} 分（满分 100 分）")
        for d in score.get("deductions", []):
            lines.append(f"  扣 {d['points']} 分  {d['item']}")
            for line in d["evidence"][:20]:
                lines.append(f"      {line}")
    lines.append("")
    for c in run.column_checks.all():
        mark = "空白" if c.empty else ("未更新" if c.stale else "正常")
        lines.append(f"栏目 {c.name}：{mark} {c.note}")
    if run.broken:
        lines.append("")
        for b in run.broken_links.all()[:200]:
            lines.append(f"失效 {b.problem}：{b.url}  ← {b.page or '（直接访问）'} {b.text}")
    return "\n".join(lines)
