"""Writes of static publishing: re-render what a change touched, record and resolve
tamper incidents (each audited)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, User
from gongkai.core.permissions import require_role
from gongkai.core.plugs import search_sources, static_pages_for
from gongkai.staticsite import build
from gongkai.staticsite.config import Tree
from gongkai.staticsite.manifest import ForgedManifest
from gongkai.staticsite.models import StaticIncident


def pages_for_change(tree: Tree, source_name: str, pk: int) -> set[str]:
    """Exactly the pages a change of one public object shows on: its own page, the column
    pages that list it (with their later pages), every page that links to it, the home
    page, the feeds and the sitemap."""
    manifest = tree.state.load()
    registered = static_pages_for(source_name, pk)  # its own page first, then its columns
    own = set(registered)
    source = search_sources().get(source_name)
    doc = source.document(pk) if source is not None else None
    url = doc.url if doc is not None and doc.url else (registered[0] if registered else "")
    if url:
        own.add(url)
    # Pages that link to the object itself (related documents, lists); not pages that
    # merely link to its columns, which every page's navigation does.
    linking = build.pages_linking_to(manifest, url) if url else set()
    site_wide = {"/", "/sitemap.xml"} | {
        entry["path"] for rel, entry in manifest.files.items() if rel.endswith(".xml")
    }
    return build.with_pagination(manifest, own | linking | site_wide)


def rerender_change(tree: Tree, source_name: str, pk: int) -> list[str]:
    if not tree.state.exists():
        return []  # no build yet: the first full build will include the change
    return build.rerender(
        tree.root, tree.state, pages_for_change(tree, source_name, pk), host=tree.host
    )


@transaction.atomic
def incident_record(
    *, tree: Tree, report: build.VerifyReport, restored: bool, forged: bool = False
) -> StaticIncident:
    incident = StaticIncident.objects.create(
        root=str(tree.root),
        altered=report.altered,
        added=report.added,
        missing=report.missing,
        restored=restored,
        forged_manifest=forged,
    )
    if forged:
        audit_record(
            actor=None,
            action="staticsite.manifest_forged",
            obj=incident,
            summary="静态网页发布清单的签名不符：清单被改动，无法核对网页，请重新生成",
        )
        return incident
    audit_record(
        actor=None,
        action="staticsite.tamper_found",
        obj=incident,
        summary=(
            f"静态网页与发布清单不符：改动 {len(report.altered)} 个、多出 {len(report.added)} 个、"
            f"缺失 {len(report.missing)} 个文件" + ("，已自动恢复" if restored else "")
        ),
        changes=report.as_dict(),
    )
    return incident


@transaction.atomic
def incident_resolve(*, actor: User, incident: StaticIncident, note: str) -> StaticIncident:
    require_role(actor, Role.OFFICE)
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "请说明处理情况（如：已查明原因并恢复）"})
    if incident.resolved_at is not None:
        raise ValidationError("该事件已处理")
    incident.resolved_at = timezone.now()
    incident.resolved_by = actor
    incident.note = note[:2000]
    incident.save(update_fields=["resolved_at", "resolved_by", "note"])
    audit_record(
        actor=actor,
        action="staticsite.incident_resolve",
        obj=incident,
        summary=f"处理网页篡改事件：{note[:80]}",
    )
    return incident


def check_tree(tree: Tree, *, restore: bool) -> StaticIncident | None:
    """One tamper check: an incident (restored when asked) when anything differs."""
    try:
        report = build.verify(tree.root, tree.state)
    except ForgedManifest:
        return incident_record(tree=tree, report=build.VerifyReport(), restored=False, forged=True)
    if report.ok:
        return None
    restored = False
    if restore:
        build.restore(tree.root, tree.state, report)
        restored = build.verify(tree.root, tree.state).ok
    return incident_record(tree=tree, report=report, restored=restored)
