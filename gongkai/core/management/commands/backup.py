import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gongkai.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "备份数据库、上传文件、密钥（secret_key）、审计密钥与锚点到一个新目录，附带校验清单"

    def add_arguments(self, parser):
        parser.add_argument("directory", help="备份目录（新建或空目录）")
        parser.add_argument("--json", action="store_true", help="只输出 JSON 结果")

    def handle(self, *args, directory: str, json: bool = False, **options):
        def progress(items, total):
            return tqdm(
                items, total=total, desc="上传文件", unit="个", file=sys.stderr, disable=json
            )

        try:
            manifest = backup(Path(directory), progress=progress)
        except BackupError as exc:
            raise CommandError(str(exc))
        if json:
            self.stdout.write(_dumps(manifest))
            return
        self.stdout.write(
            f"已备份到 {directory}：{len(manifest['files'])} 个文件，"
            f"审计日志 {manifest['audit_events']} 条。"
        )
        self.stdout.write("备份中含密钥，请妥善保管；恢复：gongkai restore 目录")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False)
