import json

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm


class Command(BaseCommand):
    help = (
        "PostgreSQL：为全文检索索引补建按编号分段的部分索引（每段 5 万篇），"
        "并提前建好后面几段，再把较早的段合并为大段索引；建索引期间网站照常读写"
    )

    def add_arguments(self, parser):
        parser.add_argument("--ahead", type=int, default=2, help="在最后一篇之后提前建好的段数")
        parser.add_argument(
            "--no-merge", action="store_true", help="不把旧段合并为大段索引（默认合并）"
        )
        parser.add_argument("--json", action="store_true", help="只输出 JSON 结果")

    def handle(self, *args, **options):
        from gongkai.search import pg_ranges

        if connection.vendor != "postgresql":
            raise CommandError("只有 PostgreSQL 数据库需要分段索引；SQLite 使用 FTS5，无需此操作。")
        if options["ahead"] < 1:
            raise CommandError("--ahead 至少为 1。")
        with connection.cursor() as cursor:
            missing, last = pg_ranges.missing_ranges(cursor, ahead=options["ahead"])
            made = []
            for column, k in tqdm(
                missing, desc="分段索引", unit="个", disable=options["json"], file=self.stderr._out
            ):
                # CONCURRENTLY: not in a transaction, writers are not blocked
                cursor.execute(pg_ranges.range_index_sql(column, k, concurrently=True))
                made.append(f"{pg_ranges.RANGED[column]}{k}")
            merged, dropped = [], []
            if not options["no_merge"]:
                merged, dropped = pg_ranges.merge_ranges(cursor, concurrently=True)
            # the newest ranges' sub-ranges (``pg_ranges.keep_subs``)
            subs, old_subs = pg_ranges.keep_subs(cursor, concurrently=True)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "created": made,
                        "merged": merged,
                        "dropped": dropped,
                        "subranges_created": subs,
                        "subranges_dropped": old_subs,
                        "last_range": last,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            self.stdout.write(
                f"新建分段索引 {len(made)} 个；已覆盖到第 {last} 段；"
                f"旧段合并为 {len(merged)} 个大段索引，删除 {len(dropped)} 个被合并的索引；"
                f"最新几段的细分索引新建 {len(subs)} 个、删除 {len(old_subs)} 个"
            )
