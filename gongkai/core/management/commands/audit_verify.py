from django.core.management.base import BaseCommand, CommandError

from gongkai.core.audit import audit_verify
from gongkai.core.auditkey import anchor_file, audit_check


class Command(BaseCommand):
    help = "校验审计日志的哈希链与锚点，报告第一条被改动或删除的事件（--anchor 校验通过后记下锚点）"

    def add_arguments(self, parser):
        parser.add_argument(
            "--anchor",
            action="store_true",
            help="校验通过后把链尾写入锚点文件（计划任务每小时一次）",
        )

    def handle(self, *args, anchor: bool = False, **options):
        if anchor:
            status = audit_check()
            ok, checked, reason, bad = (
                status["ok"],
                status["checked"],
                status["reason"],
                status["first_bad_seq"],
            )
        else:
            result = audit_verify()
            ok, checked, reason, bad = (
                result.ok,
                result.checked,
                result.reason,
                result.first_bad_seq,
            )
        if not ok:
            raise CommandError(f"审计日志校验失败：{reason}（第 {bad} 条；此前 {checked} 条完好）")
        self.stdout.write(f"审计日志完好：共 {checked} 条事件，哈希链一致。")
        if anchor and anchor_file():
            self.stdout.write(f"已写入锚点：{anchor_file()}")
