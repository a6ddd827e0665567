"""Judging a finished crawl (RULES §7): column checks, single-veto items and the score.

Called by ``services.run_finish`` inside its transaction. Reads the run's queue rows
(each read page carries its latest date and number of entries), writes ``ColumnCheck``
rows and the columns it found (``Column.Origin.AUTO``; the office's own columns and
corrections are never overwritten), and returns the verdict and the score.

Defacement (篡改): ``defacement_item`` is the hook for the static publishing manifest.
When static publishing is set up (``GONGKAI_STATIC_ROOT``), its scheduled check compares
the served files with the signed manifest and records a ``StaticIncident``; an open
incident is reported here as a failed security item with the files as evidence. Comparing
the bodies this crawl fetched over HTTP with the manifest's digests (which would also
catch a proxy or CDN that alters pages) is not done yet: that is the place to add it.
"""

from __future__ import annotations

import datetime as dt
import importlib

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from gongkai.core import conf
from gongkai.monitoring import columns as rules
from gongkai.monitoring import score as scoring
from gongkai.monitoring.crawl import url_hash
from gongkai.monitoring.models import AvailabilityProbe, Column, ColumnCheck, CrawlItem, Site
from gongkai.monitoring.wording import wording_item

PROBE_KEEP = dt.timedelta(days=7)
UNREACHABLE_SHARE = 0.05
STALE_LIMIT, LONG_STALE_LIMIT, EMPTY_LIMIT = 5, 10, 5
LONG_STALE_DAYS = 183
GUIDE_ELEMENTS = {
    "设定依据": ("设定依据", "法律依据", "办理依据", "依据"),
    "申请条件": ("申请条件", "受理条件", "办理条件"),
    "办理材料": ("办理材料", "申请材料", "申报材料", "所需材料"),
    "办理地点": ("办理地点", "受理地点", "办公地点", "地点"),
    "办理时间": ("办理时间", "受理时间", "办公时间"),
    "咨询电话": ("咨询电话", "联系电话", "咨询方式", "电话"),
    "办理流程": ("办理流程", "办理程序", "流程", "程序"),
}


def _item(code: str, title: str, status: str, evidence: str, details: list | None = None) -> dict:
    return {
        "code": code,
        "title": title,
        "status": status,
        "evidence": evidence,
        "details": details or [],
    }


def probe_counts(site: Site, now: dt.datetime | None = None) -> tuple[int, int, list]:
    now = now or timezone.now()
    probes = AvailabilityProbe.objects.filter(site=site, at__gt=now - PROBE_KEEP)
    failed = probes.filter(ok=False)
    return probes.count(), failed.count(), list(failed.order_by("-at")[:20])


def unreachable_item(site: Site, now: dt.datetime | None = None) -> dict:
    total, failed, worst = probe_counts(site, now)
    title = "网站不能正常访问（一周内≥5%的探测无法在15秒内打开）"
    if total == 0:
        return _item("unreachable", title, "not_measured", "近一周没有可用性探测记录")
    share = failed / total
    details = [f"{timezone.localtime(p.at):%Y-%m-%d %H:%M} {p.error or '超过15秒'}" for p in worst]
    return _item(
        "unreachable",
        title,
        "fail" if share >= UNREACHABLE_SHARE else "pass",
        f"近一周探测 {total} 次，失败 {failed} 次（{share:.1%}）",
        details,
    )


def unanswered_messages(site: Site) -> list[str] | None:
    """Valid messages unanswered over 3 months, or None when not measurable."""
    if not site.is_platform:
        return None
    try:
        fn = importlib.import_module("gongkai.participation.selectors").unanswered_over_three_months
        found = fn()
    except (ImportError, AttributeError, TypeError):
        return None
    if isinstance(found, int):
        return [f"第 {i} 条" for i in range(1, found + 1)]
    return [str(m) for m in found]


def _mailbox_item(site: Site, unanswered: list[str] | None) -> dict:
    title = "互动交流：有效留言超过3个月未答复"
    if unanswered is None:
        return _item("mailbox", title, "not_measured", "仅能核查本平台的留言办理情况")
    return _item(
        "mailbox",
        title,
        "fail" if unanswered else "pass",
        f"超过3个月未答复的有效留言 {len(unanswered)} 条",
        unanswered[:20],
    )


def incomplete_guides(site: Site) -> list[str] | None:
    """Published service guides of the platform missing a required element (RULES §7)."""
    if not site.is_platform or not apps.is_installed("gongkai.publishing"):
        return None
    item = apps.get_model("publishing", "InformationItem")
    guides = item.objects.filter(kind="service_guide", status="published").only("title", "body")
    found = []
    for guide in guides.iterator(chunk_size=200):
        text = f"{guide.title} {guide.body}"
        missing = [k for k, words in GUIDE_ELEMENTS.items() if not any(w in text for w in words)]
        if missing:
            found.append(f"{guide.title}：缺少{'、'.join(missing)}")
    return found


