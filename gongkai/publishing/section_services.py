"""Writes of the 政府信息公开 section: a unit's profile and leaders (机构信息, 指南),
and filing policy documents into 县政府文件 / 县政府办公室文件 / 部门文件."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import can_access_unit, has_role
from gongkai.publishing import section
from gongkai.publishing.models import CatalogueNode, InformationItem, Leader, UnitProfile

PROFILE_FIELDS = (
    "functions",
    "internal_bodies",
    "office_name",
    "office_address",
    "office_phone",
    "office_fax",
    "office_email",
    "office_hours",
    "guide_note",
)
MAX_LEADERS = 30


def parse_leaders(text: str) -> list[tuple[str, str, str]]:
    """Lines of ``姓名｜职务｜分工`` (｜, | or a tab); raises ValidationError naming the line."""
    out = []
    for n, line in enumerate((text or "").splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.replace("｜", "|").replace("\t", "|").split("|")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ValidationError(
                {"leaders": f"第{n}行格式不对：应为“姓名｜职务｜分工”，分工可省略"}
            )
        if len(parts[0]) > 30 or len(parts[1]) > 100:
            raise ValidationError({"leaders": f"第{n}行姓名或职务过长"})
        out.append((parts[0], parts[1], "｜".join(parts[2:])))
    if len(out) > MAX_LEADERS:
        raise ValidationError({"leaders": f"领导信息最多{MAX_LEADERS}行"})
    return out


def _check(actor: User, unit: Unit) -> None:
    if not has_role(actor, Role.OFFICE) and not actor.is_superuser:
        raise PermissionDenied("只有公开办可以维护机构信息和公开指南")
    if not can_access_unit(actor, unit):
        raise PermissionDenied("只能维护本级及下级机构的信息")


@transaction.atomic
def profile_save(*, actor: User, unit: Unit, leaders: str | None = None, **fields) -> UnitProfile:
    """Save a unit's profile (and, with ``leaders``, replace its leader list)."""
    _check(actor, unit)
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(f"未知字段：{'、'.join(sorted(unknown))}")
    parsed = parse_leaders(leaders) if leaders is not None else None
    profile, _ = UnitProfile.objects.select_for_update().get_or_create(unit=unit)
    changes = {}
    for name, value in fields.items():
        value = (value or "").strip()
        if getattr(profile, name) != value:
            changes[name] = True
            setattr(profile, name, value)
    profile.full_clean(exclude=["unit"])
    profile.save()
    if parsed is not None:
        old = list(Leader.objects.filter(unit=unit).values_list("name", "position", "duties"))
        if old != parsed:
            Leader.objects.filter(unit=unit).delete()
            Leader.objects.bulk_create(
                Leader(unit=unit, name=a, position=b, duties=c, sort_order=(i + 1) * 10)
                for i, (a, b, c) in enumerate(parsed)
            )
            changes["leaders"] = len(parsed)
    audit_record(
        actor=actor,
        action="publishing.profile_save",
        obj=profile,
        unit=unit,
        summary=f"更新{unit.name}的机构信息和公开指南",
        changes=changes,
    )
    return profile


@transaction.atomic
def policy_documents_file(*, actor: User | None) -> int:
    """File published policy documents that have no column yet into the column their
    issuing unit and doc number say (县政府文件 / 县政府办公室文件 / 部门文件)."""
    nodes = {
        n.slug: n
        for n in CatalogueNode.objects.filter(
            slug__in=[section.GOV_FILES, section.OFFICE_FILES, section.DEPT_FILES]
        )
    }
    if len(nodes) < 3:
        return 0
    top = set(
        Unit.objects.filter(parent__isnull=True, kind=Unit.Kind.GOVERNMENT).values_list(
            "pk", flat=True
        )
    )
    K = InformationItem.Kind
    kinds = [K.NORMATIVE, K.RULE, K.NOTICE, K.OTHER]
    qs = InformationItem.objects.filter(catalogue_node__isnull=True, kind__in=kinds).exclude(
        doc_number=""
    )
    filed = 0
    for item in qs.select_related("unit").only("id", "unit__name", "doc_number", "title"):
        slug = section.policy_column(
            unit_is_top_government=item.unit_id in top,
            unit_name=item.unit.name,
            doc_number=item.doc_number,
            title=item.title,
        )
        InformationItem.objects.filter(pk=item.pk).update(catalogue_node=nodes[slug])
        filed += 1
    if filed:
        audit_record(
            actor=actor,
            action="publishing.policy_documents_file",
            object_type="publishing.catalogue",
            summary=f"将{filed}件政策文件归入县政府文件、县政府办公室文件或部门文件栏目",
        )
    return filed
