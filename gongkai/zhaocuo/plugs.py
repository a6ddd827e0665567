"""What 网站找错 adds to the platform: to-do items, menu, recomputer, site map, demo."""

from __future__ import annotations

from gongkai.core import plugs


def register() -> None:
    from gongkai.zhaocuo import selectors

    plugs.register_todo("zhaocuo", selectors.todo)
    plugs.register_nav("网站找错", "zhaocuo:ws_list", order=45)
    plugs.register_recomputer("zhaocuo", plugs.lazy("gongkai.zhaocuo.services:recompute_deadlines"))
    plugs.register_sitemap_section(
        "zhaocuo", label="网站找错", pages=[("我为政府网站找错", "zhaocuo:report")], order=80
    )
    plugs.register_demo("zhaocuo", plugs.lazy("gongkai.zhaocuo.demo:load"), order=45)
