from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "gongkai.participation"
    label = "participation"
    verbose_name = "政民互动"

    def ready(self) -> None:
        from gongkai.participation import plugs

        plugs.register()
