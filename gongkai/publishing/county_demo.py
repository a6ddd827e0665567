"""The demo county's own information in most catalogue columns, dated relative to today.

Each entry is published as the county would have published it some days ago (imported
with its date and an index number), so that the columns, the news, the notices and the
interpretations look like a working county site. One recent news item goes through the
real workflow (drafted by 信息员, approved and published by 审核员), so that the ledger
shows a review. Idempotent: each entry is found again by its source key.
"""

from __future__ import annotations

import datetime as dt

#: (column slug, unit, title, kind, document number, topic, days ago, interprets)
#: ``{y}``, ``{m}`` and ``{q}`` are the year, month and quarter of the item's date;
#: ``interprets`` is the source key of the document an interpretation explains.
ENTRIES = [
    ("gkzd", "示范县人民政府办公室", "示范县政府信息公开保密审查办法", "other",
     "示政办发〔{y}〕2号", "政务公开", 300, None),
    ("yjgl", "示范县人民政府办公室", "示范县突发事件总体应急预案（修订）", "plan",
     "示政办发〔{y}〕9号", "应急管理", 150, None),
    ("bzml", "示范县人民政府办公室", "示范县基层政务公开标准目录（社会救助领域）", "other",
     "", "政务公开", 100, None),
    ("aqsc", "示范县人民政府办公室", "示范县安全生产治本攻坚三年行动实施方案", "plan",
     "示政办发〔{y}〕15号", "安全生产", 80, None),
    ("gfxwj", "示范县人民政府", "示范县人民政府关于印发《示范县城乡居民临时救助办法》的通知",
     "normative", "示政规〔{y}〕1号", "社会救助", 60, None),
    ("zcjd", "示范县人民政府办公室", "《示范县城乡居民临时救助办法》政策解读",
     "interpretation", "", "社会救助", 58, "demo:county:gfxwj"),
    ("zcjd", "示范县人民政府办公室", "一图读懂：示范县{y}年政务公开工作要点", "interpretation",
     "", "政务公开", 38, "demo:xxgk:xzfwj:0"),
    ("zdxm", "示范县人民政府", "示范县城区供水管网改造项目批准信息", "other", "", "城乡建设", 50,
     None),
    ("xczx", "和平乡人民政府", "和平乡{y}年乡村振兴衔接资金项目公示", "notice", "", "农业农村",
     45, None),
    ("shjz", "示范县民政局", "示范县城乡低保对象及资金发放情况（{y}年第{q}季度）",
     "statistics", "", "社会救助", 35, None),
    ("sthj", "示范县人民政府", "示范县{y}年{m}月环境空气质量状况", "statistics", "", "生态环境",
     30, None),
    ("tzgg", "示范县卫生健康局", "示范县卫生健康局关于做好冬春季传染病防控工作的通告", "notice",
     "", "卫生", 25, None),
    ("zfcg", "示范县人民政府办公室", "示范县政务服务中心自助终端采购项目中标结果公告", "notice",
     "", "财政", 22, None),
    ("tjxx", "示范县人民政府", "示范县{y}年1—{m}月主要经济指标", "statistics", "", "统计", 20,
     None),
    ("spypaq", "示范县市场监督管理局", "示范县食品安全监督抽检信息公告（{y}年第{q}期）",
     "notice", "", "市场监管", 18, None),
    ("xzqz", "示范县市场监督管理局", "示范县市场监督管理局查封扣押不合格食品决定公示",
     "enforcement", "示市监强〔{y}〕3号", "市场监管", 15, None),
    ("tzgg", "示范县人民政府办公室", "关于举办{y}年度政务公开工作业务培训的通知", "notice",
     "", "政务公开", 12, None),
    ("gzdt", "示范县民政局", "县民政局开展困难群众入户走访", "news", "", "社会救助", 10, None),
    ("xzcf", "示范县市场监督管理局", "示范县市场监督管理局行政处罚决定书（示市监处罚〔{y}〕12号）",
     "penalty", "示市监处罚〔{y}〕12号", "市场监管", 9, None),
    ("gzdt", "城关镇人民政府", "城关镇开展惠民政策进社区宣讲活动", "news", "", "政务公开", 6,
     None),
    ("xzxk", "示范县市场监督管理局", "示范县市场监督管理局行政许可决定公示（{y}年第{m}期）",
     "licensing", "", "市场监管", 5, None),
]  # fmt: skip
#: Last year's information, for last year's annual report: (column slug, unit, title,
#: kind, document number, topic, month, day, interprets).
LAST_YEAR = [
    ("xzfwj", "示范县人民政府", "示范县人民政府关于印发{y}年政务公开工作要点的通知", "notice",
     "示政发〔{y}〕3号", "政务公开", 3, 20, None),
    ("bmwj", "示范县民政局", "示范县民政局关于做好{y}年度城乡低保年审工作的通知", "notice",
     "示民发〔{y}〕5号", "社会救助", 4, 8, None),
    ("gzdt", "示范县人民政府", "示范县举办政府开放日活动", "news", "", "政务公开", 5, 15, None),
    ("gfxwj", "示范县人民政府", "示范县人民政府关于印发《示范县最低生活保障实施细则》的通知",
     "normative", "示政规〔{y}〕2号", "社会救助", 6, 12, None),
    ("zcjd", "示范县民政局", "《示范县最低生活保障实施细则》政策解读", "interpretation", "",
     "社会救助", 6, 16, "demo:county:last:gfxwj"),
    ("xzxk", "示范县市场监督管理局", "示范县市场监督管理局行政许可决定公示（{y}年第9期）",
     "licensing", "", "市场监管", 9, 10, None),
    ("shjz", "示范县民政局", "示范县城乡低保对象及资金发放情况（{y}年第三季度）", "statistics",
     "", "社会救助", 10, 12, None),
    ("xzcf", "示范县市场监督管理局", "示范县市场监督管理局行政处罚决定书（示市监处罚〔{y}〕27号）",
     "penalty", "示市监处罚〔{y}〕27号", "市场监管", 10, 15, None),
]  # fmt: skip
BODY = (
    "<p>{title}。</p><p>本页为示范县的演示内容，展示该栏目在县级政府网站上的样子；"
    "所述事项、数字和人员均为虚构。</p>"
)
#: One recent news item that goes through the workflow instead of being imported.
WORKFLOW_NEWS = "示范县召开政务公开工作推进会"


