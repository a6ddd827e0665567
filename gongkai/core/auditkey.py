"""The audit chain's key and anchors, both kept outside the database.

- The key (``GONGKAI_AUDIT_KEY``, or the file ``GONGKAI_AUDIT_KEY_FILE``) keys the HMAC
  that links events. In development the file is generated under ``var/``; in production
  it defaults to ``/etc/gongkai/audit_key`` (create it with ``gongkai audit-key-create``)
  so that a copy of the data directory alone does not carry it.
- Anchors: the head's count and hash, appended with their own HMAC as one JSON line to
  ``GONGKAI_AUDIT_ANCHOR_FILE`` (make it append-only: ``chattr +a``). Deleting the newest
  events and resetting the head, or rebuilding the whole chain, no longer matches them.
- The scheduled check (``audit_check``) verifies, writes an anchor and keeps its result
  in a small status file beside the anchors, which the office's to-do list reads.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from gongkai.core import conf

_cache: dict[str, bytes] = {}


def key_file() -> Path:
    return Path(conf.get("GONGKAI_AUDIT_KEY_FILE"))


def create_key_file(path: Path | None = None) -> bool:
    """Write a new random key unless the file exists; True if one was written."""
    path = path or key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))
    return True


def audit_key() -> bytes:
    """The chain key; read once per process (the file may change only through restore)."""
    configured = conf.get("GONGKAI_AUDIT_KEY")
    if configured:
        return configured.encode()
    path = key_file()
    cached = _cache.get(str(path))
    if cached:
        return cached
    if not path.exists():
        if getattr(settings, "PRODUCTION", False):
            raise ImproperlyConfigured(
                f"审计密钥文件不存在：{path}。请运行 gongkai audit-key-create 生成，"
                "并与数据库分开备份"
            )
        create_key_file(path)
    key = path.read_text().strip().encode()
    if not key:
        raise ImproperlyConfigured(f"审计密钥文件为空：{path}")
    _cache[str(path)] = key
    return key


def forget_key() -> None:
    """Drop the cached key (after a restore or in tests that switch keys)."""
    _cache.clear()


# --- anchors -------------------------------------------------------------------------


def anchor_file() -> Path | None:
    value = conf.get("GONGKAI_AUDIT_ANCHOR_FILE") or None
    return Path(value) if value else None


def status_file() -> Path | None:
    path = anchor_file()
    return path.with_name(path.name + ".status.json") if path else None


def _anchor_mac(at: str, seq: int, head: str) -> str:
    return hmac.new(audit_key(), f"{at}|{seq}|{head}".encode(), hashlib.sha256).hexdigest()


def write_anchor(seq: int, head: str) -> dict | None:
    """Append one anchor line (opened in append mode only; never rewritten)."""
    path = anchor_file()
    if path is None:
        return None
    at = timezone.now().isoformat()
    line = {"at": at, "seq": seq, "hash": head, "mac": _anchor_mac(at, seq, head)}
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, separators=(",", ":")) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return line


def read_anchors() -> tuple[list[dict], int]:
    """The anchors whose MAC is right, and the number of lines that are not."""
    path = anchor_file()
    if path is None or not path.exists():
        return [], 0
    good, bad = [], 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            ok = hmac.compare_digest(
                str(row["mac"]), _anchor_mac(str(row["at"]), int(row["seq"]), str(row["hash"]))
            )
        except (ValueError, KeyError, TypeError):
            ok = False
        if ok:
            good.append(row)
        else:
            bad += 1
    return good, bad


def check_anchors(count: int, head: str) -> tuple[int, str] | None:
    """Compare a chain already found internally consistent with the recorded anchors.

    Returns ``(seq, reason)`` for the first disagreement, or None.
    """
    from gongkai.core.models import AuditEvent

    anchors, bad = read_anchors()
    if bad:
        return 0, f"锚点文件中有 {bad} 行校验不符（锚点文件被改动或密钥不符）"
    if not anchors:
        return None
    highest = max(anchors, key=lambda a: int(a["seq"]))
    if int(highest["seq"]) > count:
        return (
            count + 1,
            f"审计日志被截短：锚点记录 {highest['at'][:19]} 时已有 {highest['seq']} 条，现仅 {count} 条",
        )
    wanted = {int(a["seq"]): str(a["hash"]) for a in anchors if int(a["seq"]) > 0}
    stored = dict(AuditEvent.objects.filter(seq__in=list(wanted)).values_list("seq", "hash"))
    for seq in sorted(wanted):
        if stored.get(seq) != wanted[seq]:
            return seq, f"第 {seq} 条事件与锚点记录的哈希不符（日志被整体重写）"
    return None


# --- the scheduled check -------------------------------------------------------------


def audit_check() -> dict:
    """Verify the chain; when intact, anchor the head. Record the result for the to-do list."""
    from gongkai.core.audit import audit_verify
    from gongkai.core.models import AuditHead

    result = audit_verify()
    anchored = None
    if result.ok:
        head = AuditHead.objects.filter(id=1).first()
        seq, last = (head.last_seq, head.last_hash) if head else (0, "0" * 64)
        anchored = write_anchor(seq, last)
    status = {
        "checked_at": timezone.now().isoformat(),
        "ok": result.ok,
        "checked": result.checked,
        "first_bad_seq": result.first_bad_seq,
        "reason": result.reason,
        "anchored_seq": anchored["seq"] if anchored else None,
    }
    path = status_file()
    if path is not None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    return status


def last_status() -> dict | None:
    path = status_file()
    if path is None or not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {"ok": False, "reason": "校验结果文件无法读取", "checked_at": ""}


def _register_check() -> None:
    from django.core import checks

    @checks.register(checks.Tags.security, deploy=True)
    def audit_key_present(app_configs=None, **kwargs):
        try:
            audit_key()
        except ImproperlyConfigured as exc:
            return [checks.Error(str(exc), id="gongkai.E002")]
        return []


_register_check()
