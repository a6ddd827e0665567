"""The signed manifest of a static tree, and the untouched copies used to restore it.

The manifest (path, SHA-256, size, build time, the in-site links of each page) lives in a
state folder outside the web root, signed with HMAC-SHA256 under a key that is not in the
tree either. Every file ever rendered is also kept there by its hash, so that a changed or
deleted file can be put back exactly as it was rendered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path


class ForgedManifest(Exception):
    """The manifest's signature does not match: it was altered or signed with another key."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_key(path: Path) -> bytes:
    """The signing key, created (owner-readable only) the first time it is needed."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text("ascii").strip().encode("ascii")


@dataclass
class Manifest:
    site: str
    built_at: str
    files: dict[str, dict] = field(default_factory=dict)  # rel -> {sha256, size, path, links}

    def payload(self) -> bytes:
        data = {"site": self.site, "built_at": self.built_at, "files": self.files}
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()

    def signature(self, key: bytes) -> str:
        return hmac.new(key, self.payload(), hashlib.sha256).hexdigest()


class State:
    """The state folder of one site's tree: manifest, signature and the kept copies."""

    def __init__(self, directory: Path, key_file: Path):
        self.dir = Path(directory)
        self.key_file = Path(key_file)
        self.objects = self.dir / "objects"

    @property
    def manifest_file(self) -> Path:
        return self.dir / "manifest.json"

    @property
    def signature_file(self) -> Path:
        return self.dir / "manifest.sig"

    def keep(self, data: bytes) -> str:
        digest = sha256(data)
        target = self.objects / digest[:2] / digest
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return digest

    def kept(self, digest: str) -> bytes:
        return (self.objects / digest[:2] / digest).read_bytes()

    def save(self, manifest: Manifest) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        key = load_key(self.key_file)
        for path, data in (
            (self.manifest_file, manifest.payload()),
            (self.signature_file, manifest.signature(key).encode()),
        ):
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)

    def exists(self) -> bool:
        return self.manifest_file.exists()

    def load(self) -> Manifest:
        """The manifest, after checking its signature (ForgedManifest when it fails)."""
        payload = self.manifest_file.read_bytes()
        data = json.loads(payload)
        manifest = Manifest(data["site"], data["built_at"], data["files"])
        stored = (
            self.signature_file.read_text("ascii").strip() if self.signature_file.exists() else ""
        )
        expected = manifest.signature(load_key(self.key_file))
        if not hmac.compare_digest(stored, expected) or manifest.payload() != payload:
            raise ForgedManifest("清单签名不符：清单被改动过，或不是用本系统的密钥签发的")
        return manifest
