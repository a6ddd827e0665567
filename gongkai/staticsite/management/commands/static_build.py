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
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--site", help="只生成这个门户网站（填写它的一个域名）")
        which.add_argument(
            "--all-sites",
            action="store_true",
            help="每个启用的门户网站各生成一棵目录树：OUT/域名/",
        )

    def handle(self, *args, out: str, json: bool = False, **options):
        root = Path(out)
        if root.exists() and not root.is_dir():
            raise CommandError(f"{root} 不是目录")
        if options.get("all_sites"):
            trees = [tree_for(root / host, host=host) for host in _site_hosts()]
            if not trees:
                raise CommandError("尚未登记任何门户网站，请去掉 --all-sites")
        elif options.get("site"):
            host = options["site"].strip().lower()
            if host not in _site_hosts(every_host=True):
                raise CommandError(f"没有登记域名为“{host}”的门户网站")
            trees = [tree_for(root, host=host)]
        else:
            trees = [tree_for(root)]
        results = [self._build(tree, quiet=json) for tree in trees]
        if json:
            self.stdout.write(_dumps(results if len(trees) > 1 else results[0]))
            return
        for data in results:
            self.stdout.write(
                f"已生成 {data['pages']} 个页面、{data['assets']} 个静态资源到 {data['out']}；"
                f"{len(data['dynamic'])} 个含表单的页面保持动态"
            )

    def _build(self, tree, *, quiet: bool) -> dict:
        from tqdm import tqdm

        bar = tqdm(desc=f"生成页面 {tree.host}", unit="页", disable=quiet, file=self.stderr._out)
        try:
            result = build.build(tree.root, tree.state, host=tree.host, progress=bar.update)
        finally:
            bar.close()
        return {
            "site": tree.host,
            "out": str(tree.root),
            "state": str(tree.state.dir),
            "pages": result.pages,
            "assets": result.assets,
            "dynamic": result.dynamic,
            "skipped": result.skipped,
        }


def _site_hosts(every_host: bool = False) -> list[str]:
    """The first host name of each active hosted site (or every host name)."""
    from gongkai.core.models import HostedSite

    out = []
    for site in HostedSite.objects.filter(active=True).order_by("id"):
        hosts = site.host_list()
        out += hosts if every_host else hosts[:1]
    return out


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
