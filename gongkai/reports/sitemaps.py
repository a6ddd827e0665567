"""Site map entries of the reports app: its pages and every published report."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

PAGES = [
    ("政府信息公开工作年度报告", "reports:list"),
    ("数据统计", "reports:stats"),
    ("政府网站工作年度报表", "reports:website_list"),
]


class ReportsSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        from gongkai.reports.selectors import published_reports
        from gongkai.reports.website_selectors import published_website_reports

        out = [
            ("reports:detail", pk)
            for pk in published_reports().order_by("id").values_list("pk", flat=True)
        ]
        out += [
            ("reports:website_detail", pk)
            for pk in published_website_reports().order_by("id").values_list("pk", flat=True)
        ]
        return out

    def location(self, entry):
        name, pk = entry
        return reverse(name, args=[pk])
