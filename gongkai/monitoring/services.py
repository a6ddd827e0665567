"""Every write of the monitoring app: sites, columns, runs, probes, verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from gongkai.core import conf as gongkai_conf
from gongkai.core import plugs
from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.core.permissions import require_unit
from gongkai.monitoring import pages as fetcher
from gongkai.monitoring import verdict
from gongkai.monitoring.columns import ColumnSpec
from gongkai.monitoring.crawl import CrawlSettings, crawl
from gongkai.monitoring.models import (
    AvailabilityProbe,
    BrokenLink,
    Column,
    CrawlItem,
    CrawlRun,
    Site,
)
from gongkai.monitoring.verdict import PROBE_KEEP, unreachable_item  # noqa: F401

PROBE_THRESHOLD = 15.0  # seconds (RULES §7)
STALLED_AFTER = dt.timedelta(hours=1)
MAX_PAGES = 100_000  # the page budget of one run
SITE_DEPTH = object()  # run_request: the site's own depth

# Hands a run id to the background worker: ``tasks.enqueue_run``, named by a string so
# that this module never imports the tasks that import it (tests may set it to None).
WORKER: Callable[[int], None] | None = plugs.lazy("gongkai.monitoring.tasks:enqueue_run")


def _clean_url(url: str, field: str = "url") -> str:
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise ValidationError({field: "请输入以 http:// 或 https:// 开头的完整网址"}) from None
    normal = fetcher.normalise(url)
    if normal is not None and len(normal) > 500:
        raise ValidationError({field: "网址过长（最多 500 个字符）"})
    if normal is None:
        raise ValidationError({field: "请输入以 http:// 或 https:// 开头的完整网址"})
    return normal


def _check_depth(depth: int | None) -> None:
    if depth is not None and depth < 0:
        raise ValidationError({"depth": "抓取深度不能为负数；留空表示抓取整个网站"})


def _check_rate(rate: float | None) -> None:
    if rate is not None and rate < 0:
        raise ValidationError({"rate": "每秒请求数不能为负数；0 表示不限速"})


def crawl_settings(site: Site | None = None) -> CrawlSettings:
    conf = gongkai_conf.get("GONGKAI_MONITORING")
    rate = conf.get("rate", 10.0)
    if site is not None and site.rate is not None:
        rate = site.rate
    return CrawlSettings(
        concurrency=conf.get("concurrency", 16),
        per_host=conf.get("per_host", 4),
        rate=rate,
        timeout=conf.get("timeout", 15.0),
        budget=conf.get("budget"),  # URLs per task; the task re-queues itself for the rest
    )


# --- sites and columns ----------------------------------------------------------


@transaction.atomic
def site_create(
    *,
    actor: User | None,
    unit: Unit,
    name: str,
    url: str,
    depth: int | None = None,
    rate: float | None = None,
    is_platform: bool = False,
) -> Site:
    if actor is not None:
        require_unit(actor, unit)
    url = _clean_url(url)
    name = (name or "").strip() or urlsplit(url).netloc
    _check_depth(depth)
    _check_rate(rate)
    if Site.objects.filter(url=url).exists():
        raise ValidationError({"url": "该网站已在监测名单中"})
    site = Site.objects.create(
        unit=unit, name=name[:100], url=url, depth=depth, rate=rate, is_platform=is_platform
    )
    audit_record(
        actor=actor,
        action="monitoring.site_create",
        obj=site,
        summary=f"添加监测网站：{site.name}（{site.url}）",
        changes={"url": url, "depth": depth, "rate": rate},
    )
    return site


@transaction.atomic
def site_update(*, actor: User | None, site: Site, depth: int | None, rate: float | None) -> Site:
    """The office sets a site's crawl depth (None: whole site) and rate (None: default)."""
    if actor is not None:
        require_unit(actor, site.unit)
    _check_depth(depth)
    _check_rate(rate)
    before = {"depth": site.depth, "rate": site.rate}
    site.depth, site.rate = depth, rate
    site.save(update_fields=["depth", "rate"])
    audit_record(
        actor=actor,
        action="monitoring.site_update",
        obj=site,
        summary=f"修改网站检测设置：{site.name}",
        changes={"before": before, "after": {"depth": depth, "rate": rate}},
    )
    return site


def _column_fields(site: Site, name: str, kind: str, limit_days: int | None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "请填写栏目名称"})
    if kind not in Column.Kind.values:
        raise ValidationError({"kind": "栏目类型不正确"})
    if limit_days is not None and limit_days <= 0:
        raise ValidationError({"limit_days": "更新时限应为正整数（天）"})
    return name[:100]


