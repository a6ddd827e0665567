"""Every write of the monitoring app: sites, columns, runs, probes, verdicts."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Unit, User
from gongkai.core.permissions import require_unit
from gongkai.monitoring import fetcher
from gongkai.monitoring.crawl import CrawlSettings, crawl
from gongkai.monitoring.models import (
    AvailabilityProbe,
    BrokenLink,
    Column,
    CrawlItem,
    CrawlRun,
    Site,
)

PROBE_KEEP = dt.timedelta(days=7)
PROBE_THRESHOLD = 15.0  # seconds (RULES §7)
UNREACHABLE_SHARE = 0.05
STALE_LIMIT, LONG_STALE_LIMIT, EMPTY_LIMIT = 5, 10, 5
MAX_DEPTH = 10
STALLED_AFTER = dt.timedelta(hours=1)


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


def crawl_settings() -> CrawlSettings:
    conf = getattr(settings, "GONGKAI_MONITORING", {})
    return CrawlSettings(
        concurrency=conf.get("concurrency", 16),
        per_host=conf.get("per_host", 4),
        rate=conf.get("rate", 10.0),
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
    depth: int = 3,
    is_platform: bool = False,
) -> Site:
    if actor is not None:
        require_unit(actor, unit)
    url = _clean_url(url)
    name = (name or "").strip() or urlsplit(url).netloc
    if not 0 <= depth <= MAX_DEPTH:
        raise ValidationError({"depth": f"抓取深度应在 0 到 {MAX_DEPTH} 之间"})
    if Site.objects.filter(url=url).exists():
        raise ValidationError({"url": "该网站已在监测名单中"})
    site = Site.objects.create(
        unit=unit, name=name[:100], url=url, depth=depth, is_platform=is_platform
    )
    audit_record(
        actor=actor,
        action="monitoring.site_create",
        obj=site,
        summary=f"添加监测网站：{site.name}（{site.url}）",
        changes={"url": url, "depth": depth},
    )
    return site


@transaction.atomic
def column_create(*, actor: User | None, site: Site, name: str, url: str, kind: str) -> Column:
    if actor is not None:
        require_unit(actor, site.unit)
    url = _clean_url(url)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "请填写栏目名称"})
    if kind not in Column.Kind.values:
        raise ValidationError({"kind": "栏目类型不正确"})
    if fetcher.host_key(url) != fetcher.host_key(site.url):
        raise ValidationError({"url": "栏目地址应与网站首页在同一域名下"})
    if site.columns.filter(url=url).exists():
        raise ValidationError({"url": "该栏目已添加"})
    column = Column.objects.create(site=site, name=name[:100], url=url, kind=kind)
    audit_record(
        actor=actor,
        action="monitoring.column_create",
        obj=site,
        summary=f"为网站“{site.name}”添加栏目：{column.name}",
        changes={"url": url, "kind": kind},
    )
    return column


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
    for name, path, kind in (
        ("政府信息公开", "xxgk/", Column.Kind.OTHER),
        ("政策文件", "documents/", Column.Kind.POLICY),
    ):
        column_create(actor=None, site=site, name=name, url=url + path, kind=kind)
    return site


# --- runs -----------------------------------------------------------------------


@transaction.atomic
def run_request(
    *, actor: User | None, site: Site, depth: int | None = None, enqueue: bool = True
) -> CrawlRun:
    """Queue a check of ``site``; a check already waiting or running is returned as is.

    ``enqueue=False`` when the caller runs it itself (the ``monitor`` command).
    """
    if actor is not None:
        require_unit(actor, site.unit)
    depth = site.depth if depth is None else depth
    if not 0 <= depth <= MAX_DEPTH:
        raise ValidationError({"depth": f"抓取深度应在 0 到 {MAX_DEPTH} 之间"})
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
    run = CrawlRun.objects.create(site=site, depth=depth, requested_by=actor)
    audit_record(
        actor=actor,
        action="monitoring.run_request",
        obj=site,
        summary=f"发起网站检测：{site.name}",
        changes={"run": run.pk, "depth": depth},
    )

    if enqueue:
        transaction.on_commit(lambda: _to_worker(run.pk))
    return run


def _to_worker(run_id: int) -> None:
    from gongkai.monitoring.tasks import run_check

    run_check.enqueue(run_id)


def run_execute(*, run_id: int, settings: CrawlSettings | None = None) -> CrawlRun:
    """Crawl and judge one run (the task body). Safe to call again after a crash."""
    run = CrawlRun.objects.select_related("site", "site__unit").get(pk=run_id)
    if run.status == CrawlRun.Status.DONE:
        return run
    CrawlRun.objects.filter(pk=run.pk).update(
        status=CrawlRun.Status.RUNNING, started_at=run.started_at or timezone.now()
    )
    try:
        if not crawl(run, settings or crawl_settings()):
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
    run.verdict = judge(run)
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
        changes={"run": run.pk, "passed": run.passed, "broken": run.broken},
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


# --- the verdict (RULES §7) -------------------------------------------------------


def _item(code: str, title: str, status: str, evidence: str, details: list | None = None) -> dict:
    return {
        "code": code,
        "title": title,
        "status": status,
        "evidence": evidence,
        "details": details or [],
    }


def unreachable_item(site: Site, now: dt.datetime | None = None) -> dict:
    now = now or timezone.now()
    probes = AvailabilityProbe.objects.filter(site=site, at__gt=now - PROBE_KEEP)
    total = probes.count()
    title = "网站不能正常访问（一周内≥5%的探测无法在15秒内打开）"
    if total == 0:
        return _item("unreachable", title, "not_measured", "近一周没有可用性探测记录")
    failed = probes.filter(ok=False).count()
    share = failed / total
    status = "fail" if share >= UNREACHABLE_SHARE else "pass"
    details = [
        f"{timezone.localtime(p.at):%Y-%m-%d %H:%M} {p.error or '超过15秒'}"
        for p in probes.filter(ok=False).order_by("-at")[:20]
    ]
    return _item(
        "unreachable",
        title,
        status,
        f"近一周探测 {total} 次，失败 {failed} 次（{share:.1%}）",
        details,
    )


def _mailbox_item(site: Site) -> dict:
    title = "互动交流：有效留言超过3个月未答复"
    if not site.is_platform:
        return _item("mailbox", title, "not_measured", "仅能核查本平台的留言办理情况")
    try:
        selectors = importlib.import_module("gongkai.participation.selectors")
        fn = selectors.unanswered_over_three_months
    except (ImportError, AttributeError):
        return _item("mailbox", title, "not_measured", "留言模块尚未提供查询接口，暂无法核查")
    try:
        found = fn()
    except TypeError:
        return _item("mailbox", title, "not_measured", "留言模块的查询接口与预期不符，暂无法核查")
    if isinstance(found, int):
        count = found
    elif isinstance(found, list):
        count = len(found)
    else:
        count = found.count()
    details = [] if isinstance(found, int) else [str(m) for m in found[:20]]
    return _item(
        "mailbox",
        title,
        "fail" if count else "pass",
        f"超过3个月未答复的有效留言 {count} 条",
        details,
    )


def judge(run: CrawlRun) -> list[dict]:
    """Each measurable single-veto item of RULES §7 with its evidence."""
    site = run.site
    checks = list(run.column_checks.all())
    today = timezone.localdate()
    items = [unreachable_item(site)]
    home = next((c for c in checks if c.is_homepage), None)
    title = "首页栏目信息超过2周未更新"
    if home is None:
        items.append(_item("homepage", title, "not_measured", "首页未检查"))
    else:
        if home.latest_date:
            evidence = f"首页最新日期 {home.latest_date:%Y-%m-%d}（{(today - home.latest_date).days} 天前）"
        else:
            evidence = home.note or "首页没有日期"
        items.append(_item("homepage", title, "fail" if home.stale else "pass", evidence))
    columns = [c for c in checks if not c.is_homepage]
    stale = [c for c in columns if c.stale and not c.empty]
    long_stale = [
        c
        for c in columns
        if not c.empty
        and (c.latest_date is None or (today - c.latest_date) > Column.LIMITS[Column.Kind.OTHER])
    ]
    empty = [c for c in columns if c.empty]

    def listing(rows):
        return [f"{c.name}（{c.url}）：{c.note}" for c in rows]

    items.append(
        _item(
            "stale_columns",
            "栏目不更新：动态要闻类2周、通知公告和政策文件类6个月未更新的栏目≥5个",
            "fail" if len(stale) >= STALE_LIMIT else "pass",
            f"未按时更新的栏目 {len(stale)} 个（共检查 {len(columns)} 个栏目）",
            listing(stale),
        )
    )
    items.append(
        _item(
            "long_stale_columns",
            "栏目不更新：长期（6个月以上）未更新的栏目≥10个",
            "fail" if len(long_stale) >= LONG_STALE_LIMIT else "pass",
            f"6个月以上未更新的栏目 {len(long_stale)} 个",
            listing(long_stale),
        )
    )
    items.append(
        _item(
            "empty_columns",
            "栏目不更新：空白栏目≥5个",
            "fail" if len(empty) >= EMPTY_LIMIT else "pass",
            f"空白栏目 {len(empty)} 个",
            listing(empty),
        )
    )
    items.append(_mailbox_item(site))
    items.append(
        _item("service", "办事服务栏目及办事指南要素", "not_measured", "需人工核查办事指南要素")
    )
    items.append(
        _item("security", "严重表述错误、安全事件", "not_measured", "需人工或安全检测核查")
    )
    return items


# --- availability probes ------------------------------------------------------------


def probe_sites(*, sites: list[Site] | None = None, timeout: float = PROBE_THRESHOLD) -> int:
    """Probe every active site once; keep one week of results."""
    if sites is None:
        site_ensure_platform()
        sites = list(Site.objects.filter(active=True))
    if not sites:
        return 0

    async def all_probes():
        return await asyncio.gather(*(fetcher.probe(s.url, timeout=timeout) for s in sites))

    outcomes = fetcher.run_sync(all_probes)
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


def schedule_checks() -> int:
    """The daily job: queue a check of every active site."""
    site_ensure_platform()
    count = 0
    for site in Site.objects.filter(active=True):
        run_request(actor=None, site=site)
        count += 1
    return count
