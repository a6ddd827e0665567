"""What the portal adds to the platform: its own pages in the site map."""

from __future__ import annotations

from gongkai.core import plugs


def register() -> None:
    plugs.register_sitemap_section(
        "portal",
        label="网站服务",
        pages=[
            ("首页", "portal:home"),
            ("网站地图", "portal:site_map"),
            ("期限计算器", "core:deadline_calculator"),
        ],
        order=1,
    )