@transaction.atomic
def column_create(
    *,
    actor: User | None,
    site: Site,
    name: str,
    url: str,
    kind: str,
    limit_days: int | None = None,
    origin: str = Column.Origin.OFFICE,
) -> Column:
    """Add a column, or correct the one found at that address (the office's word wins)."""
    if actor is not None:
        require_unit(actor, site.unit)
    url = _clean_url(url)
    name = _column_fields(site, name, kind, limit_days)
    if fetcher.host_key(url) != fetcher.host_key(site.url):
        raise ValidationError({"url": "栏目地址应与网站首页在同一域名下"})
    column = site.columns.filter(url=url).first()
    if column is not None and column.origin != Column.Origin.AUTO and not column.ignored:
        raise ValidationError({"url": "该栏目已添加"})
    if column is None:
        column = Column(site=site, url=url)
    column.name, column.kind, column.limit_days = name, kind, limit_days
    column.origin, column.ignored = origin, False
    column.save()
    audit_record(
        actor=actor,
        action="monitoring.column_create",
        obj=site,
        summary=f"为网站“{site.name}”添加栏目：{column.name}",
        changes={"url": url, "kind": kind, "limit_days": limit_days, "origin": origin},
    )
    return column


@transaction.atomic
def column_update(
    *, actor: User | None, column: Column, name: str, kind: str, limit_days: int | None
) -> Column:
    """The office corrects a column (often one the monitor found): name, kind, limit."""
    site = column.site
    if actor is not None:
        require_unit(actor, site.unit)
    name = _column_fields(site, name, kind, limit_days)
    before = {"name": column.name, "kind": column.kind, "limit_days": column.limit_days}
    column.name, column.kind, column.limit_days = name, kind, limit_days
    column.origin = Column.Origin.OFFICE
    column.save(update_fields=["name", "kind", "limit_days", "origin"])
    audit_record(
        actor=actor,
        action="monitoring.column_update",
        obj=site,
        summary=f"修改网站“{site.name}”的栏目：{column.name}",
        changes={"before": before, "after": {"name": name, "kind": kind, "limit_days": limit_days}},
    )
    return column


@transaction.atomic
def columns_import(*, actor: User | None, site: Site, specs: list[ColumnSpec]) -> int:
    """The columns of a columns file (``monitor --columns``): added or corrected."""
    for spec in specs:
        url = _clean_url(spec.url)
        existing = site.columns.filter(url=url).first()
        if existing is not None:
            column_update(
                actor=actor, column=existing, name=spec.name, kind=spec.kind,
                limit_days=spec.limit_days,
            )  # fmt: skip
            Column.objects.filter(pk=existing.pk).update(origin=Column.Origin.FILE, ignored=False)
        else:
            column_create(
                actor=actor, site=site, name=spec.name, url=url, kind=spec.kind,
                limit_days=spec.limit_days, origin=Column.Origin.FILE,
            )  # fmt: skip
    return len(specs)


@transaction.atomic
def column_delete(*, actor: User | None, column: Column) -> None:
    site = column.site
    if actor is not None:
        require_unit(actor, site.unit)
    audit_record(
        actor=actor,
        action="monitoring.column_delete",
        obj=site,
        summary=f"删除网站“{site.name}”的栏目：{column.name}",
        changes={"url": column.url, "kind": column.kind},
    )
    if column.origin == Column.Origin.AUTO:
        # Found by the monitor: remembered as "not a column" so it is not found again.
        column.ignored = True
        column.save(update_fields=["ignored"])
    else:
        column.delete()  # past ColumnCheck rows keep their name and URL


@transaction.atomic
def site_set_active(*, actor: User | None, site: Site, active: bool) -> Site:
    """Pause or resume the scheduled checks and probes of a site (history is kept)."""
    if actor is not None:
        require_unit(actor, site.unit)
    if site.active != active:
        site.active = active
        site.save(update_fields=["active"])
        audit_record(
            actor=actor,
            action="monitoring.site_activate" if active else "monitoring.site_pause",
            obj=site,
            summary=f"{'恢复' if active else '暂停'}定期检测：{site.name}",
            changes={"active": active},
        )
    return site


