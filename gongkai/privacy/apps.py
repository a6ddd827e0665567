from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "gongkai.privacy"
    label = "privacy"
    verbose_name = "隐私与保密审查"