def defacement_item(site: Site) -> dict:
    """The hook for the static publishing manifest (see the module docstring)."""
    title = "安全事件：页面被篡改（与静态发布清单比对）"
    if not site.is_platform:
        return _item("defacement", title, "not_measured", "仅能比对本平台发布的页面")
    if not apps.is_installed("gongkai.staticsite") or not conf.get("GONGKAI_STATIC_ROOT"):
        return _item("defacement", title, "not_measured", "未启用静态发布，无发布清单可比对")
    incidents = list(importlib.import_module("gongkai.staticsite.selectors").open_incidents())
    if not incidents:
        return _item("defacement", title, "pass", "静态网页与签名发布清单一致，无未处理的篡改事件")
    details = []
    for incident in incidents[:20]:
        when = f"{timezone.localtime(incident.found_at):%Y-%m-%d %H:%M}"
        if incident.forged_manifest:
            details.append(f"{when} 发布清单签名不符")
        files = [*incident.altered, *incident.added, *incident.missing][:20]
        details += [f"{when} {name}" for name in files]
    return _item(
        "defacement",
        title,
        "fail",
        f"未处理的网页篡改事件 {len(incidents)} 起",
        details,
    )


# --- columns ---------------------------------------------------------------------------


def _read_items(run, urls: list[str]) -> dict[str, CrawlItem]:
    by_hash = {url_hash(u): u for u in urls}
    rows = {}
    keys = list(by_hash)
    for start in range(0, len(keys), 500):
        for item in run.items.filter(url_hash__in=keys[start : start + 500]):
            rows[by_hash[item.url_hash]] = item
    return rows


def column_checks(run) -> list[ColumnCheck]:
    """One check for the homepage and each column (the office's and the found ones)."""
    site = run.site
    today = timezone.localdate()
    home = run.items.filter(depth=0).order_by("id").first()
    known = {c.url: c for c in site.columns.all()}
    candidates: dict[str, str] = (run.discovery or {}).get("candidates", {})
    urls = [c.url for c in known.values() if not c.ignored] + [
        u for u in candidates if u not in known
    ]
    items = _read_items(run, urls)
    checks: list[ColumnCheck] = []
    if home is not None:
        checks.append(_check(run, None, "网站首页", home.url, Column.Kind.NEWS, 14, home, today))
        checks[0].is_homepage = True
        checks[0].empty = False
    for url, name in candidates.items():
        if url in known:
            continue
        item = items.get(url)
        if item is None or item.broken or item.entries is None:
            continue  # a broken navigation link is reported as a broken link
        kind = rules.classify(name)
        if kind is None:
            if not rules.looks_like_list(
                item.entries, item.latest, bool(item.marks & CrawlItem.PAGED),
                bool(item.marks & CrawlItem.EMPTY),
            ):  # fmt: skip
                continue
            kind = rules.OTHER
        column, _ = Column.objects.get_or_create(
            site=site, url=url, defaults={"name": name, "kind": kind, "origin": Column.Origin.AUTO}
        )
        known[url] = column
    for column in known.values():
        if column.ignored:
            continue
        limit = rules.limit_for(column.kind, column.limit_days)
        checks.append(
            _check(
                run,
                column,
                column.name,
                column.url,
                column.kind,
                limit,
                items.get(column.url),
                today,
            )
        )
    ColumnCheck.objects.bulk_create(checks)
    return checks


def _check(run, column, name, url, kind, limit, item, today) -> ColumnCheck:
    check = ColumnCheck(run=run, column=column, name=name[:100], url=url, kind=kind)
    if item is None or item.broken or item.entries is None:
        check.reachable = False
        check.stale = limit is not None
        detail = (
            "" if item is None else (item.detail or (f"HTTP {item.status}" if item.status else ""))
        )
        check.note = ("无法打开：" + (detail or "未能读取"))[:200]
        return check
    judged = rules.judge(
        kind=kind,
        limit_days=limit,
        latest=item.latest,
        entries=item.entries,
        empty_marker=bool(item.marks & CrawlItem.EMPTY),
        content=bool(item.marks & CrawlItem.CONTENT),
        today=today,
    )
    check.latest_date = item.latest
    check.entries = item.entries
    check.stale, check.empty, check.undated, check.note = (
        judged.stale,
        judged.empty,
        judged.undated,
        judged.note,
    )
    return check


# --- the verdict and the score ---------------------------------------------------------


