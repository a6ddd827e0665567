"""政府网站工作年度报表 (国办函〔2018〕12号): the rows of the form and their figures,
computed from the platform's data.

``ROWS`` is the form: (key, section, label, type). ``compute(year, site)`` returns
``(figures, notes)``: every key has a value; where the platform holds no data for a row
(new-media accounts, security incidents, online interviews …) the value is 0 or “否”
and ``notes[key]`` says so, for the office to correct before publishing.

Each hosted site (门户网站, issue 23) has its own report: ``compute(year, site)`` counts only
the units of that site's subtree, the monitor's checks of that site's own address, and carries
the site's name, 网站标识码 and 备案 numbers. With ``site=None`` (a single-site installation)
it counts the whole installation under ``GONGKAI_SITE`` as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Avg, Count, F, Q
from django.utils import timezone

from gongkai.core import sites

INT, TEXT, YESNO, DECIMAL = "int", "text", "yesno", "decimal"

#: (key, section, label, type)
ROWS: list[tuple[str, str, str, str]] = [
    ("site_name", "网站基本信息", "网站名称", TEXT),
    ("home_url", "网站基本信息", "首页网址", TEXT),
    ("sponsor", "网站基本信息", "主办单位", TEXT),
    ("site_kind", "网站基本信息", "网站类型", TEXT),
    ("site_id_code", "网站基本信息", "政府网站标识码", TEXT),
    ("icp", "网站基本信息", "ICP备案号", TEXT),
    ("psb", "网站基本信息", "公安机关备案号", TEXT),
    ("visitors", "网站基本信息", "独立用户访问总量（个）", INT),
    ("visits", "网站基本信息", "网站总访问量（次）", INT),
    ("items_total", "信息发布", "信息发布总数（条）", INT),
    ("items_overview", "信息发布", "其中：概况类信息更新量（条）", INT),
    ("items_news", "信息发布", "其中：政务动态信息更新量（条）", INT),
    ("items_catalogue", "信息发布", "其中：信息公开目录信息更新量（条）", INT),
    ("columns_maintained", "专栏专题", "维护数量（个）", INT),
    ("columns_new", "专栏专题", "新开设数量（个）", INT),
    ("interpretations", "解读回应", "解读信息发布总数（条）", INT),
    ("interpretation_materials", "解读回应", "其中：解读材料数量（条）", INT),
    ("interpretation_products", "解读回应", "其中：解读产品数量（个）", INT),
    ("media_comments", "解读回应", "其中：媒体评论文章数量（篇）", INT),
    ("hot_responses", "解读回应", "回应公众关注热点或重大舆情数量（次）", INT),
    ("service_catalogue", "办事服务", "是否发布服务事项目录", YESNO),
    ("service_items", "办事服务", "政务服务事项数量（项）", INT),
    ("service_online", "办事服务", "其中：可全程在线办理政务服务事项数量（项）", INT),
    ("service_cases", "办事服务", "办件量（件）", INT),
    ("messages_received", "互动交流", "留言办理：收到留言数量（条）", INT),
    ("messages_answered", "互动交流", "留言办理：办结留言数量（条）", INT),
    ("messages_avg_days", "互动交流", "留言办理：平均办理时间（天）", DECIMAL),
    ("messages_published", "互动交流", "留言办理：公开答复数量（条）", INT),
    ("consultations", "互动交流", "征集调查：征集调查期数（期）", INT),
    ("consultation_opinions", "互动交流", "征集调查：收到意见数量（条）", INT),
    ("consultation_results", "互动交流", "征集调查：公布调查结果期数（期）", INT),
    ("interviews", "互动交流", "在线访谈：访谈期数（期）", INT),
    ("zhaocuo_received", "互动交流", "网民找错：收到数量（条）", INT),
    ("zhaocuo_answered", "互动交流", "网民找错：已答复数量（条）", INT),
    ("zhaocuo_on_time", "互动交流", "网民找错：按时答复数量（条）", INT),
    ("smart_qa", "互动交流", "是否提供智能问答功能", YESNO),
    ("security_checks", "安全防护", "安全检测评估次数（次）", INT),
    ("security_problems", "安全防护", "发现问题数量（个）", INT),
    ("security_fixed", "安全防护", "问题整改数量（个）", INT),
    ("security_incidents", "安全防护", "安全事件数量（起）", INT),
    ("security_monitoring", "安全防护", "是否建立安全监测预警机制", YESNO),
    ("security_drill", "安全防护", "是否开展应急演练", YESNO),
    ("security_officer", "安全防护", "是否明确网站安全责任人", YESNO),
    ("new_media", "移动新媒体", "是否有移动新媒体", YESNO),
    ("weibo_posts", "移动新媒体", "微博：信息发布量（条）", INT),
    ("weibo_followers", "移动新媒体", "微博：关注量（个）", INT),
    ("wechat_posts", "移动新媒体", "微信：信息发布量（条）", INT),
    ("wechat_subscribers", "移动新媒体", "微信：订阅数（个）", INT),
    ("search_service", "创新发展", "搜索即服务", YESNO),
    ("accessibility", "创新发展", "无障碍浏览", YESNO),
    ("leader", "填报信息", "单位负责人", TEXT),
    ("reviewer", "填报信息", "审核人", TEXT),
    ("filler", "填报信息", "填报人", TEXT),
    ("phone", "填报信息", "联系电话", TEXT),
]
TYPES = {key: kind for key, _s, _l, kind in ROWS}
LABELS = {key: label for key, _s, label, _k in ROWS}

NO_DATA = "本平台未记录此项数据，按0填报，请核实后修改"
NO_DATA_FLAG = "本平台未记录此项，按“否”填报，请核实后修改"
FILL_IN = "请填写"


@dataclass(frozen=True)
class Year:
    year: int

    @property
    def start(self) -> dt.datetime:
        return dt.datetime(self.year, 1, 1, tzinfo=timezone.get_current_timezone())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime(self.year + 1, 1, 1, tzinfo=timezone.get_current_timezone())

    def between(self, field: str) -> dict:
        return {f"{field}__gte": self.start, f"{field}__lt": self.end}


def publication_due(year: int) -> dt.date:
    """The report of ``year`` is published on the website by 31 January of the next."""
    return dt.date(year + 1, 1, 31)


def _publishing(y: Year, figures: dict, notes: dict) -> None:
    from gongkai.publishing.models import CatalogueNode, InformationItem
    from gongkai.publishing.selectors import public_items

    Kind = InformationItem.Kind
    items = public_items().filter(**y.between("published_at"))
    by_kind = dict(items.values("kind").annotate(n=Count("id")).order_by().values_list("kind", "n"))
    figures["items_total"] = sum(by_kind.values())
    figures["items_news"] = by_kind.get(Kind.NEWS, 0) + by_kind.get(Kind.NOTICE, 0)
    figures["items_overview"] = items.filter(
        Q(catalogue_node__slug="jgzn") | Q(catalogue_node__parent__slug="jgzn")
    ).count()
    figures["items_catalogue"] = figures["items_total"]
    notes["items_catalogue"] = "法定主动公开内容栏目中本年度发布的全部信息"
    figures["columns_maintained"] = (
        CatalogueNode.objects.filter(items__in=public_items()).distinct().count()
    )
    notes["columns_maintained"] = "本年度有公开信息的栏目"
    figures["columns_new"] = 0
    notes["columns_new"] = NO_DATA
    figures["interpretations"] = by_kind.get(Kind.INTERPRETATION, 0)
    figures["interpretation_materials"] = by_kind.get(Kind.INTERPRETATION, 0)
    for key in ("interpretation_products", "media_comments", "hot_responses"):
        figures[key] = 0
        notes[key] = NO_DATA
    guides = public_items().filter(kind=Kind.SERVICE_GUIDE)
    figures["service_items"] = guides.count()
    notes["service_items"] = "以本网站公开的办事指南计"
    figures["service_catalogue"] = figures["service_items"] > 0
    figures["service_online"] = 0
    notes["service_online"] = NO_DATA


def _foi(y: Year, figures: dict, notes: dict) -> None:
    from gongkai.foi.models import Application

    figures["service_cases"] = (
        sites.scope(Application.objects)
        .filter(received_on__gte=y.start.date(), received_on__lt=y.end.date())
        .count()
    )
    notes["service_cases"] = "以本年度收到的政府信息公开申请计"


def _participation(y: Year, figures: dict, notes: dict) -> None:
    from gongkai.participation.models import Comment, Consultation, Message, Survey

    msgs = (
        sites.scope(Message.objects)
        .filter(**y.between("received_at"))
        .exclude(status=Message.Status.INVALID)
    )
    answered = msgs.filter(status=Message.Status.ANSWERED, answered_at__isnull=False)
    figures["messages_received"] = msgs.count()
    figures["messages_answered"] = answered.count()
    avg = answered.aggregate(d=Avg(F("answered_at") - F("received_at")))["d"]
    figures["messages_avg_days"] = round(avg.total_seconds() / 86400, 1) if avg else 0
    figures["messages_published"] = answered.filter(published=True).count()
    consultations = sites.scope(Consultation.objects)
    cons = consultations.filter(status=Consultation.Status.PUBLISHED, **y.between("published_at"))
    surveys = sites.scope(Survey.objects).filter(published=True, **y.between("starts_at"))
    figures["consultations"] = cons.count() + surveys.count()
    figures["consultation_opinions"] = (
        sites.scope(Comment.objects, "consultation__unit").filter(**y.between("created_at")).count()
    )
    figures["consultation_results"] = (
        consultations.filter(**y.between("summary_published_at")).count()
        + surveys.filter(results_public=True, ends_at__lt=timezone.now()).count()
    )
    figures["interviews"] = 0
    notes["interviews"] = NO_DATA
    figures["smart_qa"] = False
    notes["smart_qa"] = NO_DATA_FLAG


def _zhaocuo(y: Year, figures: dict, notes: dict, site) -> None:
    from gongkai.zhaocuo.selectors import counts

    c = counts(y.year, site.root if site is not None else None)
    figures["zhaocuo_received"] = c["received"]
    figures["zhaocuo_answered"] = c["answered"]
    figures["zhaocuo_on_time"] = c["answered_on_time"]


def _security(y: Year, figures: dict, notes: dict, site) -> None:
    from gongkai.monitoring.hosted import hosted_url
    from gongkai.monitoring.models import CrawlRun

    # the platform's own portal, or the hosted site watched at its own address
    watched = Q(site__is_platform=True) if site is None else Q(site__url=hosted_url(site) or "")
    runs = CrawlRun.objects.filter(watched, finished_at__isnull=False).filter(
        **y.between("finished_at")
    )
    agg = runs.aggregate(n=Count("id"), found=Count("id", filter=Q(broken__gt=0)))
    sums = {"new": 0, "fixed": 0}
    for new, fixed in runs.values_list("broken_new", "broken_fixed"):
        sums["new"] += new or 0
        sums["fixed"] += fixed or 0
    figures["security_checks"] = agg["n"] or 0
    notes["security_checks"] = "以本平台网站检测（巡检）次数计"
    figures["security_problems"] = sums["new"]
    notes["security_problems"] = "网站检测新发现的失效链接等问题"
    figures["security_fixed"] = sums["fixed"]
    figures["security_incidents"] = 0
    notes["security_incidents"] = "本平台未记录安全事件，按0填报，请核实后修改"
    figures["security_monitoring"] = (agg["n"] or 0) > 0
    for key in ("security_drill", "security_officer"):
        figures[key] = False
        notes[key] = NO_DATA_FLAG


def _new_media(y: Year, figures: dict, notes: dict, site) -> None:
    """Whether the government runs new-media accounts, from the accounts registered in the
    response app (open at the end of the year); the note lists them by platform."""
    from gongkai.response.selectors import new_media_yearly_counts

    counts = new_media_yearly_counts(y.year, site.root if site is not None else None)
    total = counts.pop("合计")
    opened = counts.pop("本年开办")
    closed = counts.pop("本年关停或注销")
    figures["new_media"] = total > 0
    if total:
        by_platform = "，".join(f"{name}{n}个" for name, n in counts.items())
        notes["new_media"] = (
            f"年底运营中的政务新媒体账号共{total}个（{by_platform}）；"
            f"本年开办{opened}个，关停或注销{closed}个"
        )
    else:
        notes["new_media"] = "本平台未登记年底运营中的政务新媒体账号，按“否”填报，有账号的请修改"


def _identity(hosted) -> dict:
    """The basic rows: the installation's ``GONGKAI_SITE``, or the hosted site's own."""
    if hosted is None:
        site = settings.GONGKAI_SITE
        return {
            "site_name": site.get("name", ""),
            "home_url": site.get("base_url", ""),
            "sponsor": site.get("name", ""),
            "site_id_code": site.get("site_id_code", ""),
            "icp": site.get("icp", ""),
            "psb": site.get("psb", ""),
        }
    from gongkai.monitoring.hosted import hosted_url

    return {
        "site_name": hosted.name,
        "home_url": hosted.base_url or hosted_url(hosted) or "",
        "sponsor": hosted.root.name,
        "site_id_code": hosted.site_id_code,
        "icp": hosted.icp,
        "psb": hosted.psb,
    }


def _site(figures: dict, notes: dict, hosted=None) -> None:
    figures.update(_identity(hosted))
    figures["site_kind"] = "政府门户网站"
    for key in ("visitors", "visits"):
        figures[key] = 0
        notes[key] = "本平台不统计访问量，按0填报，请按访问统计系统数据修改"
    for key in ("weibo_posts", "weibo_followers", "wechat_posts", "wechat_subscribers"):
        figures[key] = 0
        notes[key] = NO_DATA
    figures["search_service"] = True
    notes["search_service"] = "本网站提供站内全文搜索"
    figures["accessibility"] = True
    notes["accessibility"] = "本网站提供字号调整和高对比度模式"
    for key in ("leader", "reviewer", "filler", "phone"):
        figures[key] = ""
        notes[key] = FILL_IN


def compute(year: int, site=None) -> tuple[dict, dict]:
    """Figures of every row for ``year`` and the notes on rows without platform data: of
    the hosted ``site``'s own units, or of the whole installation when ``site`` is None
    (whatever host the request that asks came through)."""
    y = Year(year)
    figures: dict = {}
    notes: dict = {}
    with sites.activate(sites.UNSCOPED if site is None else sites.for_site(site)):
        _site(figures, notes, site)
        _new_media(y, figures, notes, site)
        _publishing(y, figures, notes)
        _foi(y, figures, notes)
        _participation(y, figures, notes)
        _zhaocuo(y, figures, notes, site)
        _security(y, figures, notes, site)
    missing = [key for key in TYPES if key not in figures]
    assert not missing, missing  # every row of the form has a value
    return figures, notes


def display(key: str, value) -> str:
    kind = TYPES.get(key, TEXT)
    if kind == YESNO:
        return "是" if value else "否"
    if value in (None, ""):
        return "—"
    return str(value)


def parse(key: str, raw: str):
    """An office edit of one row, checked; raises ValueError with a Chinese message."""
    kind = TYPES[key]
    raw = (raw or "").strip()
    label = LABELS[key]
    if kind == YESNO:
        if raw not in ("是", "否"):
            raise ValueError(f"{label}：请选择“是”或“否”")
        return raw == "是"
    if kind == INT:
        if not raw.isdigit():
            raise ValueError(f"{label}：请填写不小于0的整数")
        return int(raw)
    if kind == DECIMAL:
        try:
            value = round(float(raw), 1)
        except ValueError:
            raise ValueError(f"{label}：请填写数字") from None
        if value < 0:
            raise ValueError(f"{label}：不能小于0")
        return value
    if len(raw) > 200:
        raise ValueError(f"{label}：最多200个字")
    return raw
