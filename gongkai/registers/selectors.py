"""Every read of the registers: public lists and entries (published only), staff lists
scoped to the person's units (404 outside them), version history and diffs, the draw as
a third party verifies it, and the section 二 counts of the annual report."""

from __future__ import annotations

import datetime as dt

from django.db.models import CharField, Count, Q, QuerySet, Value
from django.http import Http404
from django.urls import reverse

from gongkai.core import sites
from gongkai.core.permissions import get_for_user, scope
from gongkai.registers.models import (
    CleanupCampaign,
    CleanupLine,
    Dataset,
    DatasetFile,
    EntryStatus,
    EntryVersion,
    GazetteIssue,
    InspectionDraw,
    InspectionResult,
    NegativeItem,
    NegativeReview,
    NormativeDocument,
    PowerEdition,
    RegisterEntry,
    ServiceItem,
    Validity,
)
from gongkai.registers.registry import SPECS, RegisterSpec, spec_for

PUBLISHED = EntryStatus.PUBLISHED


def _related(spec: RegisterSpec, qs: QuerySet) -> QuerySet:
    fields = ["unit"] + [
        f for f in ("matter", "related_unit") if f in {x.name for x in spec.model._meta.fields}
    ]
    return qs.select_related(*fields)


def public_entries(spec: RegisterSpec, *, q: str = "", unit: int | None = None) -> QuerySet:
    qs = _related(spec, sites.scope(spec.model.objects.filter(status=PUBLISHED)))
    if q:
        qs = qs.filter(title__icontains=q)
    if unit:
        qs = qs.filter(unit_id=unit)
    return qs.order_by("-published_at", "-id")


def public_entry(spec: RegisterSpec, pk: int) -> RegisterEntry:
    entry = _related(spec, sites.scope(spec.model.objects.filter(status=PUBLISHED, pk=pk))).first()
    if entry is None:
        raise Http404("未找到该条目，或该条目未公开")
    return entry


def staff_entries(spec: RegisterSpec, user, *, status: str = "") -> QuerySet:
    qs = _related(spec, scope(spec.model.objects.all(), user))
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-updated_at", "-id")


def registers_in_review(user) -> list[RegisterSpec]:
    """The registers (in ``SPECS`` order) with an entry awaiting review in the person's
    scope, found in one query instead of one per register."""
    specs = list(SPECS.values())
    parts = [
        scope(s.model.objects.filter(status=EntryStatus.REVIEW), user)
        .annotate(register=Value(s.key, output_field=CharField()))
        .order_by()
        .values_list("register", flat=True)
        for s in specs
    ]
    found = set(parts[0].union(*parts[1:]))
    return [s for s in specs if s.key in found]


def staff_entry(spec: RegisterSpec, user, pk: int) -> RegisterEntry:
    return get_for_user(_related(spec, spec.model.objects.all()), user, pk=pk)


def staff_counts(user) -> list[dict]:
    out = []
    for s in sorted(SPECS.values(), key=lambda s: s.order):
        rows = dict(
            scope(s.model.objects.all(), user)
            .values("status")
            .annotate(n=Count("id"))
            .values_list("status", "n")
        )
        out.append({"spec": s, "counts": rows, "total": sum(rows.values())})
    return out


def fields_rows(entry: RegisterEntry, names: tuple[str, ...]) -> list[tuple[str, str]]:
    from gongkai.registers.services.entries import display_value, field_label

    rows = []
    for name in names:
        value = display_value(entry, name)
        if value:
            rows.append((field_label(entry, name), value))
    return rows


def versions(entry: RegisterEntry) -> list[EntryVersion]:
    return list(
        EntryVersion.objects.filter(register=spec_for(entry).key, entry_id=entry.pk).order_by(
            "version"
        )
    )


def version_diff(old: dict, new: dict, entry: RegisterEntry) -> list[dict]:
    """What changed between two snapshots, field by field, with Chinese field names."""
    out = []
    for name in sorted(set(old) | set(new)):
        if old.get(name, "") != new.get(name, ""):
            label = "名称" if name == "title" else _label(entry, name)
            out.append({"field": label, "old": old.get(name, ""), "new": new.get(name, "")})
    return out


def _label(entry: RegisterEntry, name: str) -> str:
    from gongkai.registers.services.entries import field_label

    return field_label(entry, name)


def history(entry: RegisterEntry) -> list[dict]:
    """Each published version with what changed from the one before."""
    out, previous = [], None
    for v in versions(entry):
        out.append(
            {
                "version": v.version,
                "published_at": v.published_at,
                "changes": version_diff(previous.data, v.data, entry) if previous else [],
            }
        )
        previous = v
    return out


