"""Demo data never reaches a real installation.

- ``demo-load`` refuses to run when ``GONGKAI_ENV=production``;
- outside development nobody signs in with the published demo password (the backend
  below stops the attempt), and ``gongkai check --deploy`` names any account that
  still has it.
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import PermissionDenied

from gongkai.core.demo import DEMO_PASSWORD


def is_development() -> bool:
    return getattr(settings, "ENV", "development") == "development"


def refuse_in_production() -> None:
    if getattr(settings, "ENV", "development") == "production":
        from django.core.management.base import CommandError

        raise CommandError(
            "生产环境（GONGKAI_ENV=production）不能载入演示数据：演示账号的密码是公开的"
        )


class NoDemoPasswordBackend:
    """Before ModelBackend: outside development the demo password never works. It has no
    ``get_user`` on purpose, so sessions (and ``force_login``) belong to ModelBackend."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if password == DEMO_PASSWORD and not is_development():
            raise PermissionDenied  # stops every later backend
        return None


def demo_password_accounts() -> list[str]:
    from gongkai.core.models import User

    return [
        u.username
        for u in User.objects.filter(is_active=True).only("username", "password")
        if u.has_usable_password() and u.check_password(DEMO_PASSWORD)
    ]


@checks.register(checks.Tags.security, deploy=True)
def check_demo_passwords(app_configs=None, **kwargs):
    if is_development():
        return []
    try:
        names = demo_password_accounts()
    except Exception:  # no database yet: nothing to report
        return []
    if not names:
        return []
    return [
        checks.Error(
            f"以下账号仍使用公开的演示密码，请立即修改或停用：{'、'.join(names)}",
            id="gongkai.E001",
        )
    ]
