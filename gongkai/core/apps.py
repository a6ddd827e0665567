import datetime as dt

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "gongkai.core"
    label = "core"
    verbose_name = "基础"

    def ready(self) -> None:
        from django.urls import reverse

        from gongkai.core import demo
        from gongkai.core.models import Role
        from gongkai.core.plugs import TodoItem, register_demo, register_nav, register_todo
        from gongkai.core.selectors import calendar_missing_next_year

        def calendar_warning(user):
            if not (user.is_superuser or user.role == Role.OFFICE):
                return []
            year = calendar_missing_next_year()
            if year is None:
                return []
            return [
                TodoItem(
                    title=f"{year} 年工作日历尚未载入：涉及 {year} 年的期限均为暂定",
                    url=reverse("core:calendar"),
                    kind="工作日历",
                    due=dt.date(year - 1, 12, 31),
                    severity="warning",
                    note="国务院办公厅发布次年节假日安排后，请及时载入",
                )
            ]

        register_todo("core.calendar", calendar_warning)
        register_nav("工作日历", "core:calendar", order=900)
        register_nav("审计日志", "core:audit", order=910, roles=(Role.OFFICE, Role.LEADER))
        register_nav("门户网站", "core:sites", order=920, roles=(Role.OFFICE, Role.LEADER))
        register_demo("core.units", demo.load_units, order=0)
        from gongkai.core import audit_hooks, demosafety  # noqa: F401 — demosafety: checks

        audit_hooks.connect()
        from gongkai.core import sites

        sites.connect()