# --- 双随机一公开 ------------------------------------------------------------------------


def public_draws() -> QuerySet[InspectionDraw]:
    return (
        sites.scope(InspectionDraw.objects.filter(status=PUBLISHED))
        .select_related("unit", "matter")
        .order_by("-published_at", "-id")
    )


def public_draw(pk: int) -> InspectionDraw:
    d = public_draws().filter(pk=pk).first()
    if d is None:
        raise Http404("未找到该抽查，或抽查计划尚未公布")
    return d


def published_results(d: InspectionDraw) -> list[InspectionResult]:
    return list(
        d.results.filter(published_at__isnull=False)
        .select_related("target")
        .order_by("target_id", "kind")
    )


def draw_names(d: InspectionDraw) -> dict[str, dict[str, str]]:
    """The names of the candidates in the published snapshot, by id."""
    pool = d.pool or {}
    return {
        "targets": {t["id"]: t["name"] for t in pool.get("targets", [])},
        "inspectors": {p["id"]: p["name"] for p in pool.get("inspectors", [])},
    }


#: how the published snapshot becomes the hash and the hash the seed (gongkai.registers.draw)
HASH_RULE = (
    "名录内容摘要是名录快照文本的 SHA-256 值，快照文本按键名字母顺序排列、不加空格、中文原样保留、"
    "以 UTF-8 编码；随机种子是把公布的抽查参数和名录内容摘要按同样方式合成一段文本后的 SHA-256 值"
    "（计算方法见接口说明）"
)


def draw_snapshot(pk: int) -> bytes:
    """The published candidate snapshot of a draw exactly as it was hashed."""
    from gongkai.registers.draw import canonical

    return canonical(public_draw(pk).pool or {})


def draw_document(d: InspectionDraw) -> dict:
    """The draw as published: enough for anyone to re-run the rule."""
    names = draw_names(d)
    result = d.result or {}
    return {
        "id": d.pk,
        "title": d.title,
        "unit": d.unit.name,
        "matter": d.matter.title,
        "stage": d.get_stage_display(),
        "rule": (
            "候选按 HMAC-SHA256(密钥=随机种子十六进制文本的UTF-8字节, 消息=候选编号的UTF-8字节)"
            " 十六进制摘要升序排列，取前k个；先抽检查对象，再从与已抽中对象无利害关系的人员中抽取"
        ),
        "params": d.params,
        "hash_rule": HASH_RULE,
        "snapshot": d.pool or {},
        "snapshot_url": reverse("registers:draw_snapshot", args=[d.pk]),
        "registers_hash": d.registers_hash,
        "seed": d.seed,
        "announced_at": d.published_at.isoformat() if d.published_at else None,
        "drawn_at": d.drawn_at.isoformat() if d.drawn_at else None,
        "targets": result.get("targets")
        or {"candidates": sorted(names["targets"], key=int), "k": d.k_targets, "selected": []},
        "inspectors": result.get("inspectors")
        or {"candidates": [], "k": d.m_inspectors, "selected": [], "excluded": []},
        "names": names,
        "results": [
            {
                "target": str(r.target_id),
                "kind": r.get_kind_display(),
                "outcome": r.get_outcome_display(),
                "date": r.formed_on.isoformat(),
                "text": r.text,
                "published_at": r.published_at.isoformat() if r.published_at else None,
            }
            for r in published_results(d)
        ],
    }


def unpublished_results(user) -> QuerySet[InspectionResult]:
    return scope(
        InspectionResult.objects.filter(published_at__isnull=True).select_related(
            "draw", "target", "draw__unit"
        ),
        user,
        field="draw__unit",
    ).order_by("due")


def draw_results(d: InspectionDraw) -> list[InspectionResult]:
    return list(d.results.select_related("target").order_by("target_id", "kind"))


# --- 行政规范性文件 ----------------------------------------------------------------------


def campaign_lines(c: CleanupCampaign) -> QuerySet[CleanupLine]:
    return c.lines.select_related("document", "unit", "answered_by")


def public_campaign_lines(c: CleanupCampaign) -> QuerySet[CleanupLine]:
    if c.status != PUBLISHED:
        return CleanupLine.objects.none()
    return campaign_lines(c)


def my_cleanup_lines(user) -> QuerySet[CleanupLine]:
    """Lines waiting for the person's units in open campaigns."""
    return scope(
        CleanupLine.objects.filter(
            campaign__stage=CleanupCampaign.Stage.OPEN, campaign__status=EntryStatus.DRAFT
        ).select_related("document", "unit", "campaign"),
        user,
    ).order_by("campaign_id", "decision", "document__reg_number")


def cleanup_line_for(user, pk: int) -> CleanupLine:
    return get_for_user(CleanupLine.objects.select_related("campaign", "document"), user, pk=pk)


