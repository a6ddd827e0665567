from django.core.management.base import BaseCommand, CommandError

from gongkai.core.audit import audit_verify


class Command(BaseCommand):
    help = "校验审计日志的哈希链，报告第一条被改动或删除的事件"

    def handle(self, *args, **options):
        result = audit_verify()
        if not result.ok:
            raise CommandError(
                f"审计日志校验失败：{result.reason}（第 {result.first_bad_seq} 条；"
                f"此前 {result.checked} 条完好）"
            )
        self.stdout.write(f"审计日志完好：共 {result.checked} 条事件，哈希链一致。")
