"""``gongkai privacy-scan PATH... [--json]``: scan files and folders for personal data."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.core.textextract import extract_text
from gongkai.privacy import scan_text

SUFFIXES = {".txt", ".csv", ".html", ".htm", ".docx", ".xlsx", ".pdf"}


def _files(paths: list[str]):
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CommandError(f"找不到文件或文件夹：{raw}")
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            yield path


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Command(BaseCommand):
    help = "检查文件和文件夹中的个人信息（身份证号、手机号、银行卡号等）和涉密标识"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
        parser.add_argument("--json", action="store_true", dest="as_json", help="以 JSON 输出")
        parser.add_argument(
            "--min-confidence", type=float, default=0.0, help="只报告不低于此置信度的结果"
        )

    def handle(self, *args, paths: list[str], as_json: bool, min_confidence: float, **options):
        report = []
        total = blocking = 0
        for path in _files(paths):
            if path.suffix.lower() not in SUFFIXES:
                self.stderr.write(f"跳过不支持的文件类型：{path}")
                continue
            text = extract_text(path.read_bytes(), path.name)
            findings = scan_text(text, min_confidence=min_confidence)
            total += len(findings)
            blocking += sum(f.blocking for f in findings)
            items = []
            for f in findings:
                line, col = _line_col(text, f.start)
                items.append({**f.as_dict(), "line": line, "column": col, "blocking": f.blocking})
            report.append({"path": str(path), "findings": items})
            if not as_json:
                for item in items:
                    self.stdout.write(
                        f"{path}:{item['line']}:{item['column']}: {item['type']} "
                        f"{item['masked']} (置信度 {item['confidence']:.2f})"
                    )
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(
                f"共检查 {len(report)} 个文件，发现 {total} 处，其中须处理 {blocking} 处"
            )
