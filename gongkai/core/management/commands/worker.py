import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from gongkai.core import taskrecovery
from gongkai.core.scheduler import run_due_jobs


class Command(BaseCommand):
    help = "后台任务进程：执行队列中的任务，按计划安排周期性任务，并重新执行已停止进程遗留的任务"

    def add_arguments(self, parser):
        parser.add_argument("--tick", type=float, default=30.0, help="调度检查间隔（秒）")
        parser.add_argument("--heartbeat", type=float, default=5.0, help="心跳间隔（秒）")

    def handle(self, *args, tick: float, heartbeat: float, **options):
        stop = threading.Event()
        worker_id = taskrecovery.new_worker_id()
        taskrecovery.beat(worker_id)

        def keep_beating():
            # the heartbeat says "my RUNNING tasks are really running"
            while not stop.wait(heartbeat):
                try:
                    taskrecovery.beat(worker_id)
                except Exception as exc:  # the next beat retries
                    self.stderr.write(f"心跳写入出错：{exc}")
                finally:
                    close_old_connections()

        def schedule():
            while not stop.is_set():
                try:
                    requeued = taskrecovery.requeue_orphans()
                    if requeued:
                        self.stderr.write(f"已重新排队 {requeued} 个中断的任务")
                    run_due_jobs()
                except Exception as exc:  # keep the scheduler alive; the next tick retries
                    self.stderr.write(f"调度出错：{exc}")
                finally:
                    close_old_connections()
                stop.wait(tick)

        threads = [
            threading.Thread(target=keep_beating, name="gongkai-heartbeat", daemon=True),
            threading.Thread(target=schedule, name="gongkai-scheduler", daemon=True),
        ]
        for thread in threads:
            thread.start()
        try:
            call_command(
                "db_worker",
                queue_name="*",
                reload=False,
                interval=1,
                verbosity=1,
                worker_id=worker_id,
            )
        finally:
            stop.set()
            time.sleep(0.1)
            try:
                taskrecovery.forget(worker_id)
            except Exception:  # noqa: S110 — the heartbeat expires on its own
                pass