def _source(slug: str, index: int) -> str:
    return f"demo:county:{slug}" if index == 0 else f"demo:county:{slug}:{index}"


def _keys() -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for slug, *_rest in ENTRIES:
        out.append(_source(slug, seen.get(slug, 0)))
        seen[slug] = seen.get(slug, 0) + 1
    return out


def load(office) -> int:
    from django.db import transaction
    from django.utils import timezone

    from gongkai.core.models import Unit
    from gongkai.publishing.models import CatalogueNode, InformationItem, Topic
    from gongkai.publishing.services import item_import, next_index_number

    created = 0
    now = timezone.now()
    last_year = timezone.localdate().year - 1
    dated = [
        (key, *entry[:6], now - dt.timedelta(days=entry[6], hours=3), entry[7])
        for key, entry in zip(_keys(), ENTRIES, strict=True)
    ] + [
        (
            f"demo:county:last:{slug}",
            slug,
            unit_name,
            title,
            kind,
            number,
            topic,
            dt.datetime(last_year, month, day, 10, tzinfo=timezone.get_current_timezone()),
            interprets,
        )
        for slug, unit_name, title, kind, number, topic, month, day, interprets in LAST_YEAR
    ]
    for key, slug, unit_name, title, kind, number, topic, when, interprets in dated:
        node = CatalogueNode.objects.filter(slug=slug).first()
        unit = Unit.objects.filter(name=unit_name).first()
        if node is None or unit is None:
            continue
        if InformationItem.objects.filter(imported_from=key).exists():
            continue
        day = timezone.localdate(when)
        fill = {"y": day.year, "m": day.month, "q": (day.month - 1) // 3 + 1}
        title, number = title.format(**fill), number.format(**fill)
        doc = (
            InformationItem.objects.filter(imported_from=interprets).first() if interprets else None
        )
        with transaction.atomic():
            item_import(
                actor=office,
                unit=unit,
                source=key,
                title=title,
                body=BODY.format(title=title),
                index_number=next_index_number(unit, day.year),
                published_at=when,
                kind=kind,
                doc_number=number,
                written_on=day,
                formed_on=day,
                topic=Topic.objects.filter(name=topic).first(),
                catalogue_node=node,
                interprets=doc,
                interpretation_plan="随文发布政策解读" if kind == "normative" else "",
            )
        created += 1
    return created + _workflow_news()


def _workflow_news() -> int:
    """Drafted by the county's 信息员, approved and published by its 审核员 today."""
    from django.utils import timezone

    from gongkai.core.models import User
    from gongkai.publishing import services
    from gongkai.publishing.models import CatalogueNode, InformationItem

    editor = User.objects.filter(username="xinxiyuan").first()
    reviewer = User.objects.filter(username="shenheyuan").first()
    node = CatalogueNode.objects.filter(slug="gzdt").first()
    if editor is None or reviewer is None or editor.unit is None:
        return 0
    if InformationItem.objects.filter(unit=editor.unit, title=WORKFLOW_NEWS).exists():
        return 0
    item = services.item_create(
        actor=editor,
        unit=editor.unit,
        title=WORKFLOW_NEWS,
        body=(
            "<p>近日，示范县召开政务公开工作推进会，通报上一阶段政务公开工作情况，"
            "部署下一阶段重点任务。会议要求各单位严格落实保密审查，按时公开法定主动公开内容。</p>"
        ),
        kind=InformationItem.Kind.NEWS,
        attribute=InformationItem.Attribute.PROACTIVE,
        formed_on=timezone.localdate() - dt.timedelta(days=1),
        catalogue_node=node,
    )
    item = services.item_submit(actor=editor, item=item)
    if item.status != InformationItem.Status.SUBMITTED:
        return 0
    services.item_approve(
        actor=reviewer,
        item=item,
        checks=list(services.REVIEW_CHECKS),
        note="内容准确，不涉密，可以公开",
    )
    services.item_publish(actor=reviewer, item=item)
    return 1
