"""Demo: last year's 政府网站工作年度报表, generated and published (idempotent)."""

from __future__ import annotations


def load() -> str:
    from django.utils import timezone

    from gongkai.core.models import User
    from gongkai.reports import website_services
    from gongkai.reports.models import WebsiteReport

    year = timezone.localdate().year - 1
    if WebsiteReport.objects.filter(year=year).exists():
        return f"政府网站工作年度报表：{year}年度已存在"
    office = User.objects.filter(username="gongkaiban").first()
    if office is None:
        return "政府网站工作年度报表：尚无公开办人员，跳过"
    report = website_services.website_report_generate(actor=office, year=year)
    website_services.website_report_update(
        actor=office,
        report=report,
        values={
            "leader": "李县长",
            "reviewer": "孙副县长",
            "filler": "王公开",
            "phone": "0886-3621234",
        },
    )
    website_services.website_report_publish(actor=office, report=report)
    return f"政府网站工作年度报表：已生成并发布{year}年度报表"