def section_two_normative(unit_ids_q: Q, year: int) -> dict[str, int] | None:
    """本年制发 (by 成文日期), 本年废止 (废止 or 失效 on a legal date in the year) and 现行有效
    at the end of the year, of the registered normative documents of the units matched
    by ``unit_ids_q`` (a Q on ``unit``); ``None`` when the register holds no published
    document at all (an installation that does not keep the register yet)."""
    published = NormativeDocument.objects.filter(status=PUBLISHED)
    if not published.exists():
        return None
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    gone = Q(validity__in=(Validity.REPEALED, Validity.EXPIRED))
    gone_by_end = gone & Q(validity_on__lte=end)
    row = published.filter(unit_ids_q).aggregate(
        issued=Count("id", filter=Q(written_on__range=(start, end))),
        repealed=Count("id", filter=gone & Q(validity_on__range=(start, end))),
        valid=Count("id", filter=Q(written_on__lte=end) & ~gone_by_end),
    )
    return {k: int(v or 0) for k, v in row.items()}


# --- 政务服务、权责清单 ------------------------------------------------------------------


def overdue_guides(user) -> QuerySet[ServiceItem]:
    """Changed guides not yet public, with their 1-working-day deadline."""
    return (
        scope(ServiceItem.objects.exclude(status=PUBLISHED).filter(due__isnull=False), user)
        .select_related("unit")
        .order_by("due")
    )


def public_editions(unit: int | None = None) -> QuerySet[PowerEdition]:
    qs = sites.scope(PowerEdition.objects.select_related("unit")).order_by(
        "-year", "unit__sort_order", "unit_id"
    )
    return qs.filter(unit_id=unit) if unit else qs


def public_edition(pk: int) -> PowerEdition:
    e = public_editions().filter(pk=pk).first()
    if e is None:
        raise Http404("未找到该年度权责清单")
    return e


def edition_groups(e: PowerEdition) -> list[tuple[str, list[dict]]]:
    out: dict[str, list[dict]] = {}
    for row in e.rows:
        out.setdefault(row["power_type"], []).append(row)
    return list(out.items())


# --- 负面清单、公报、开放数据 ------------------------------------------------------------


def negative_reviews(item: NegativeItem) -> list[NegativeReview]:
    return list(item.reviews.order_by("-year"))


def negative_due(user, year: int) -> QuerySet[NegativeItem]:
    """Withheld items not yet re-checked this year."""
    return (
        scope(NegativeItem.objects.filter(status=PUBLISHED), user)
        .filter(Q(reviewed_year__isnull=True) | Q(reviewed_year__lt=year))
        .select_related("unit")
        .order_by("id")
    )


def gazette_preview(issue: GazetteIssue) -> list[dict]:
    return gazette_workspace(issue)["contents"]


def gazette_workspace(issue: GazetteIssue) -> dict:
    """The issue's contents (frozen once published, else compiled now) and the compiled
    entries the office removed from the draft."""
    from gongkai.registers.services.gazette import gazette_draft

    if issue.status == PUBLISHED:
        return {"contents": issue.contents, "removed": []}
    contents, removed = gazette_draft(issue)
    return {"contents": contents, "removed": removed}


def dataset_files(ds: Dataset) -> list[DatasetFile]:
    return list(ds.files.all())


def public_dataset_file(pk: int, file_id: int) -> DatasetFile:
    f = sites.scope(
        DatasetFile.objects.filter(pk=file_id, dataset_id=pk, dataset__status=PUBLISHED),
        "dataset__unit",
    ).first()
    if f is None:
        raise Http404("未找到该数据文件")
    return f


def overdue_datasets(user, today: dt.date) -> list[tuple[Dataset, dt.date]]:
    """Published datasets past their update frequency, with the day they were due."""
    from gongkai.registers.rules import dataset_update_due

    out = []
    for ds in scope(Dataset.objects.filter(status=PUBLISHED), user).select_related("unit"):
        due = dataset_update_due(ds.last_updated_on, ds.frequency)
        if due is not None and due < today:
            out.append((ds, due))
    return out


def cleanup_lines_waiting(user) -> int:
    return my_cleanup_lines(user).filter(decision="").count()


def editions_of(units) -> list[PowerEdition]:
    """The latest yearly power lists of the given units (the staff list page)."""
    return list(
        PowerEdition.objects.select_related("unit")
        .filter(unit__in=units)
        .order_by("-year", "unit__sort_order", "unit_id")[:20]
    )


def staff_result(user, pk: int) -> InspectionResult:
    return get_for_user(InspectionResult.objects.all(), user, field="draw__unit", pk=pk)
