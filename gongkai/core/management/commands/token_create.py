from django.core.management.base import BaseCommand, CommandError

from gongkai.core.models import User
from gongkai.core.services import token_create


class Command(BaseCommand):
    help = "为工作人员创建接口令牌（只显示一次）"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="令牌用途")

    def handle(self, *args, username: str, name: str, **options):
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"没有名为 {username} 的在职工作人员")
        _token, key = token_create(actor=None, user=user, name=name)
        self.stdout.write(key)
