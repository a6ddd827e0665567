import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from gongkai.core.scheduler import run_due_jobs


class Command(BaseCommand):
    help = "后台任务进程：执行队列中的任务，并按计划安排周期性任务"

    def add_arguments(self, parser):
        parser.add_argument("--tick", type=float, default=30.0, help="调度检查间隔（秒）")

    def handle(self, *args, tick: float, **options):
        stop = threading.Event()

        def schedule():
            while not stop.is_set():
                try:
                    run_due_jobs()
                except Exception as exc:  # keep the scheduler alive; the next tick retries
                    self.stderr.write(f"调度出错：{exc}")
                finally:
                    close_old_connections()
                stop.wait(tick)

        thread = threading.Thread(target=schedule, name="gongkai-scheduler", daemon=True)
        thread.start()
        try:
            call_command("db_worker", queue_name="*", reload=False, interval=1, verbosity=1)
        finally:
            stop.set()
            time.sleep(0.1)
