from django.apps import AppConfig


class ZhaocuoConfig(AppConfig):
    name = "gongkai.zhaocuo"
    label = "zhaocuo"
    verbose_name = "网站找错"

    def ready(self) -> None:
        from gongkai.zhaocuo import plugs

        plugs.register()
