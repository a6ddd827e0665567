import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gongkai.core.audit import audit_verify
from gongkai.core.backup import BackupError, check, restore


class Command(BaseCommand):
    help = "从 gongkai backup 生成的目录恢复数据库、上传文件与密钥（先核对清单中的哈希）"

    def add_arguments(self, parser):
        parser.add_argument("directory", help="备份目录")
        parser.add_argument("--noinput", "--no-input", action="store_true", help="不询问确认")
        parser.add_argument("--json", action="store_true", help="只输出 JSON 结果")

    def handle(self, *args, directory: str, noinput: bool = False, json: bool = False, **options):
        source = Path(directory)
        try:
            manifest = check(source)
        except BackupError as exc:
            raise CommandError(str(exc))
        if not noinput:
            answer = input(
                f"将用 {manifest['created_at'][:19]} 的备份覆盖当前数据库和上传文件，确定吗？[y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("已取消")

        def progress(items, total):
            return tqdm(
                items, total=total, desc="上传文件", unit="个", file=sys.stderr, disable=json
            )

        try:
            manifest = restore(source, progress=progress)
        except BackupError as exc:
            raise CommandError(str(exc))
        result = audit_verify()
        summary = {
            "restored_from": str(source),
            "created_at": manifest["created_at"],
            "audit_ok": result.ok,
            "audit_events": result.checked,
            "audit_reason": result.reason,
            "notes": manifest["notes"],
        }
        if json:
            self.stdout.write(_dumps(summary))
        else:
            self.stdout.write(f"已恢复 {manifest['created_at'][:19]} 的备份。")
            for note in manifest["notes"]:
                self.stdout.write(f"  注意：{note}")
            if result.ok:
                self.stdout.write(f"审计日志完好：共 {result.checked} 条事件。")
            self.stdout.write("请重启网站与后台任务进程（make run 或 systemctl restart）。")
        if not result.ok:
            raise CommandError(f"恢复后审计日志校验失败：{result.reason}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False)
