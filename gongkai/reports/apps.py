from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "gongkai.reports"
    label = "reports"
    verbose_name = "年度报告与统计"

    def ready(self) -> None:
        from gongkai.core.models import Role
        from gongkai.core.registry import register_demo
        from gongkai.reports import demo
        from gongkai.reports.search import SOURCE, published_ids, report_document
        from gongkai.reports.todo import report_reminders
        from gongkai.search.registry import SearchSource, register_source
        from gongkai.workspace.registry import register_nav, register_todo

        register_source(SearchSource(SOURCE, "年度报告", report_document, published_ids))
        register_todo("reports.annual_due", report_reminders)
        register_demo("reports", demo.load, order=90)
        register_nav("年度报告", "reports:workspace", order=600)

        from gongkai.portal.sitemaps import register_section
        from gongkai.reports.sitemaps import PAGES, ReportsSitemap

        register_section(
            "reports", label="年度报告与统计", pages=PAGES, sitemap=ReportsSitemap, order=30
        )

        from gongkai.portal.registry import register_home_block
        from gongkai.reports import website_demo, website_selectors

        register_demo("reports.website", website_demo.load, order=95)

        register_home_block("reports.website", website_selectors.home_block, order=90)
        register_todo("reports.website_due", website_selectors.todo)
        register_nav("网站年度报表", "reports:website_workspace", order=605, roles=(Role.OFFICE,))
        register_nav("统计", "reports:workspace_stats", order=610)
        register_nav(
            "考核评估", "reports:workspace_assessment", order=620, roles=(Role.OFFICE, Role.LEADER)
        )
