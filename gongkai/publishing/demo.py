"""Demo data: the seed pages imported as published items, and two workflow examples."""

from __future__ import annotations

from django.utils import timezone

from gongkai.core import conf
from gongkai.publishing.models import InformationItem

Item = InformationItem


EXAMPLES_SLUG = "wdjy"
EXAMPLES_NAME = "外地经验"


def _examples_column():
    """外地经验, under 政务公开工作: other governments' work plans, reprinted for reference."""
    from gongkai.publishing.models import CatalogueNode

    node = CatalogueNode.objects.filter(slug=EXAMPLES_SLUG).first()
    if node is None:
        parent = (
            CatalogueNode.objects.filter(slug="zwgkgz").first()
            or CatalogueNode.objects.filter(slug="fdzdgknr").first()
        )
        node = CatalogueNode.objects.create(
            slug=EXAMPLES_SLUG,
            name=EXAMPLES_NAME,
            parent=parent,
            description="其他地方政府的政务公开工作方案、要点和制度，转载供学习参考。",
            sort_order=990,
        )
    return node


def load_demo() -> str:
    """The seed pages, reprinted by the demo government in its 外地经验 column.

    Their issuing organs are other governments: they are named in each item's summary and
    never become units of the demo county. Idempotent: a second run finds each page by the
    file it came from and changes nothing."""
    from pathlib import Path

    from gongkai.core.models import Unit
    from gongkai.publishing.importing.extract import parse_page
    from gongkai.publishing.importing.textutil import read_file
    from gongkai.publishing.services import item_import

    seeds = Path(conf.get("GONGKAI_SEEDS_DIR"))
    if not seeds.is_dir():
        return f"未找到示例文件目录 {seeds}"
    county = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    if county is None:
        return "跳过：没有示范县"
    column = _examples_column()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    for f in sorted(seeds.glob("*.txt")) + sorted(seeds.glob("*.htm*")):
        text, is_html = read_file(f)
        page = parse_page(text, is_html=is_html)
        if not page.title or not page.paragraphs:
            counts["skipped"] += 1
            continue
        published_at = timezone.make_aware(page.published_at) if page.published_at else None
        origin = page.organ or "外地政府"
        dated = f"，原文发布于{published_at:%Y年%m月%d日}" if published_at else ""
        before = Item.objects.filter(imported_from=f.name).values("updated_at").first()
        item, created = item_import(
            actor=None,
            unit=county,
            source=f.name,
            title=page.title,
            body=page.body_html,
            index_number=None,
            published_at=published_at,
            kind=page.kind or "other",
            doc_number=page.doc_number,
            written_on=page.written_on,
            formed_on=page.written_on,
            catalogue_node=column,
            summary=f"外地经验（转载）：{origin}{dated}，供学习参考。",
            validity=page.validity or "valid",
        )
        if created:
            counts["created"] += 1
        elif before is not None and before["updated_at"] == item.updated_at:
            counts["unchanged"] += 1
        else:
            counts["updated"] += 1
    workflow = _demo_workflow()
    return (
        f"政府信息：{EXAMPLES_NAME}栏目新转载 {counts['created']} 篇示例文件，"
        f"更新 {counts['updated']} 篇，未变化 {counts['unchanged']} 篇；"
        f"新建流程示例 {workflow} 条"
    )


def _demo_workflow() -> int:
    """A draft and a submitted item for the demo civil-affairs bureau (to-do examples)."""
    from gongkai.core.models import User
    from gongkai.publishing import services

    editor = User.objects.filter(username="minzheng").first()
    if editor is None or editor.unit is None:
        return 0
    created = 0
    today = timezone.localdate()
    quarter = (today.month - 1) // 3 + 1
    samples = [
        (
            f"示范县民政局关于{today.year}年第{quarter}季度",
            "城乡低保资金发放情况的公示",
            False,
        ),
        ("示范县民政局关于开展困难群众", "冬季走访慰问的通知", True),
    ]
    for head, tail, submit in samples:
        # Found by the part of the title that does not move with the date.
        if Item.objects.filter(unit=editor.unit, title__endswith=tail).exists():
            continue
        title = head + tail
        item = services.item_create(
            actor=editor,
            unit=editor.unit,
            title=title,
            body="<p>各乡（镇）人民政府：现将有关事项通知如下。</p>",
            kind=Item.Kind.NOTICE,
            attribute=Item.Attribute.PROACTIVE,
            formed_on=today,
        )
        if submit:
            services.item_submit(actor=editor, item=item)
        created += 1
    return created
