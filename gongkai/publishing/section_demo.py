"""Demo data of the 政府信息公开 section: 机构信息 and leaders of the demo government and
its civil-affairs bureau, and policy documents filed into their columns (idempotent)."""

from __future__ import annotations

PROFILES = {
    "示范县人民政府": {
        "functions": (
            "执行县人民代表大会及其常务委员会的决议，以及上级国家行政机关的决定和命令，"
            "规定行政措施，发布决定和命令。\n"
            "领导所属各工作部门和下级人民政府的工作。\n"
            "执行国民经济和社会发展计划、预算，管理本行政区域内的经济、教育、科学、文化、"
            "卫生、体育事业和财政、民政、公安、司法行政等行政工作。"
        ),
        "internal_bodies": "县人民政府办公室\n县发展和改革局\n县财政局\n县民政局\n县教育体育局",
        "office_name": "示范县人民政府办公室（县政务公开办公室）",
        "office_hours": "工作日上午9:00—12:00，下午14:00—17:30（法定节假日除外）",
        "leaders": (
            "李县长｜县委副书记、县长｜主持县政府全面工作\n"
            "孙副县长｜县委常委、常务副县长｜负责县政府常务工作，分管财政、审计、政务公开\n"
            "钱副县长｜副县长｜负责民政、教育、卫生健康方面工作"
        ),
    },
    "示范县民政局": {
        "functions": (
            "贯彻执行民政工作法律法规和政策，拟订全县社会救助规划、政策和标准，"
            "负责城乡居民最低生活保障、特困人员救助供养、临时救助等工作。\n"
            "负责养老服务、儿童福利、殡葬管理、社会组织登记管理等工作。"
        ),
        "internal_bodies": "办公室\n社会救助股\n养老服务股\n社会事务股",
        "office_hours": "工作日上午9:00—12:00，下午14:00—17:30",
        "leaders": "周局长｜党组书记、局长｜主持全面工作\n郑副局长｜副局长｜分管社会救助、养老服务",
    },
}


#: (column slug, unit, title, kind, doc number, topic) — one or two documents per column
#: so that the demo section has no empty page where a county site has content.
DOCUMENTS = [
    (
        "xzfwj",
        "示范县人民政府",
        "示范县人民政府关于印发2026年政务公开工作要点的通知",
        "notice",
        "示政发〔2026〕1号",
        "政务公开",
    ),
    (
        "xzfbwj",
        "示范县人民政府办公室",
        "示范县人民政府办公室关于进一步做好政务服务一网通办工作的通知",
        "notice",
        "示政办发〔2026〕3号",
        "电子政务",
    ),
    (
        "bmwj",
        "示范县民政局",
        "示范县民政局关于调整城乡最低生活保障标准的通知",
        "normative",
        "示民发〔2026〕2号",
        "社会救助",
    ),
    ("zcjd", "示范县民政局", "图解：我县城乡低保标准调整", "interpretation", "", "社会救助"),
    (
        "ghjh",
        "示范县人民政府",
        "示范县国民经济和社会发展第十五个五年规划纲要",
        "plan",
        "",
        "发展规划",
    ),
    ("czxx", "示范县人民政府", "示范县2026年财政预算报告", "other", "", "财政"),
    (
        "rsxx",
        "示范县人民政府",
        "示范县人民政府关于干部任免的通知",
        "notice",
        "示政任〔2026〕1号",
        "人事工作",
    ),
    ("qzqd", "示范县民政局", "示范县民政局权责清单（2026年版）", "other", "", "社会救助"),
    ("jyly", "示范县教育体育局", "示范县2026年义务教育招生工作方案", "plan", "", "教育"),
    (
        "ylws",
        "示范县卫生健康局",
        "示范县基层医疗卫生机构基本公共卫生服务项目公示",
        "notice",
        "",
        "卫生",
    ),
    ("bszn", "示范县民政局", "最低生活保障审核确认办事指南", "service_guide", "", "社会救助"),
]
BODY = "<p>{title}。</p><p>本文为演示数据，用于展示政府信息公开专栏的栏目结构。</p>"
#: A service guide with every element the national check requires (RULES §7), so that
#: the monitor's check of the demo portal finds nothing missing.
GUIDE_BODY = (
    "<p>{title}。</p>"
    "<p>设定依据：《社会救助暂行办法》《最低生活保障审核确认办法》。</p>"
    "<p>申请条件：共同生活的家庭成员人均收入低于当地低保标准，且财产状况符合规定。</p>"
    "<p>申请材料：申请书、户口簿、居民身份证、家庭收入和财产状况说明。</p>"
    "<p>办理地点：户籍所在地乡（镇）人民政府便民服务中心。</p>"
    "<p>办理时间：工作日上午9:00—12:00，下午14:00—17:30。</p>"
    "<p>咨询电话：0886-3622101。</p>"
    "<p>办理流程：申请—受理—家庭经济状况调查—审核确认—公示—发放。</p>"
    "<p>本文为演示数据。</p>"
)


