"""``gongkai privacy-scan PATH... [--json] [--mask-to DIR]``: scan files and folders.

Reports personal data and secrecy markings in text, HTML, DOCX, XLSX and PDF files
(line and column in the extracted text, masked value). With ``--mask-to`` it also
writes masked copies of the files it can rewrite (DOCX, XLSX, TXT, CSV, HTML) under
DIR, keeping their relative paths; originals are never changed.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gongkai.core.textextract import extract_text
from gongkai.privacy import scan_text
from gongkai.privacy.documents import masked_copy

SUFFIXES = {".txt", ".csv", ".html", ".htm", ".docx", ".xlsx", ".pdf"}


def _files(paths: list[str]):
    """(file, its path relative to the argument it came from)."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CommandError(f"找不到文件或文件夹：{raw}")
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUFFIXES:
                    yield p, p.relative_to(path)
        else:
            yield path, Path(path.name)


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
        parser.add_argument(
            "--mask-to",
            metavar="DIR",
            help="把脱敏后的副本（DOCX、XLSX、TXT、CSV、HTML）写入此文件夹，原文件不变",
        )

    def handle(self, *args, paths, as_json, min_confidence, mask_to, **options):
        out_dir = Path(mask_to) if mask_to else None
        report = []
        total = blocking = 0
        for path, relative in _files(paths):
            if path.suffix.lower() not in SUFFIXES:
                self.stderr.write(f"跳过不支持的文件类型：{path}")
                continue
            data = path.read_bytes()
            text = extract_text(data, path.name)
            findings = scan_text(text, min_confidence=min_confidence)
            total += len(findings)
            blocking += sum(f.blocking for f in findings)
            items = []
            for f in findings:
                line, col = _line_col(text, f.start)
                items.append({**f.as_dict(), "line": line, "column": col, "blocking": f.blocking})
            entry = {"path": str(path), "findings": items}
            if out_dir is not None and findings:
                entry["masked_copy"] = self._write_copy(data, path, out_dir / relative)
            report.append(entry)
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

    def _write_copy(self, data: bytes, path: Path, target: Path) -> str | None:
        try:
            copy = masked_copy(data, path.suffix.lower())
        except ValueError as exc:
            self.stderr.write(f"无法生成脱敏副本 {path}：{exc}")
            return None
        if copy is None:
            self.stderr.write(f"{path}：PDF 无法生成脱敏副本，请处理原文件后重新生成")
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.write_bytes(copy)
        except OSError as exc:
            raise CommandError(f"无法写入 {target}：{exc}") from exc
        return str(target)
