"""Demo data: the seed pages imported as published items, and two workflow examples."""

from __future__ import annotations

from django.utils import timezone

from gongkai.core import conf
from gongkai.publishing.models import InformationItem

Item = InformationItem


def load_demo() -> str:
    """Import the seed pages as published items (idempotent: re-import updates)."""
    from pathlib import Path

    from gongkai.core.models import Unit
    from gongkai.publishing.importer import import_file

    seeds = Path(conf.get("GONGKAI_SEEDS_DIR"))
    if not seeds.is_dir():
        return f"未找到示例文件目录 {seeds}"
    default = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "dry-run": 0}
    for f in sorted(seeds.glob("*.txt")) + sorted(seeds.glob("*.htm*")):
        report = import_file(f, default_unit=default)
        counts[report.get("action", "skipped")] = counts.get(report.get("action", "skipped"), 0) + 1
    workflow = _demo_workflow()
    return (
        f"政府信息：新导入 {counts['created']} 篇示例文件，更新 {counts['updated']} 篇，"
        f"未变化 {counts['unchanged']} 篇；新建流程示例 {workflow} 条"
    )


def _demo_workflow() -> int:
    """A draft and a submitted item for the demo civil-affairs bureau (to-do examples)."""
    from gongkai.core.models import User
    from gongkai.publishing import services

    editor = User.objects.filter(username="minzheng").first()
    if editor is None or editor.unit is None:
        return 0
    created = 0
    samples = [
        ("示范县民政局关于2026年第四季度城乡低保资金发放情况的公示", False),
        ("示范县民政局关于开展困难群众冬季走访慰问的通知", True),
    ]
    for title, submit in samples:
        if Item.objects.filter(unit=editor.unit, title=title).exists():
            continue
        item = services.item_create(
            actor=editor,
            unit=editor.unit,
            title=title,
            body="<p>各乡（镇）人民政府：现将有关事项通知如下。</p>",
            kind=Item.Kind.NOTICE,
            attribute=Item.Attribute.PROACTIVE,
            formed_on=timezone.localdate(),
        )
        if submit:
            services.item_submit(actor=editor, item=item)
        created += 1
    return created
