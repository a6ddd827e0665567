"""gongkai static-verify OUT [--json] [--restore]: compare every file with the manifest."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.staticsite import build
from gongkai.staticsite.config import tree_for
from gongkai.staticsite.manifest import ForgedManifest


class Command(BaseCommand):
    help = "核对静态网页与发布清单：列出被改动、多出和缺失的文件；一致时退出码为 0"

    def add_arguments(self, parser):
        parser.add_argument("out", help="静态文件目录")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出完整结果")
        parser.add_argument("--restore", action="store_true", help="恢复为发布时的版本")

    def handle(self, *args, out: str, json: bool = False, restore: bool = False, **options):
        tree = tree_for(Path(out))
        if not tree.state.exists():
            raise CommandError(f"{tree.root} 没有发布清单：请先运行 gongkai static-build")
        try:
            report = build.verify(tree.root, tree.state)
        except ForgedManifest as exc:
            raise CommandError(str(exc)) from None
        restored = 0
        if restore and not report.ok:
            restored = build.restore(tree.root, tree.state, report)
        data = report.as_dict() | {"out": str(tree.root), "restored": restored}
        if json:
            self.stdout.write(_dumps(data))
        else:
            for label, files in (
                ("改动", report.altered),
                ("多出", report.added),
                ("缺失", report.missing),
            ):
                for f in files:
                    self.stdout.write(f"{label}：{f}")
            if report.ok:
                self.stdout.write("全部文件与发布清单一致")
            elif restored:
                self.stdout.write(f"已恢复 {restored} 个文件")
        if not report.ok:
            sys.exit(1)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
