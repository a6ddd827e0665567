"""政府公报: an issue is numbered per unit and year and compiled from the data.

- the normative documents of the government's subtree registered (and published) with a
  成文日期 in the period;
- the government's and its office's gazette material published in the period: which
  items qualify is the pure rule ``gongkai.registers.gazette_rule`` (columns, 信息类别 and
  文种 configurable with ``GONGKAI_GAZETTE_*``), read within the hosted site that the
  issue's government belongs to (``sites.scope``), whatever host the request came on;
- the published items the office added, and the lines typed in 其他收录文件.

Before the issue is published the office removes a compiled entry (with a reason) or
restores it, and adds a published item by its 索引号 or number; each change is audited.
Publication freezes the contents (``PUBLISH_STEPS``).
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from gongkai.core import conf, sites
from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit
from gongkai.core.permissions import has_role, require_unit
from gongkai.registers import gazette_rule
from gongkai.registers.models import EntryStatus, GazetteIssue, NormativeDocument
from gongkai.registers.rules import gazette_others
from gongkai.registers.services.entries import CREATE_HOOKS, PUBLISH_STEPS

NORMATIVE_REASON = "行政规范性文件登记，成文日期在本期收录期间内"
ADDED_REASON = "公开办补充收录"


def _gazette_number(actor, issue: GazetteIssue) -> None:
    if issue.period_from is None or issue.period_to is None:
        raise ValidationError("请填写收录起止日期")
    if issue.period_to < issue.period_from:
        raise ValidationError("收录截止日期不能早于起始日期")
    Unit.objects.select_for_update().get(pk=issue.unit_id)
    last = GazetteIssue.objects.filter(unit_id=issue.unit_id, year=issue.year).aggregate(
        m=Max("number")
    )["m"]
    issue.number = (last or 0) + 1


def rule_config() -> gazette_rule.GazetteConfig:
    return gazette_rule.config(
        columns=conf.get("GONGKAI_GAZETTE_COLUMNS"),
        kinds=conf.get("GONGKAI_GAZETTE_KINDS"),
        doc_types=conf.get("GONGKAI_GAZETTE_DOC_TYPES"),
    )


def issue_site(unit: Unit) -> sites.SiteScope:
    """The hosted site the government belongs to (the deepest whose subtree holds it);
    no narrowing on a single-site installation."""
    from gongkai.core.models import HostedSite

    best = None
    for site in HostedSite.objects.filter(active=True).select_related("root"):
        if unit.path.startswith(site.root.path) and (
            best is None or len(site.root.path) > len(best.root.path)
        ):
            best = site
    return sites.for_site(best) if best else sites.UNSCOPED


def _roles(unit: Unit) -> dict[int, str]:
    """The government (the issue's unit) and its general office, by unit id."""
    out = {unit.pk: gazette_rule.GOVERNMENT}
    for child in Unit.objects.filter(parent=unit).only("pk", "name"):
        role = gazette_rule.unit_role(
            is_gazette_unit=False, parent_is_gazette_unit=True, name=child.name
        )
        if role:
            out[child.pk] = role
    return out


def _public_items():
    from gongkai.publishing.models import PUBLIC_STATUSES, InformationItem

    return InformationItem.objects.filter(
        status__in=PUBLIC_STATUSES,
        attribute=InformationItem.Attribute.PROACTIVE,
        revision_of__isnull=True,
    ).select_related("unit", "catalogue_node")


def _item_row(it, reason: str) -> dict:
    return {
        "key": f"i:{it.pk}",
        "title": it.title,
        "doc_number": it.doc_number,
        "unit": it.unit.name,
        "url": it.get_absolute_url(),
        "kind": it.get_kind_display(),
        "summary": it.summary,
        "reason": reason,
        "date": timezone.localdate(it.published_at).isoformat() if it.published_at else "",
    }


def _moment(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _normative_rows(issue: GazetteIssue, unit: Unit) -> list[dict]:
    docs = (
        NormativeDocument.objects.filter(
            status=EntryStatus.PUBLISHED,
            unit__path__startswith=unit.path,
            written_on__range=(issue.period_from, issue.period_to),
        )
        .select_related("unit")
        .order_by("written_on", "id")
    )
    return [
        {
            "key": f"n:{d.pk}",
            "title": d.title,
            "doc_number": d.doc_number or d.reg_number,
            "unit": d.unit.name,
            "url": d.get_absolute_url(),
            "kind": "行政规范性文件",
            "summary": d.summary,
            "reason": NORMATIVE_REASON,
            "date": d.written_on.isoformat(),
        }
        for d in docs
    ]


def _item_rows(issue: GazetteIssue, unit: Unit) -> list[dict]:
    cfg = rule_config()
    roles = _roles(unit)
    with sites.activate(issue_site(unit)):
        items = list(
            sites.scope(
                _public_items().filter(
                    unit_id__in=list(roles),
                    published_at__gte=_moment(issue.period_from),
                    published_at__lt=_moment(issue.period_to + dt.timedelta(days=1)),
                )
            ).order_by("published_at", "id")
        )
    rows = []
    for it in items:
        node = it.catalogue_node
        why = gazette_rule.reason(
            kind=it.kind, kind_label=it.get_kind_display(),
            column_slug=node.slug if node else "", column_name=node.name if node else "",
            role=roles[it.unit_id], title=it.title, cfg=cfg,
        )  # fmt: skip
        if why:
            rows.append(_item_row(it, why))
    return rows


def addable_item(issue: GazetteIssue, ref: str):
    """The published item ``ref`` (索引号, or the number in its address) names, when it
    is public and of the government's own units within its site; else None."""
    unit = Unit.objects.get(pk=issue.unit_id)
    ref = (ref or "").strip().rstrip("/").rsplit("/", 1)[-1]
    if not ref:
        return None
    qs = _public_items().filter(unit__path__startswith=unit.path)
    qs = qs.filter(pk=int(ref)) if ref.isdigit() else qs.filter(index_number=ref)
    with sites.activate(issue_site(unit)):
        return sites.scope(qs).first()


def gazette_draft(issue: GazetteIssue) -> tuple[list[dict], list[dict]]:
    """(the contents as they stand, the compiled entries the office removed)."""
    unit = Unit.objects.get(pk=issue.unit_id)
    normative = _normative_rows(issue, unit)
    numbers = {r["doc_number"] for r in normative if r["doc_number"]}
    compiled = normative + [
        r for r in _item_rows(issue, unit) if not (r["doc_number"] and r["doc_number"] in numbers)
    ]
    keys = {r["key"] for r in compiled}
    added = []
    if issue.added:
        with sites.activate(issue_site(unit)):
            found = {
                it.pk: it
                for it in sites.scope(
                    _public_items().filter(pk__in=issue.added, unit__path__startswith=unit.path)
                )
            }
        added = [
            _item_row(found[pk], ADDED_REASON)
            for pk in issue.added
            if pk in found and f"i:{pk}" not in keys
        ]
    rows = compiled + added
    removed = issue.removed or {}
    kept = [r for r in rows if r["key"] not in removed]
    gone = [{**r, "removed_reason": removed[r["key"]]} for r in rows if r["key"] in removed]
    return kept + gazette_others(issue.others), gone


def gazette_contents(issue: GazetteIssue) -> list[dict]:
    return gazette_draft(issue)[0]


def _gazette_compile(actor, issue: GazetteIssue) -> None:
    contents = gazette_contents(issue)
    if not contents:
        raise ValidationError("本期没有收录任何文件")
    issue.contents = contents


CREATE_HOOKS["gazette"] = _gazette_number
PUBLISH_STEPS["gazette"] = _gazette_compile


# --- the office's changes before publication ------------------------------------------


def _editable(actor, issue: GazetteIssue) -> GazetteIssue:
    g = GazetteIssue.objects.select_for_update().get(pk=issue.pk)
    require_unit(actor, g.unit)
    if not has_role(actor, Role.OFFICE):
        raise PermissionDenied("调整公报收录的文件需要公开办")
    if g.status == EntryStatus.PUBLISHED:
        raise ValidationError("本期公报已公开，不能再调整收录的文件；如需更正请先修订")
    return g


@transaction.atomic
def gazette_remove(*, actor, issue: GazetteIssue, key: str, reason: str) -> GazetteIssue:
    """Take a compiled entry out of the issue, with the reason."""
    g = _editable(actor, issue)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写移出的理由")
    row = next((r for r in gazette_contents(g) if r.get("key") == key), None)
    if row is None:
        raise ValidationError("本期目录中没有该文件（其他收录文件请在修改中删除该行）")
    g.removed = {**(g.removed or {}), key: reason[:200]}
    if key.startswith("i:") and int(key[2:]) in (g.added or []):
        g.added = [pk for pk in g.added if pk != int(key[2:])]
        g.removed.pop(key)
    g.save(update_fields=["removed", "added", "updated_at"])
    audit_record(
        actor=actor, action="registers.gazette_remove", obj=g,
        summary=f"{g.title}：移出《{row['title']}》（{reason}）",
        changes={"removed": key},
    )  # fmt: skip
    return g


@transaction.atomic
def gazette_restore(*, actor, issue: GazetteIssue, key: str) -> GazetteIssue:
    """Put a removed entry back."""
    g = _editable(actor, issue)
    if key not in (g.removed or {}):
        raise ValidationError("该文件没有被移出")
    title = next((r["title"] for r in gazette_draft(g)[1] if r["key"] == key), key)
    g.removed = {k: v for k, v in g.removed.items() if k != key}
    g.save(update_fields=["removed", "updated_at"])
    audit_record(
        actor=actor, action="registers.gazette_restore", obj=g,
        summary=f"{g.title}：恢复收录《{title}》", changes={"restored": key},
    )  # fmt: skip
    return g


@transaction.atomic
def gazette_add(*, actor, issue: GazetteIssue, ref: str) -> GazetteIssue:
    """Add a published item of the government's units (by 索引号 or number)."""
    g = _editable(actor, issue)
    it = addable_item(g, ref)
    if it is None:
        raise ValidationError(
            "未找到该信息：请填写本级政府或所属单位已主动公开信息的索引号，或其网页地址中的编号"
        )
    key = f"i:{it.pk}"
    if key in (g.removed or {}):
        g.removed = {k: v for k, v in g.removed.items() if k != key}
    elif any(r.get("key") == key for r in gazette_contents(g)):
        raise ValidationError("本期已收录该信息")
    else:
        g.added = [*(g.added or []), it.pk]
    g.save(update_fields=["removed", "added", "updated_at"])
    audit_record(
        actor=actor, action="registers.gazette_add", obj=g,
        summary=f"{g.title}：补充收录《{it.title}》", changes={"added": key},
    )  # fmt: skip
    return g


def gazette_pdf(issue: GazetteIssue) -> bytes:
    """The issue as a PDF: cover line, 目录, then each document."""
    from gongkai.core.pdf import Heading, Para, Table, render_pdf

    title = f"{issue.unit.name}公报 {issue.year}年第{issue.number}期"
    blocks: list = [
        Para(f"收录 {issue.period_from.isoformat()} 至 {issue.period_to.isoformat()}", align="center"),
        Heading("目录"),
        Table([["序号", "标题", "文号", "发文单位"]]
              + [[str(i), r["title"], r["doc_number"], r["unit"]] for i, r in enumerate(issue.contents, 1)]),
    ]  # fmt: skip
    for i, r in enumerate(issue.contents, 1):
        blocks.append(Heading(f"{i}. {r['title']}"))
        meta = "　".join(x for x in (r["unit"], r["doc_number"]) if x)
        if meta:
            blocks.append(Para(meta))
        if r.get("summary"):
            blocks.append(Para(r["summary"]))
        if r.get("url"):
            blocks.append(Para(f"全文：{r['url']}"))
    return render_pdf(title=title, blocks=blocks)
