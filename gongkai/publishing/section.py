"""The 政府信息公开 section as county sites build it: the column tree, 机构信息, and which
policy-document column (县政府文件 / 县政府办公室文件 / 部门文件) a document belongs in.

Reads and one pure rule; the writes (profiles, leaders, filing documents into columns)
are in ``section_services``.
"""

from __future__ import annotations

import re

from gongkai.core.models import Unit
from gongkai.publishing.models import CatalogueNode, Leader, UnitProfile

ROOT = "fdzdgknr"
#: The policy-document columns, by slug.
GOV_FILES, OFFICE_FILES, DEPT_FILES = "xzfwj", "xzfbwj", "bmwj"
#: 办 before 发/函/字/电 in a doc number marks the government office's own documents
#: (泸政办发, 示政办函); 政发 and 政函 are the government's.
_OFFICE_RE = re.compile(r"政办[发函字电规]|办公室")


def policy_column(
    *, unit_is_top_government: bool, unit_name: str = "", doc_number: str = "", title: str = ""
) -> str:
    """The column slug a policy document belongs in: the government's own documents, its
    general office's (by the office as issuing unit or by an office doc number), or a
    department's."""
    if unit_name.endswith("人民政府办公室"):
        return OFFICE_FILES
    if not unit_is_top_government:
        return DEPT_FILES
    if _OFFICE_RE.search(doc_number or "") or "人民政府办公室" in (title or ""):
        return OFFICE_FILES
    return GOV_FILES


def column_tree() -> list[tuple[CatalogueNode, int]]:
    """Every column under 法定主动公开内容 in display order, with its depth (0 = top)."""
    nodes = list(CatalogueNode.objects.order_by("sort_order", "id"))
    children: dict[int | None, list[CatalogueNode]] = {}
    root = None
    for n in nodes:
        children.setdefault(n.parent_id, []).append(n)
        if n.slug == ROOT:
            root = n
    if root is None:
        return []
    out: list[tuple[CatalogueNode, int]] = []

    def walk(parent: CatalogueNode, depth: int) -> None:
        for child in children.get(parent.pk, []):
            out.append((child, depth))
            if depth < 4:
                walk(child, depth + 1)

    walk(root, 0)
    return out


def branch(node: CatalogueNode | None) -> list[CatalogueNode]:
    """The sub-columns shown on a column's page: its children, or its siblings."""
    if node is None:
        return []
    kids = list(node.children.order_by("sort_order", "id"))
    if kids:
        return kids
    if node.parent_id and node.parent.slug != ROOT:
        return list(node.parent.children.order_by("sort_order", "id"))
    return []


def institution(unit: Unit) -> dict:
    """机构信息 of one unit: functions, internal bodies, leaders, contacts."""
    from gongkai.publishing.guide import contacts

    profile = UnitProfile.objects.filter(unit=unit).first()
    bodies = [b.strip() for b in (profile.internal_bodies if profile else "").splitlines()]
    return {
        "unit": unit,
        "profile": profile,
        "functions": (profile.functions if profile else "").strip(),
        "bodies": [b for b in bodies if b],
        "leaders": list(Leader.objects.filter(unit=unit).order_by("sort_order", "id")),
        "contacts": contacts(unit, profile),
    }


def units_for_public() -> list[Unit]:
    from gongkai.core import sites

    return list(sites.public_units()[:300])
