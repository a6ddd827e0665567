from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "gongkai.privacy"
    label = "privacy"
    verbose_name = "发布前检查（隐私、保密与错敏词）"

    def ready(self) -> None:
        from gongkai.core.plugs import register_nav

        register_nav("发布前检查", "privacy:check", order=850)
        register_nav("错敏词词表", "privacy:expressions", order=851)
