"""``manage.py privacy_scan PATH... [--json] [--mask-to DIR]``: scan files and folders.

The same scan as ``gongkai privacy-scan`` (``gongkai.privacy.cli``), which starts faster
because it loads only the apps it reads. Reports personal data, secrecy markings and
wording errors in text, HTML, DOCX, XLSX and PDF files (line and column in the
extracted text, masked value or suggested correction). With ``--mask-to`` it also
writes masked copies of the files it can rewrite (DOCX, XLSX, TXT, CSV, HTML) under
DIR, keeping their relative paths; originals are never changed.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from gongkai.privacy.cli import ScanError, run


class Command(BaseCommand):
    help = "检查文件和文件夹中的个人信息、涉密标识和错敏词"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
        parser.add_argument("--json", action="store_true", dest="as_json", help="以 JSON 输出")
        parser.add_argument(
            "--min-confidence", type=float, default=0.0, help="只报告不低于此置信度的结果"
        )
        parser.add_argument(
            "--mask-to",
            metavar="DIR",
            help="把脱敏后的副本（DOCX、XLSX、TXT、CSV、HTML）写入此文件夹，原文件不变",
        )

    def handle(self, *args, paths, as_json, min_confidence, mask_to, **options):
        try:
            run(
                paths,
                as_json=as_json,
                min_confidence=min_confidence,
                mask_to=mask_to,
                out=self.stdout,
                err=self.stderr,
            )
        except ScanError as exc:
            raise CommandError(str(exc)) from exc
