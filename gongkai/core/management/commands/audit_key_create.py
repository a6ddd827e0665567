from django.core.management.base import BaseCommand

from gongkai.core.auditkey import create_key_file, key_file


class Command(BaseCommand):
    help = "生成审计日志的链密钥文件（已存在则不改动）；请与数据库分开保存和备份"

    def handle(self, *args, **options):
        path = key_file()
        if create_key_file(path):
            self.stdout.write(f"已生成审计密钥：{path}（权限 600）")
        else:
            self.stdout.write(f"审计密钥已存在，未改动：{path}")