def site_ensure_platform() -> Site | None:
    """The platform's own portal is always monitored (under the top government unit)."""
    base = settings.GONGKAI_SITE.get("base_url", "")
    url = fetcher.normalise(base) if base else None
    if url is None:
        return None
    site = Site.objects.filter(is_platform=True).first() or Site.objects.filter(url=url).first()
    if site is not None:
        legacy = site.columns.filter(url=site.url + "documents/", name="政策文件")
        if site.is_platform and legacy.exists():
            legacy.delete()  # never served by the portal: a false broken link
        if site.is_platform and site.url != url and not Site.objects.filter(url=url).exists():
            # The portal moved (``make run`` on another PORT): watch it where it is now.
            old = site.url
            site.url = url
            site.save(update_fields=["url"])
            # Probes of the old address say nothing about the new one.
            AvailabilityProbe.objects.filter(site=site).delete()
            for column in site.columns.filter(url__startswith=old):
                column.url = url + column.url[len(old) :]
                column.save(update_fields=["url"])
            audit_record(
                actor=None,
                action="monitoring.site_move",
                obj=site,
                summary=f"本平台门户地址改为 {url}（原 {old}）",
                changes={"before": old, "after": url},
            )
        return site
    unit = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    if unit is None:
        return None
    site = site_create(
        actor=None,
        unit=unit,
        name=settings.GONGKAI_SITE.get("name", "本平台"),
        url=url,
        is_platform=True,
    )
    # No columns are written in: each check finds them from the portal's navigation and
    # its 政府信息公开 section (an earlier version added a /documents/ page that the
    # portal does not serve; ``site_ensure_platform`` removes it, see above).
    return site


# --- runs -----------------------------------------------------------------------


@transaction.atomic
def run_request(
    *,
    actor: User | None,
    site: Site,
    depth=SITE_DEPTH,
    max_pages: int | None = None,
    enqueue: bool = True,
) -> CrawlRun:
    """Queue a check of ``site``; a check already waiting or running is returned as is.

    ``depth``: a link depth, None for the whole site, or (the default) the site's own.
    ``enqueue=False`` when the caller runs it itself (the ``monitor`` command).
    """
    if actor is not None:
        require_unit(actor, site.unit)
    depth = site.depth if depth is SITE_DEPTH else depth
    _check_depth(depth)
    max_pages = MAX_PAGES if max_pages is None else max_pages
    if max_pages < 1:
        raise ValidationError({"max_pages": "页面上限应为正整数"})
    Site.objects.select_for_update().filter(pk=site.pk).first()
    pending = site.runs.filter(status__in=[CrawlRun.Status.QUEUED, CrawlRun.Status.RUNNING]).first()
    if pending is not None:
        last = pending.heartbeat or pending.started_at or pending.created_at
        if enqueue and last < timezone.now() - STALLED_AFTER:
            # Its worker died: queue it again; it resumes from its queue rows.
            audit_record(
                actor=actor,
                action="monitoring.run_resume",
                obj=site,
                summary=f"网站检测长时间无进展，重新排队继续：{site.name}",
                changes={"run": pending.pk},
            )
            transaction.on_commit(lambda: _to_worker(pending.pk))
        return pending
    run = CrawlRun.objects.create(site=site, depth=depth, max_pages=max_pages, requested_by=actor)
    audit_record(
        actor=actor,
        action="monitoring.run_request",
        obj=site,
        summary=f"发起网站检测：{site.name}",
        changes={"run": run.pk, "depth": depth, "max_pages": max_pages},
    )

    if enqueue:
        transaction.on_commit(lambda: _to_worker(run.pk))
    return run


def _to_worker(run_id: int) -> None:
    if WORKER is not None:
        WORKER(run_id)


def run_execute(*, run_id: int, settings: CrawlSettings | None = None, progress=None) -> CrawlRun:
    """Crawl and judge one run (the task body). Safe to call again after a crash."""
    run = CrawlRun.objects.select_related("site", "site__unit").get(pk=run_id)
    if run.status == CrawlRun.Status.DONE:
        return run
    CrawlRun.objects.filter(pk=run.pk).update(
        status=CrawlRun.Status.RUNNING, started_at=run.started_at or timezone.now()
    )
    try:
        if not crawl(run, settings or crawl_settings(run.site), progress):
            return CrawlRun.objects.get(pk=run.pk)  # budget spent: the queue stays for later
        return run_finish(run_id=run.pk)
    except Exception as exc:
        with transaction.atomic():
            CrawlRun.objects.filter(pk=run.pk).update(
                status=CrawlRun.Status.FAILED, error=str(exc)[:2000], finished_at=timezone.now()
            )
            audit_record(
                actor=None,
                action="monitoring.run_fail",
                obj=run.site,
                summary=f"网站检测失败：{run.site.name}：{exc}"[:300],
            )
        raise


