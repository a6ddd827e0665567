from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "gongkai.registers"
    label = "registers"
    verbose_name = "公开清单"

    def ready(self) -> None:
        from gongkai.registers import plugs

        plugs.register()
