from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "gongkai.privacy"
    label = "privacy"
    verbose_name = "隐私与保密审查"

    def ready(self) -> None:
        from gongkai.workspace.registry import register_nav

        register_nav("隐私检查", "privacy:check", order=850)