def _documents(office) -> int:
    import datetime as dt

    from django.db import transaction
    from django.utils import timezone

    from gongkai.core.models import Unit
    from gongkai.publishing.models import CatalogueNode, InformationItem, Topic
    from gongkai.publishing.services import item_import, next_index_number

    created = 0
    start = timezone.now() - dt.timedelta(days=40)
    for i, (slug, unit_name, title, kind, number, topic) in enumerate(DOCUMENTS):
        source = f"demo:xxgk:{slug}:{i}"
        node = CatalogueNode.objects.filter(slug=slug).first()
        unit = Unit.objects.filter(name=unit_name).first()
        if (
            node is None
            or unit is None
            or InformationItem.objects.filter(imported_from=source).exists()
        ):
            continue
        when = start + dt.timedelta(days=3 * i)
        # The demo is dated relative to today: "2026" in a title means this year.
        year = str(timezone.localdate(when).year)
        title, number = title.replace("2026", year), number.replace("2026", year)
        with transaction.atomic():
            number_for_index = next_index_number(unit, timezone.localdate(when).year)
            item_import(
                actor=office,
                unit=unit,
                source=source,
                title=title,
                body=(GUIDE_BODY if kind == "service_guide" else BODY).format(title=title),
                index_number=number_for_index,
                published_at=when,
                kind=kind,
                doc_number=number,
                written_on=timezone.localdate(when),
                formed_on=timezone.localdate(when),
                topic=Topic.objects.filter(name=topic).first(),
                catalogue_node=node,
                interpretation_plan="随文发布政策解读" if kind in ("normative", "notice") else "",
                interprets=(
                    InformationItem.objects.filter(
                        imported_from__startswith="demo:xxgk:bmwj"
                    ).first()
                    if kind == "interpretation"
                    else None
                ),
            )
        created += 1
    return created


def load() -> str:
    from gongkai.core.models import Unit, User
    from gongkai.publishing import section_services
    from gongkai.publishing.models import Leader

    office = User.objects.filter(username="gongkaiban").first()
    saved = 0
    for name, data in PROFILES.items():
        unit = Unit.objects.filter(name=name).first()
        if unit is None or office is None or Leader.objects.filter(unit=unit).exists():
            continue
        fields = dict(data)
        leaders = fields.pop("leaders")
        section_services.profile_save(actor=office, unit=unit, leaders=leaders, **fields)
        saved += 1
    documents = _documents(office) if office is not None else 0
    from gongkai.publishing import county_demo

    documents += county_demo.load(office) if office is not None else 0
    filed = section_services.policy_documents_file(actor=None)
    return (
        f"政府信息公开专栏：机构信息 {saved} 个，栏目示例信息 {documents} 条，"
        f"归入政策文件栏目 {filed} 件"
    )
