from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "gongkai.portal"
    label = "portal"
    verbose_name = "门户"

    def ready(self) -> None:
        from gongkai.portal.sitemaps import register_section

        register_section(
            "portal",
            label="网站服务",
            pages=[
                ("首页", "portal:home"),
                ("网站地图", "portal:site_map"),
                ("期限计算器", "core:deadline_calculator"),
            ],
            order=1,
        )
