from django.core.management.base import BaseCommand

from gongkai.core.demosafety import refuse_in_production
from gongkai.core.registry import demo_loaders


class Command(BaseCommand):
    help = "载入演示数据（可重复运行，不会重复添加）"

    def handle(self, *args, **options):
        refuse_in_production()
        for loader in demo_loaders():
            summary = loader.load()
            self.stdout.write(f"  {loader.name}: {summary}")
