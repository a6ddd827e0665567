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
    filed = section_services.policy_documents_file(actor=None)
    return f"政府信息公开专栏：机构信息 {saved} 个，归入政策文件栏目 {filed} 件"
