from django.apps import AppConfig


class StaticsiteConfig(AppConfig):
    name = "gongkai.staticsite"
    label = "staticsite"
    verbose_name = "静态发布与防篡改"

    def ready(self) -> None:
        from gongkai.staticsite import plugs

        plugs.register()
