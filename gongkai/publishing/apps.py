from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "gongkai.publishing"
    label = "publishing"
    verbose_name = "信息发布"

    def ready(self):
        from gongkai.core.models import Role
        from gongkai.core.registry import register_demo
        from gongkai.core.workdays import register_recomputer
        from gongkai.portal.registry import register_home_block
        from gongkai.publishing import integrations, services
        from gongkai.search.registry import SearchSource, register_source
        from gongkai.workspace.registry import register_nav, register_todo

        register_source(
            SearchSource(
                name=services.SEARCH_SOURCE,
                label="政府信息",
                document=integrations.search_document,
                public_ids=integrations.search_public_ids,
            )
        )
        register_todo("publishing", integrations.todo)
        register_nav("信息发布", "publishing:ws_list", order=20)
        register_nav(
            "信息发布台账",
            "publishing:ws_ledger",
            order=21,
            roles=(Role.REVIEWER, Role.OFFICE, Role.LEADER),
        )
        register_home_block("publishing", integrations.home_block, order=10)
        register_demo("publishing", integrations.load_demo, order=20)
        register_recomputer("publishing", services.recompute_open_deadlines)

        from gongkai.portal.sitemaps import register_section
        from gongkai.publishing import section_demo, sitemaps

        register_section(
            "publishing",
            label="政府信息公开",
            pages=sitemaps.section_pages,
            sitemap=sitemaps.DocumentSitemap,
            order=10,
        )
        register_nav(
            "机构信息与公开指南", "publishing:ws_profile", order=22, roles=(Role.OFFICE,)
        )
        register_demo("publishing.section", section_demo.load, order=25)
