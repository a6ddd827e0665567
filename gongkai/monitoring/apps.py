import datetime as dt

from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "gongkai.monitoring"
    label = "monitoring"
    verbose_name = "网站监测"

    def ready(self) -> None:
        from gongkai.core.models import Role
        from gongkai.core.registry import register_demo, register_periodic
        from gongkai.monitoring import demo, services, todo
        from gongkai.workspace.registry import register_nav, register_todo

        register_nav("网站监测", "monitoring:index", order=600, roles=(Role.OFFICE, Role.LEADER))
        register_todo("monitoring.problems", todo.todo_items)
        register_demo("monitoring.platform_site", demo.load, order=50)

        def enqueue_run(run_id: int) -> None:
            from gongkai.monitoring.tasks import enqueue_run as to_worker

            to_worker(run_id)

        services.WORKER = enqueue_run  # services never imports tasks (no import circle)

        def enqueue_probes():
            from gongkai.monitoring.tasks import probe_all

            return probe_all.enqueue()

        def enqueue_checks():
            from gongkai.monitoring.tasks import check_all

            return check_all.enqueue()

        # RULES §7: at least 20 probes a day; hourly gives 24.
        register_periodic("monitoring.probe", dt.timedelta(hours=1), enqueue_probes)
        register_periodic("monitoring.check", dt.timedelta(days=1), enqueue_checks)
