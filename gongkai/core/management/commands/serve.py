import os
import socket
import sys
import time

from django.core.management.base import BaseCommand

from gongkai.core.demo import demo_logins
from gongkai.core.supervise import supervise, web_command


class Command(BaseCommand):
    help = "启动网站（gunicorn）与后台任务进程；任务进程意外退出时自动重启（Ctrl-C 同时停止两者）"

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args, port: int, host: str, **options):
        base = f"http://{host}:{port}"
        self.stdout.write("")
        self.stdout.write("gongkai 公开 已启动：")
        self.stdout.write(f"  门户网站      {base}/")
        self.stdout.write(f"  政府信息公开  {base}/xxgk/")
        self.stdout.write(f"  工作台        {base}/workspace/")
        self.stdout.write(f"  接口文档      {base}/api/v1/docs")
        self.stdout.write(f"  系统管理      {base}/admin/")
        self.stdout.write("演示账号（用户名 / 角色 / 机构 / 密码）：")
        for username, role, unit, password in demo_logins():
            self.stdout.write(f"  {username:<12} {role:<10} {unit:<14} {password}")
        self.stdout.write("按 Ctrl-C 停止。\n")
        # The website monitor watches the portal where it really runs (issue 17); the
        # worker starts once the portal answers, so that no probe finds it not yet up.
        os.environ.setdefault("GONGKAI_BASE_URL", base)
        supervise(
            web=web_command(host, port),
            worker=[sys.executable, "-m", "gongkai.cli", "worker"],
            log=self.stderr.write,
            before_worker=lambda web: _wait_for(host, port, web),
        )
        self.stdout.write("已停止。")


def _wait_for(host: str, port: int, proc, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