@transaction.atomic
def run_finish(*, run_id: int) -> CrawlRun:
    """Turn the queue rows into broken links, compare with the last run, judge."""
    run = CrawlRun.objects.select_for_update().select_related("site").get(pk=run_id)
    site = run.site
    run.broken_links.all().delete()
    run.column_checks.all().delete()
    broken_items = run.items.filter(broken=True).order_by("id")
    rows: list[BrokenLink] = []
    broken_urls: set[str] = set()
    previous = (
        site.runs.filter(status=CrawlRun.Status.DONE, created_at__lt=run.created_at)
        .exclude(pk=run.pk)
        .order_by("-created_at", "-id")
        .first()
    )
    before = set(previous.broken_links.values_list("url", flat=True)) if previous else set()
    chunk: dict[str, CrawlItem] = {}

    def flush():
        # One pass over the pages' link lists per chunk of broken URLs.
        found = set()
        for ref in run.refs.order_by("id").iterator(chunk_size=500):
            for h, tag, text in ref.entries():
                if h in chunk:
                    found.add(h)
                    rows.append(_broken(run, chunk[h], ref.page, text, tag, before))
            if len(rows) >= 500:
                BrokenLink.objects.bulk_create(rows)
                rows.clear()
        for h, item in chunk.items():
            if h not in found:  # the homepage or a column page itself
                rows.append(_broken(run, item, "", "", "a", before))
        BrokenLink.objects.bulk_create(rows, batch_size=500)
        rows.clear()
        chunk.clear()

    for item in broken_items.iterator(chunk_size=500):
        broken_urls.add(item.url)
        chunk[item.url_hash] = item
        if len(chunk) >= 5000:
            flush()
    if chunk:
        flush()
    run.refs.all().delete()
    run.links = run.items.filter(state=CrawlItem.State.DONE).count()
    run.broken = len(broken_urls)
    run.broken_new = len(broken_urls - before)
    run.broken_still = len(broken_urls & before)
    fixed = sorted(before - broken_urls)
    run.broken_fixed = len(fixed)
    run.fixed_urls = fixed[:500]
    checks = verdict.column_checks(run)
    run.verdict, run.score = verdict.judge(run, checks)
    run.passed = not any(v["status"] == "fail" for v in run.verdict)
    run.status = CrawlRun.Status.DONE
    run.finished_at = timezone.now()
    run.save()
    # Keep the queue rows of this run only; history lives in BrokenLink and ColumnCheck.
    CrawlItem.objects.filter(run__site=site).exclude(run=run).delete()
    audit_record(
        actor=None,
        action="monitoring.run_finish",
        obj=site,
        summary=(
            f"网站检测完成：{site.name}，{'通过' if run.passed else '存在单项否决问题'}，"
            f"失效链接 {run.broken} 个（新增 {run.broken_new}）"
        ),
        changes={
            "run": run.pk,
            "passed": run.passed,
            "broken": run.broken,
            "score": run.score.get("total"),
        },
    )
    return run


def _broken(run, item: CrawlItem, page: str, text: str, tag: str, before: set[str]) -> BrokenLink:
    return BrokenLink(
        run=run,
        page=page,
        text=text,
        tag=tag,
        url=item.url,
        status=item.status,
        error=item.error or BrokenLink.Error.HTTP,
        detail=item.detail,
        internal=item.internal,
        is_new=item.url not in before,
    )


# --- availability probes ------------------------------------------------------------


def probe_sites(*, sites: list[Site] | None = None, timeout: float = PROBE_THRESHOLD) -> int:
    """Probe every active site once; keep one week of results."""
    if sites is None:
        site_ensure_platform()
        _ensure_hosted()
        sites = list(Site.objects.filter(active=True))
    if not sites:
        return 0

    import asyncio

    from gongkai.monitoring import fetcher as http  # aiohttp only where it is used

    async def all_probes():
        return await asyncio.gather(*(http.probe(s.url, timeout=timeout) for s in sites))

    outcomes = http.run_sync(all_probes)
    now = timezone.now()
    with transaction.atomic():
        AvailabilityProbe.objects.bulk_create(
            AvailabilityProbe(
                site=site,
                at=now,
                ok=ok,
                elapsed=round(elapsed, 3),
                status=status,
                error=error[:200],
            )
            for site, (ok, elapsed, status, error) in zip(sites, outcomes, strict=True)
        )
        AvailabilityProbe.objects.filter(at__lt=now - PROBE_KEEP).delete()
        failed = sum(1 for ok, *_ in outcomes if not ok)
        audit_record(
            actor=None,
            action="monitoring.probe",
            summary=f"可用性探测 {len(sites)} 个网站，{failed} 个未能在15秒内打开",
            changes={"sites": len(sites), "failed": failed},
        )
    return len(sites)


def _ensure_hosted() -> None:
    from gongkai.monitoring.hosted import sites_ensure_hosted

    sites_ensure_hosted()


def schedule_checks() -> int:
    """The daily job: queue a check of every active site (the worker gets each on commit)."""
    site_ensure_platform()
    _ensure_hosted()
    count = 0
    for site in Site.objects.filter(active=True):
        run_request(actor=None, site=site)
        count += 1
    return count
