from django.apps import AppConfig


class ResponseConfig(AppConfig):
    name = "gongkai.response"
    label = "response"
    verbose_name = "回应关切"

    def ready(self) -> None:
        from gongkai.response import plugs

        plugs.register()
