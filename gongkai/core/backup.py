"""Backup and restore of everything an installation needs to come back whole.

A backup directory holds:

- ``db.sqlite3`` (SQLite's online backup: consistent while the site runs) or ``db.sql``
  (``pg_dump`` of the PostgreSQL database, restored with ``psql``);
- ``media/`` — every uploaded file (ID scans, letters, attachments);
- ``secret_key`` — without it no citizen's access code works after a restore (codes are
  stored as keyed digests);
- ``audit_key`` and ``audit_anchors.log`` — the audit chain's key and anchors;
- ``manifest.json`` — size and SHA-256 of every file above; restore checks it first.

The backup directory holds secrets: keep it as carefully as the server itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

from gongkai.core import conf

MANIFEST = "manifest.json"
FORMAT = 1


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(block)
    return h.hexdigest()


def _db() -> dict:
    return settings.DATABASES["default"]


def _is_sqlite() -> bool:
    return _db()["ENGINE"] == "django.db.backends.sqlite3"


def _pg_env() -> tuple[list[str], dict]:
    db = _db()
    args = ["-h", str(db.get("HOST") or "localhost"), "-p", str(db.get("PORT") or 5432)]
    args += ["-U", str(db.get("USER") or "postgres"), "-d", str(db["NAME"])]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _write_secret(path: Path, value: str) -> None:
    path.write_text(value)
    path.chmod(0o600)


def _files(root: Path) -> Iterable[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def backup(target: Path, progress: Callable[[Iterable, int], Iterable] = lambda it, n: it) -> dict:
    """Write a complete backup into ``target`` (created; must be empty)."""
    from gongkai.core.auditkey import anchor_file, audit_key

    target.mkdir(parents=True, exist_ok=True)
    if any(target.iterdir()):
        raise BackupError(f"备份目录不是空的：{target}，请指定一个新目录")
    os.chmod(target, 0o700)
    if _is_sqlite():
        connections["default"].ensure_connection()
        source = sqlite3.connect(str(_db()["NAME"]))
        dest = sqlite3.connect(str(target / "db.sqlite3"))
        with dest:
            source.backup(dest)
        dest.close()
        source.close()
    else:
        args, env = _pg_env()
        with (target / "db.sql").open("wb") as out:
            done = subprocess.run(
                ["pg_dump", "--clean", "--if-exists", "--no-owner", *args],
                stdout=out,
                stderr=subprocess.PIPE,
                env=env,
                check=False,
            )
        if done.returncode:
            raise BackupError(f"pg_dump 失败：{done.stderr.decode(errors='replace').strip()}")
    media = Path(settings.MEDIA_ROOT)
    media_files = list(_files(media)) if media.exists() else []
    for path in progress(media_files, len(media_files)):
        dest = target / "media" / path.relative_to(media)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
    _write_secret(target / "secret_key", settings.SECRET_KEY)
    _write_secret(target / "audit_key", audit_key().decode())
    anchors = anchor_file()
    if anchors is not None and anchors.exists():
        shutil.copy2(anchors, target / "audit_anchors.log")
    from gongkai.core.models import AuditHead

    head = AuditHead.objects.filter(id=1).first()
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": "sqlite" if _is_sqlite() else "postgresql",
        "audit_events": head.last_seq if head else 0,
        "files": {
            str(p.relative_to(target)): {"size": p.stat().st_size, "sha256": _sha256(p)}
            for p in _files(target)
        },
    }
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def check(source: Path) -> dict:
    """The manifest, after checking every file against it."""
    path = source / MANIFEST
    if not path.exists():
        raise BackupError(f"不是备份目录（缺少 {MANIFEST}）：{source}")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError("备份格式版本不符，无法恢复")
    listed = manifest["files"]
    present = {str(p.relative_to(source)) for p in _files(source)} - {MANIFEST}
    if present - set(listed):
        raise BackupError(f"备份中有清单之外的文件：{sorted(present - set(listed))[:3]}")
    for name, meta in listed.items():
        file = source / name
        if not file.exists():
            raise BackupError(f"备份缺少文件：{name}")
        if file.stat().st_size != meta["size"] or _sha256(file) != meta["sha256"]:
            raise BackupError(f"备份文件已损坏或被改动：{name}")
    wanted = "sqlite" if _is_sqlite() else "postgresql"
    if manifest["database"] != wanted:
        raise BackupError(f"备份来自 {manifest['database']} 数据库，当前配置为 {wanted}")
    return manifest


def restore(source: Path, progress: Callable[[Iterable, int], Iterable] = lambda it, n: it) -> dict:
    """Replace the database, media, secret key, audit key and anchors with the backup's."""
    from gongkai.core.auditkey import anchor_file, forget_key, key_file

    manifest = check(source)
    notes: list[str] = []
    connections.close_all()
    if _is_sqlite():
        db_path = Path(_db()["NAME"])
        db_path.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(str(source / "db.sqlite3"))
        dest = sqlite3.connect(str(db_path))
        with dest:
            src.backup(dest)
        dest.close()
        src.close()
    else:
        args, env = _pg_env()
        done = subprocess.run(
            ["psql", "-v", "ON_ERROR_STOP=1", "-q", "-f", str(source / "db.sql"), *args],
            capture_output=True,
            env=env,
            check=False,
        )
        if done.returncode:
            raise BackupError(f"psql 恢复失败：{done.stderr.decode(errors='replace').strip()}")
    media = Path(settings.MEDIA_ROOT)
    if media.exists():
        shutil.rmtree(media)
    media.mkdir(parents=True, exist_ok=True)
    backed = source / "media"
    media_files = list(_files(backed)) if backed.exists() else []
    for path in progress(media_files, len(media_files)):
        dest = media / path.relative_to(backed)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
    secret = (source / "secret_key").read_text().strip()
    if os.environ.get("SECRET_KEY"):
        if os.environ["SECRET_KEY"] != secret:
            notes.append(
                "环境变量 SECRET_KEY 与备份不同：请改为备份中的 secret_key，否则查询码全部失效"
            )
    else:
        _write_secret(Path(settings.VAR_DIR) / "secret_key", secret)
    audit_key = (source / "audit_key").read_text().strip()
    if conf.get("GONGKAI_AUDIT_KEY"):
        if conf.get("GONGKAI_AUDIT_KEY") != audit_key:
            notes.append("GONGKAI_AUDIT_KEY 与备份不同：请改为备份中的 audit_key")
    else:
        path = key_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_secret(path, audit_key)
    anchors = anchor_file()
    if anchors is not None and (source / "audit_anchors.log").exists():
        if anchors.exists():
            kept = anchors.with_name(f"{anchors.name}.before-restore-{timezone.now():%Y%m%d%H%M%S}")
            anchors.rename(kept)
            notes.append(f"原锚点文件已另存为 {kept}（记录了恢复点之后的日志，供核查）")
        anchors.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / "audit_anchors.log", anchors)
    forget_key()
    manifest["notes"] = notes
    return manifest
