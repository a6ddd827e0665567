"""Demo content: an assessment indicator set and last year's annual reports, published."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from gongkai.core.models import Unit, User
from gongkai.reports.models import AnnualReport, IndicatorSet
from gongkai.reports.services import indicator_set_create, report_publish, report_start

DEMO_SET = "政务公开工作年度考核（示例）"


def load() -> str:
    office = User.objects.filter(username="gongkaiban").first()
    if office is None:
        return "跳过：没有演示用户 gongkaiban"
    made = []
    if not IndicatorSet.objects.filter(name=DEMO_SET).exists():
        indicator_set_create(
            actor=office,
            name=DEMO_SET,
            indicators=[
                {"name": "主动公开及时率", "weight": 30, "method": "publication_timeliness"},
                {"name": "依申请公开按期答复率", "weight": 30, "method": "applications_on_time"},
                {"name": "目录栏目更新", "weight": 20, "method": "catalogue_coverage"},
                {"name": "工作机制与培训", "weight": 20, "method": "manual"},
            ],
        )
        made.append("考核指标体系 1 个")
    year = timezone.localdate().year - 1
    n = published = 0
    for unit in Unit.objects.filter(path__startswith=office.unit.path):
        report = AnnualReport.objects.filter(unit=unit, year=year).first()
        if report is None:
            report = report_start(actor=office, unit=unit, year=year)
            n += 1
        # Last year's reports were due by 31 January / 31 March: a demo county has
        # published them (figures frozen from the demo data), not left them overdue.
        if not report.is_published:
            try:
                report_publish(actor=office, report=report)
            except ValidationError:
                continue
            published += 1
    if n:
        made.append(f"{year}年度报告 {n} 份（发布 {published} 份）")
    return "、".join(made) or "已存在，未新增"
