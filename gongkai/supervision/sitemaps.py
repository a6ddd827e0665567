"""Site map entries of 政务公开工作: the published task tables and the published replies to
representatives' suggestions (建议提案办理结果)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

PAGES = [
    ("政务公开工作任务", "supervision:public_list"),
    ("建议提案办理结果", "supervision:public_suggestions"),
]


class SupervisionSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        from gongkai.supervision import selectors, suggestions

        plans = selectors.published_plans().order_by("id").values_list("pk", flat=True)
        replies = suggestions.published_suggestions().order_by("id").values_list("pk", flat=True)
        return [("supervision:public_plan", pk) for pk in plans] + [
            ("supervision:public_suggestion", pk) for pk in replies
        ]

    def location(self, entry):
        name, pk = entry
        return reverse(name, args=[pk])
