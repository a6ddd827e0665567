import datetime as dt

from django.apps import AppConfig


class FoiConfig(AppConfig):
    name = "gongkai.foi"
    label = "foi"
    verbose_name = "依申请公开"

    def ready(self) -> None:
        from gongkai.core.models import Role
        from gongkai.core.registry import register_demo, register_periodic
        from gongkai.core.workdays import register_recomputer
        from gongkai.foi import demo, selectors, services, tasks
        from gongkai.portal.registry import register_home_block
        from gongkai.workspace.registry import register_nav, register_todo

        register_recomputer("foi.applications", services.recompute_open)
        register_todo("foi.applications", selectors.todo_items)
        register_nav("依申请公开", "foi:staff_list", order=30)
        register_nav("申请期限总览", "foi:overview", order=31, roles=(Role.OFFICE, Role.LEADER))
        register_demo("foi.applications", demo.load, order=30)
        register_home_block("foi", selectors.home_block, order=40)

        from gongkai.portal.sitemaps import register_section

        register_section(
            "foi",
            label="依申请公开",
            pages=[("在线申请", "foi:apply"), ("办理进度查询", "foi:track")],
            order=20,
        )
        register_periodic(
            "foi.lapse_overdue", dt.timedelta(hours=6), lambda: tasks.lapse_overdue.enqueue()
        )
