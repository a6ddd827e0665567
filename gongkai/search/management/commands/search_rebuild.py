from django.core.management.base import BaseCommand
from tqdm import tqdm

from gongkai.search.services import index_rebuild


class Command(BaseCommand):
    help = "重建全文检索索引（分批进行，网站可照常服务）"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="每批文档数")
        parser.add_argument("--source", action="append", help="只重建这个来源（可重复）")
        parser.add_argument("--no-progress", action="store_true", help="不显示进度条")

    def handle(self, *args, **options):
        bars: dict[str, tqdm] = {}

        def totals(name, n):
            bars[name] = tqdm(
                total=n,
                desc=name,
                unit="篇",
                disable=options["no_progress"],
                file=self.stderr._out,
            )

        def progress(name, n):
            bars[name].update(n)

        try:
            counts = index_rebuild(
                batch_size=options["batch_size"],
                only=options["source"],
                progress=progress,
                totals=totals,
            )
        finally:
            for bar in bars.values():
                bar.close()
        self.stdout.write(f"已索引 {counts['indexed']} 篇，移除 {counts['removed']} 篇")
