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
SUPPORTED = "TXT、CSV、HTML、DOCX、XLSX、PDF"

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


class _Lines:
    """Line and column of offsets asked in increasing order, counting each line once.

    (Counting from the text's start for every finding made a large file's scan
    quadratic: 83,000 findings in 4 MB took longer than the scan itself.)
    """

    def __init__(self, text: str):
        self.text = text
        self.offset = 0
        self.line = 1

    def at(self, offset: int) -> tuple[int, int]:
        text = self.text
        if offset < self.offset:  # out of order: count again from the start
            self.offset, self.line = 0, 1
        self.line += text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def scan_one(path: Path, *, min_confidence: float = 0.0, data: bytes | None = None) -> dict:
    """The findings of one file, as the JSON output lists them.

    ``error`` says, in Chinese, why a file could not be checked (an unsupported type, a
    damaged file, a PDF without a text layer); ``masked_text`` is the whole text read
    with the personal data masked.
    """
    from gongkai.core.textextract import UnreadableFile

    from .documents import file_text
    from .scanner import mask_text, scan_text

    entry: dict = {"path": str(path), "findings": [], "error": "", "masked_text": ""}
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        entry["error"] = f"不支持的文件类型“{suffix or '无扩展名'}”（支持 {SUPPORTED}）"
        return entry
    try:
        data = path.read_bytes() if data is None else data
        text = file_text(data, path.name, whole=True)
    except UnreadableFile as exc:
        entry["error"] = str(exc)
        return entry
    except OSError as exc:
        entry["error"] = f"无法打开文件：{exc.strerror or exc}"
        return entry
    if data and not text.strip() and suffix in (".pdf", ".docx", ".xlsx"):
        entry["error"] = "未读到文字（扫描件或图片须人工检查）"
        return entry
    items = []
    findings = scan_text(text, min_confidence=min_confidence)
    lines = _Lines(text)
    for f in findings:
        line, col = lines.at(f.start)
        items.append(
            {**f.as_dict(), "label": f.label, "line": line, "column": col, "blocking": f.blocking}
        )
    entry["findings"] = items
    entry["masked_text"] = mask_text(text, findings)
    return entry


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
    if not files:
        err.write(f"提示：没有找到可检查的文件（支持 {SUPPORTED}）\n")
    out_dir = Path(mask_to) if mask_to else None
    bar = None
    if not as_json and len(files) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="个文件", file=err, desc="检查", leave=False)
    report = []
    total = blocking = failed = 0
    for path, relative in files:
        entry = scan_one(path, min_confidence=min_confidence)
        items = entry["findings"]
        total += len(items)
        blocking += sum(i["blocking"] for i in items)
        failed += bool(entry["error"])
        if out_dir is not None and any(i["category"] == "personal" for i in items):
            entry["masked_copy"] = _write_copy(path.read_bytes(), path, out_dir / relative, err)
        report.append(entry)
        if not as_json:
            lines = [f"{path}:{i['line']}:{i['column']}: {_describe(i)}" for i in items]
            if entry["error"]:
                lines.insert(0, f"{path}: 无法检查：{entry['error']}")
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
        tail = f"；{failed} 个文件无法检查" if failed else ""
        checked = len(report) - failed
        out.write(f"共检查 {checked} 个文件，发现 {total} 处，其中须处理 {blocking} 处{tail}\n")
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


_ARG_ERRORS = (  # argparse's messages (Python 3.11-3.13), in Chinese
    (r"the following arguments are required: (.*)", "缺少参数：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"argument (\S+): expected one argument", "参数 {0} 后须给出一个值"),
    (r"argument (\S+): invalid float value: (.*)", "参数 {0} 的值 {1} 不是数字"),
    (r"argument (\S+): (.*)", "参数 {0} 有误：{1}"),
)


class _Parser(argparse.ArgumentParser):
    """argparse with its usage, help and error lines in Chinese."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法：", 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", "用法：", 1)
        text = text.replace("positional arguments:", "参数：").replace("options:", "选项：")
        return text.replace("show this help message and exit", "显示此帮助并退出")

    def error(self, message: str):
        import re

        for pattern, chinese in _ARG_ERRORS:
            m = re.fullmatch(pattern, message)
            if m:
                message = chinese.format(*m.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{message}\n")


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是 0 到 1 之间的数") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} 不在 0 到 1 之间")
    return number


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="gongkai privacy-scan",
        description="检查文件和文件夹中的个人信息、涉密标识和错敏词",
        epilog=f"支持 {SUPPORTED} 文件；文件夹中的其他文件跳过。"
        "退出码：0 全部检查完毕，1 有文件或路径无法检查，2 参数有误。",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
    p.add_argument(
        "--json", action="store_true", dest="as_json", help="不显示进度，以 JSON 输出完整结果"
    )
    p.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="0-1",
        help="只报告不低于此置信度的结果",
    )
    p.add_argument(
        "--mask-to",
        metavar="DIR",
        help="把脱敏后的副本（DOCX、XLSX、TXT、CSV、HTML）写入此文件夹，原文件不变",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    import gc

    from .regexcache import cached_patterns

    args = parser().parse_args(argv)
    # The first scan of a process imports the scanner and the models: objects that live as
    # long as the process, so no collection runs meanwhile (they were ~15 % of the start)
    # and later ones do not look at them again (``gc.freeze``).
    starting = "gongkai.privacy.scanner" not in sys.modules and gc.isenabled()
    if starting:
        gc.disable()
    try:
        with cached_patterns():  # the scanner's patterns, compiled in an earlier run
            setup_lean()
            from . import documents, scanner  # noqa: F401
    finally:
        if starting:
            gc.freeze()
            gc.enable()
    try:
        report = run(
            args.paths,
            as_json=args.as_json,
            min_confidence=args.min_confidence,
            mask_to=args.mask_to,
        )
    except ScanError as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return 1
    return 1 if any(entry["error"] for entry in report) else 0
