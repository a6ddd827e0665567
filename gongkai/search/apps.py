from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "gongkai.search"
    label = "search"
    verbose_name = "全文检索"

    def ready(self) -> None:
        from gongkai.core.registry import register_demo

        def index_demo_content() -> str:
            # Demo content is loaded in bulk before any worker runs: index it at once, so
            # that `make run` opens with a working search box.
            from gongkai.search.services import index_rebuild

            counts = index_rebuild()
            return f"检索索引：已索引 {counts['indexed']} 条，移除 {counts['removed']} 条"

        register_demo("search.index", index_demo_content, order=900)

        from gongkai.portal.sitemaps import register_section

        register_section(
            "search", label="站内搜索", pages=[("站内搜索", "search:search")], order=90
        )

        from gongkai.core.models import Role
        from gongkai.workspace.registry import register_nav

        register_nav("检索同义词", "search:ws_synonyms", order=700, roles=(Role.OFFICE,))
