"""What 网站找错 adds to the platform: to-do items, menu, recomputer, site map, demo."""

from __future__ import annotations


def register() -> None:
    from gongkai.core.registry import register_demo
    from gongkai.core.workdays import register_recomputer
    from gongkai.portal.sitemaps import register_section
    from gongkai.workspace.registry import register_nav, register_todo
    from gongkai.zhaocuo import demo, selectors, services

    register_todo("zhaocuo", selectors.todo)
    register_nav("网站找错", "zhaocuo:ws_list", order=45)
    register_recomputer("zhaocuo", services.recompute_deadlines)
    register_section(
        "zhaocuo", label="网站找错", pages=[("我为政府网站找错", "zhaocuo:report")], order=80
    )
    register_demo("zhaocuo", demo.load, order=45)
