from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "gongkai.supervision"
    label = "supervision"
    verbose_name = "工作要点督办"

    def ready(self) -> None:
        from gongkai.supervision import plugs

        plugs.register()
