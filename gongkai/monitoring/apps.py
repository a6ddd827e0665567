from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "gongkai.monitoring"
    label = "monitoring"
    verbose_name = "网站监测"

    def ready(self) -> None:
        from gongkai.monitoring import plugs

        plugs.register()