def judge(run, checks: list[ColumnCheck]) -> tuple[list[dict], dict]:
    """Each measurable single-veto item of RULES §7 with its evidence, and the score."""
    site = run.site
    today = timezone.localdate()
    items = [unreachable_item(site)]
    home = next((c for c in checks if c.is_homepage), None)
    title = "首页栏目信息超过2周未更新"
    if home is None:
        items.append(_item("homepage", title, "not_measured", "首页未检查"))
    else:
        if home.latest_date:
            days = (today - home.latest_date).days
            evidence = f"首页最新日期 {home.latest_date:%Y-%m-%d}（{days} 天前）"
        else:
            evidence = home.note or "首页没有日期"
        items.append(_item("homepage", title, "fail" if home.stale else "pass", evidence))
    columns = [c for c in checks if not c.is_homepage]
    timed = [c for c in columns if c.kind != Column.Kind.OTHER or c.column and c.column.limit_days]
    stale = [c for c in columns if c.stale and not c.empty]
    long_stale = [
        c
        for c in timed
        if not c.empty and (c.latest_date is None or (today - c.latest_date).days > LONG_STALE_DAYS)
    ]
    empty = [c for c in columns if c.empty]

    def listing(rows):
        return [f"{c.name}（{c.url}）：{c.note}" for c in rows]

    items += [
        _item(
            "stale_columns",
            "栏目不更新：动态要闻类2周、通知公告和政策文件类6个月未更新的栏目≥5个",
            "fail" if len(stale) >= STALE_LIMIT else "pass",
            f"未按时更新的栏目 {len(stale)} 个（共检查 {len(columns)} 个栏目）",
            listing(stale),
        ),
        _item(
            "long_stale_columns",
            "栏目不更新：应更新但长期（6个月以上）未更新的栏目≥10个",
            "fail" if len(long_stale) >= LONG_STALE_LIMIT else "pass",
            f"6个月以上未更新的栏目 {len(long_stale)} 个",
            listing(long_stale),
        ),
        _item(
            "empty_columns",
            "栏目不更新：空白栏目≥5个",
            "fail" if len(empty) >= EMPTY_LIMIT else "pass",
            f"空白栏目 {len(empty)} 个",
            listing(empty),
        ),
    ]
    unanswered = unanswered_messages(site)
    items.append(_mailbox_item(site, unanswered))
    guides = incomplete_guides(site)
    if guides is None:
        items.append(_item("service", "办事服务：办事指南要素", "not_measured", "需人工核查"))
    else:
        items.append(
            _item(
                "service",
                "办事服务：办事指南缺少要素",
                "fail" if guides else "pass",
                f"要素不全的办事指南 {len(guides)} 个",
                guides[:20],
            )
        )
    items.append(defacement_item(site))
    items.append(wording_item(run))
    items.append(
        _item("security", "其他安全事件（虚假信息、泄密、有害信息或链接、攻击）",
              "not_measured", "需人工或安全检测核查")
    )  # fmt: skip
    return items, _score(run, stale, empty, unanswered, guides)


def _score(run, stale, empty, unanswered, guides) -> dict:
    site = run.site
    total, failed, _worst = probe_counts(site)
    findings: dict[str, list[str]] = {}
    measured = {"home_links", "other_links", "stale_columns", "empty_columns", "identity"}
    table = scoring.load_table(conf.get("GONGKAI_MONITOR_SCORE_TABLE") or None)
    threshold = next(
        (r.get("threshold", 0.01) for i in table["indicators"] for r in i["rules"]
         if r["code"] == "home_availability"),
        0.01,
    )  # fmt: skip
    if total:
        measured.add("home_availability")
        if failed / total >= threshold:
            findings["home_availability"] = [
                f"近一周探测 {total} 次，首页打不开 {failed} 次（{failed / total:.1%}）"
            ]
    home = run.items.filter(depth=0).order_by("id").values_list("url", flat=True).first()
    on_home = run.broken_links.filter(Q(page=home) | Q(page="", url=home))
    findings["home_links"] = [f"{b.url}（{b.problem}）" for b in on_home.order_by("url")]
    seen = {b.split("（")[0] for b in findings["home_links"]}
    findings["other_links"] = sorted(
        {
            f"{b.url}（{b.problem}，位于 {b.page or '直接访问'}）"
            for b in run.broken_links.exclude(pk__in=on_home.values("pk")).order_by("url")
            if b.url not in seen
        }
    )
    findings["stale_columns"] = [f"{c.name}（{c.url}）：{c.note}" for c in stale]
    findings["empty_columns"] = [f"{c.name}（{c.url}）" for c in empty]
    if unanswered is not None:
        measured.add("interaction")
        findings["interaction"] = unanswered
    if guides is not None:
        measured.add("service_guides")
        findings["service_guides"] = guides
    footer = (run.discovery or {}).get("footer")
    if footer is None:
        measured.discard("identity")
    else:
        from gongkai.monitoring.pages import Footer

        missing = Footer(**footer).missing()
        findings["identity"] = [f"首页底部未见{name}" for name in missing]
    return scoring.compute(findings, measured=measured, table=table)
