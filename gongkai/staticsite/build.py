"""Build the static tree, re-render parts of it, verify it and restore it.

- ``build(out)``: walk the public site from the home page and the sitemap, write every page
  that can be a file, copy the static assets, sign the manifest, then swap the new tree in.
- ``rerender(out, paths)``: render exactly these paths again (a page that is gone or has
  become dynamic is removed) and re-sign the manifest.
- ``verify(out)``: every file compared with the manifest — altered, added, missing.
- ``restore(out, report)``: put back the rendered version of each difference.

One site per tree; the state folder (manifest, signature, kept copies) is outside ``out``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gongkai.staticsite.manifest import Manifest, State, sha256
from gongkai.staticsite.paths import file_for, may_be_static, path_for
from gongkai.staticsite.render import Renderer

MAX_PAGES = 200_000


@dataclass
class BuildResult:
    pages: int = 0
    dynamic: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not 200, or no file form
    assets: int = 0


@dataclass
class VerifyReport:
    altered: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.altered or self.added or self.missing)

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "altered": self.altered,
            "added": self.added,
            "missing": self.missing,
        }


@contextlib.contextmanager
def locked(state: State):
    """One writer per tree at a time (builds, re-renders and restores queue here)."""
    state.dir.mkdir(parents=True, exist_ok=True)
    with open(state.dir / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write(root: Path, rel: str, data: bytes) -> None:
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _now_iso() -> str:
    from django.utils import timezone

    return timezone.now().isoformat()


def _copy_assets(root: Path, state: State, manifest: Manifest) -> int:
    """Every static asset under /static/, from STATIC_ROOT when collected, else the finders."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    prefix = settings.STATIC_URL.strip("/")
    count = 0
    seen: set[str] = set()
    static_root = Path(settings.STATIC_ROOT) if settings.STATIC_ROOT else None
    sources: list[tuple[str, Path]] = []
    if static_root and static_root.is_dir() and any(static_root.iterdir()):
        sources = [
            (p.relative_to(static_root).as_posix(), p)
            for p in static_root.rglob("*")
            if p.is_file()
        ]
    else:
        for finder in finders.get_finders():
            for rel, storage in finder.list([]):
                sources.append((rel.replace(os.sep, "/"), Path(storage.path(rel))))
    for rel, source in sources:
        if rel in seen:
            continue
        seen.add(rel)
        data = source.read_bytes()
        name = f"{prefix}/{rel}"
        _write(root, name, data)
        manifest.files[name] = {
            "sha256": state.keep(data),
            "size": len(data),
            "path": f"/{name}",
            "links": [],
        }
        count += 1
    return count


def build(
    out: Path,
    state: State,
    *,
    host: str,
    seeds: Iterable[str] = ("/", "/sitemap.xml"),
    progress: Callable[[int], None] | None = None,
) -> BuildResult:
    """The whole public site as files in ``out`` (swapped in when complete)."""
    out = Path(out)
    staging = out.parent / f".{out.name}.building"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    renderer = Renderer(host)
    manifest = Manifest(site=host, built_at=_now_iso())
    result = BuildResult()
    queue = deque(dict.fromkeys(seeds))
    seen = set(queue)
    processed = 0
    while queue and processed < MAX_PAGES:
        path = queue.popleft()
        processed += 1
        page = renderer.render(path)
        for link in sorted(page.links):
            if link not in seen and may_be_static(link) and not link.startswith("/static/"):
                seen.add(link)
                queue.append(link)
        rel = file_for(path, page.content_type) if page.status == 200 else None
        if page.dynamic:
            result.dynamic.append(path)
        elif rel is None:
            result.skipped.append(path)
        else:
            _write(staging, rel, page.body)
            manifest.files[rel] = {
                "sha256": state.keep(page.body),
                "size": len(page.body),
                "path": path,
                "links": sorted(page.links),
            }
            result.pages += 1
        if progress:
            progress(1)
    result.assets = _copy_assets(staging, state, manifest)
    with locked(state):
        old = out.parent / f".{out.name}.old"
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
        state.save(manifest)
    return result


def pages_linking_to(manifest: Manifest, url: str) -> set[str]:
    return {entry["path"] for entry in manifest.files.values() if url in entry.get("links", ())}


def with_pagination(manifest: Manifest, paths: Iterable[str]) -> set[str]:
    """The paths and every later page of each that the tree holds (?page=N)."""
    wanted = set(paths)
    for entry in manifest.files.values():
        bare = entry["path"].split("?", 1)[0]
        if "?page=" in entry["path"] and bare in wanted:
            wanted.add(entry["path"])
    return wanted


def rerender(out: Path, state: State, paths: Iterable[str], *, host: str) -> list[str]:
    """Render ``paths`` again into ``out``; returns the paths written or removed."""
    out = Path(out)
    renderer = Renderer(host)
    done = []
    with locked(state):
        manifest = state.load()
        by_path = {entry["path"]: rel for rel, entry in manifest.files.items()}
        for path in sorted(set(paths)):
            if not may_be_static(path):
                continue
            page = renderer.render(path)
            rel = (
                file_for(path, page.content_type)
                if page.status == 200 and not page.dynamic
                else None
            )
            old_rel = by_path.get(path)
            if rel is None:
                if old_rel is not None:
                    (out / old_rel).unlink(missing_ok=True)
                    del manifest.files[old_rel]
                    done.append(path)
                continue
            _write(out, rel, page.body)
            manifest.files[rel] = {
                "sha256": state.keep(page.body),
                "size": len(page.body),
                "path": path,
                "links": sorted(page.links),
            }
            done.append(path)
        manifest.built_at = _now_iso()
        state.save(manifest)
    return done


def verify(out: Path, state: State) -> VerifyReport:
    """Compare every file of ``out`` with the signed manifest (ForgedManifest if forged)."""
    out = Path(out)
    manifest = state.load()
    report = VerifyReport()
    present = set()
    if out.is_dir():
        for file in out.rglob("*"):
            if file.is_file():
                rel = file.relative_to(out).as_posix()
                present.add(rel)
                entry = manifest.files.get(rel)
                if entry is None:
                    report.added.append(rel)
                elif sha256(file.read_bytes()) != entry["sha256"]:
                    report.altered.append(rel)
    report.missing = sorted(set(manifest.files) - present)
    report.altered.sort()
    report.added.sort()
    return report


def restore(out: Path, state: State, report: VerifyReport) -> int:
    """Put back the rendered version of each altered and missing file; remove added ones."""
    out = Path(out)
    with locked(state):
        manifest = state.load()
        for rel in report.altered + report.missing:
            _write(out, rel, state.kept(manifest.files[rel]["sha256"]))
        for rel in report.added:
            (out / rel).unlink(missing_ok=True)
    return len(report.altered) + len(report.missing) + len(report.added)


__all__ = [
    "BuildResult",
    "VerifyReport",
    "build",
    "path_for",
    "pages_linking_to",
    "rerender",
    "restore",
    "verify",
    "with_pagination",
]
