"""``gongkai privacy-scan PATH... [--json] [--mask-to DIR]``: scan files and folders fast.

The command is dispatched here by ``gongkai.cli`` before Django is set up, so it starts
without importing every app: only the models it reads (units' public contacts for the
allow-list, the office's entries of the wording lists) are loaded, and only when a
text first needs them. All files are scanned in this one process, with a progress bar
on stderr (none with ``--json``, which prints the full results on stdout).

``manage.py privacy_scan`` runs the same code inside a fully set-up Django.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

SUFFIXES = {".txt", ".csv", ".html", ".htm", ".docx", ".xlsx", ".pdf"}

# The apps whose models the scanner reads, with ready() left out: nothing else of the
# platform (menus, to-do lists, demo data) is needed to scan files.
LEAN_APPS = [
    "gongkai.privacy.cli.LeanContentTypes",
    "gongkai.privacy.cli.LeanAuth",
    "gongkai.privacy.cli.LeanCore",
    "gongkai.privacy.cli.LeanPrivacy",
]


def _lean_config(name: str, label: str):
    from django.apps import AppConfig

    return type(
        f"Lean{label.title()}",
        (AppConfig,),
        {"name": name, "label": label, "ready": lambda self: None, "__module__": __name__},
    )


def __getattr__(attr: str):  # the lean AppConfig classes, built on first use
    names = {
        "LeanContentTypes": ("django.contrib.contenttypes", "contenttypes"),
        "LeanAuth": ("django.contrib.auth", "auth"),
        "LeanCore": ("gongkai.core", "core"),
        "LeanPrivacy": ("gongkai.privacy", "privacy"),
    }
    if attr in names:
        cls = _lean_config(*names[attr])
        cls.default_auto_field = "django.db.models.BigAutoField"
        globals()[attr] = cls
        return cls
    raise AttributeError(attr)


def setup_lean() -> None:
    """Load settings and the few apps the scanner reads (unless Django is set up)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    from django.apps import apps

    if apps.ready or apps.loading:
        return
    from django.conf import settings

    settings.INSTALLED_APPS  # noqa: B018 - read the settings module now
    apps.populate(LEAN_APPS)


# --- the scan ----------------------------------------------------------------------------


class ScanError(Exception):
    """A path that cannot be scanned; the message is for the user."""


def iter_files(paths: list[str]):
    """(file, its path relative to the argument it came from)."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise ScanError(f"找不到文件或文件夹：{raw}")
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUFFIXES:
                    yield p, p.relative_to(path)
        else:
            yield path, Path(path.name)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def scan_one(path: Path, *, min_confidence: float = 0.0, data: bytes | None = None) -> dict:
    """The findings of one file, as the JSON output lists them."""
    from .documents import file_text
    from .scanner import scan_text

    data = path.read_bytes() if data is None else data
    text = file_text(data, path.name)
    items = []
    for f in scan_text(text, min_confidence=min_confidence):
        line, col = _line_col(text, f.start)
        items.append(
            {**f.as_dict(), "label": f.label, "line": line, "column": col, "blocking": f.blocking}
        )
    return {"path": str(path), "findings": items}


def _describe(item: dict) -> str:
    if item["category"] == "expression":
        hint = f" → {item['masked']}" if item["masked"] else ""
        return f"{item['label']}：{item['text']}{hint}"
    return f"{item['label']} {item['masked']} (置信度 {item['confidence']:.2f})"


def run(
    paths: list[str],
    *,
    as_json: bool = False,
    min_confidence: float = 0.0,
    mask_to: str | None = None,
    out=None,
    err=None,
) -> list[dict]:
    """Scan every file under ``paths``; print lines (or JSON) to ``out``."""
    out = out or sys.stdout
    err = err or sys.stderr
    files = list(iter_files(paths))
    out_dir = Path(mask_to) if mask_to else None
    bar = None
    if not as_json and len(files) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="个文件", file=err, desc="检查", leave=False)
    report = []
    total = blocking = 0
    for path, relative in files:
        data = path.read_bytes()
        entry = scan_one(path, min_confidence=min_confidence, data=data)
        items = entry["findings"]
        total += len(items)
        blocking += sum(i["blocking"] for i in items)
        if out_dir is not None and any(i["category"] == "personal" for i in items):
            entry["masked_copy"] = _write_copy(data, path, out_dir / relative, err)
        report.append(entry)
        if not as_json:
            lines = [f"{path}:{i['line']}:{i['column']}: {_describe(i)}" for i in items]
            if lines:
                text = "\n".join(lines) + "\n"
                if bar is not None:
                    bar.write(text.rstrip("\n"), file=out)
                else:
                    out.write(text)
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()
    if as_json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"共检查 {len(report)} 个文件，发现 {total} 处，其中须处理 {blocking} 处\n")
    return report


def _write_copy(data: bytes, path: Path, target: Path, err) -> str | None:
    from .documents import masked_copy

    try:
        copy = masked_copy(data, path.suffix.lower())
    except ValueError as exc:
        err.write(f"无法生成脱敏副本 {path}：{exc}\n")
        return None
    if copy is None:
        err.write(f"{path}：PDF 无法生成脱敏副本，请处理原文件后重新生成\n")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        target.write_bytes(copy)
    except OSError as exc:
        raise ScanError(f"无法写入 {target}：{exc}") from exc
    return str(target)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gongkai privacy-scan",
        description="检查文件和文件夹中的个人信息、涉密标识和错敏词",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
    p.add_argument("--json", action="store_true", dest="as_json", help="以 JSON 输出完整结果")
    p.add_argument("--min-confidence", type=float, default=0.0, help="只报告不低于此置信度的结果")
    p.add_argument(
        "--mask-to",
        metavar="DIR",
        help="把脱敏后的副本（DOCX、XLSX、TXT、CSV、HTML）写入此文件夹，原文件不变",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    setup_lean()
    try:
        run(
            args.paths,
            as_json=args.as_json,
            min_confidence=args.min_confidence,
            mask_to=args.mask_to,
        )
    except ScanError as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return 1
    return 0
