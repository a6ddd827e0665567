from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "gongkai.participation"
    label = "participation"
    verbose_name = "政民互动"

    def ready(self) -> None:
        from gongkai.core.registry import register_demo
        from gongkai.core.workdays import register_recomputer
        from gongkai.participation import hooks
        from gongkai.participation.demo import load_demo
        from gongkai.participation.services import (
            SEARCH_CONSULTATION,
            SEARCH_MESSAGE,
            recompute_deadlines,
        )
        from gongkai.portal.registry import register_home_block
        from gongkai.search.registry import SearchSource, register_source
        from gongkai.workspace.registry import register_nav, register_todo

        register_todo("participation", hooks.todo_items)
        register_nav("政民互动", "participation:ws_index", order=40)
        register_recomputer("participation", recompute_deadlines)
        register_source(
            SearchSource(
                name=SEARCH_CONSULTATION,
                label="意见征集",
                document=hooks.consultation_document,
                public_ids=hooks.consultation_ids,
            )
        )
        register_source(
            SearchSource(
                name=SEARCH_MESSAGE,
                label="网上留言",
                document=hooks.message_document,
                public_ids=hooks.message_ids,
            )
        )
        register_home_block("participation", hooks.home_block, order=40)
        register_demo("participation", load_demo, order=40)

        from gongkai.participation.sitemaps import PAGES, ParticipationSitemap
        from gongkai.portal.sitemaps import register_section

        register_section(
            "participation", label="互动交流", pages=PAGES, sitemap=ParticipationSitemap, order=40
        )
