"""What search adds to the platform: after the demo data is loaded, index it at once."""

from __future__ import annotations

import datetime as dt

from gongkai.core import plugs


def index_demo_content() -> str:
    # Demo content is loaded in bulk before any worker runs: index it at once, so that
    # `make run` opens with a working search box.
    from gongkai.search.services import index_rebuild

    counts = index_rebuild()
    return f"检索索引：已索引 {counts['indexed']} 条，移除 {counts['removed']} 条"


def register() -> None:
    from gongkai.core.models import Role

    plugs.register_demo("search.index", index_demo_content, order=900)
    # PostgreSQL: range indexes ahead of the writes, old ranges merged (backends_pg)
    plugs.register_periodic(
        "search.ranges",
        dt.timedelta(hours=1),
        plugs.lazy("gongkai.search.tasks:maintain_ranges.enqueue"),
    )
    plugs.register_sitemap_section(
        "search", label="站内搜索", pages=[("站内搜索", "search:search")], order=90
    )
    plugs.register_nav("检索同义词", "search:ws_synonyms", order=700, roles=(Role.OFFICE,))
