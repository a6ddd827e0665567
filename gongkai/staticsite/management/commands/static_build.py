"""gongkai static-build OUT: the whole public site as static files, with a signed manifest."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.staticsite import build
from gongkai.staticsite.config import tree_for


class Command(BaseCommand):
    help = "把门户公开页面生成为静态文件（并写入带签名的发布清单）"

    def add_arguments(self, parser):
        parser.add_argument("out", help="静态文件目录（网站服务器的根目录）")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出完整结果")

    def handle(self, *args, out: str, json: bool = False, **options):
        from tqdm import tqdm

        root = Path(out)
        if root.exists() and not root.is_dir():
            raise CommandError(f"{root} 不是目录")
        tree = tree_for(root)
        bar = tqdm(desc="生成页面", unit="页", disable=json, file=self.stderr._out)
        try:
            result = build.build(tree.root, tree.state, host=tree.host, progress=bar.update)
        finally:
            bar.close()
        data = {
            "out": str(tree.root),
            "state": str(tree.state.dir),
            "pages": result.pages,
            "assets": result.assets,
            "dynamic": result.dynamic,
            "skipped": result.skipped,
        }
        if json:
            self.stdout.write(_dumps(data))
        else:
            self.stdout.write(
                f"已生成 {result.pages} 个页面、{result.assets} 个静态资源到 {tree.root}；"
                f"{len(result.dynamic)} 个含表单的页面保持动态"
            )


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
