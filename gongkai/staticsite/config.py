"""The static tree of this installation: where it is, where its state is, which host."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from gongkai.core import conf
from gongkai.staticsite.manifest import State


@dataclass(frozen=True)
class Tree:
    root: Path
    state: State
    host: str


def site_host() -> str:
    base = (conf.get("GONGKAI_SITE") or {}).get("base_url") or "http://127.0.0.1:8000"
    return urlsplit(base).netloc or "127.0.0.1"


def state_for(root: Path) -> State:
    from django.conf import settings

    var = Path(settings.VAR_DIR)
    state_dir = Path(conf.get("GONGKAI_STATIC_STATE_DIR") or var / "static-state")
    key_file = Path(conf.get("GONGKAI_STATIC_KEY_FILE") or var / "static.key")
    # One state folder per tree, so that several trees (sites) never share a manifest.
    name = Path(root).resolve().as_posix().strip("/").replace("/", "_") or "root"
    return State(state_dir / name, key_file)


def tree_for(root: Path | str, host: str | None = None) -> Tree:
    """The tree at ``root``, rendered for ``host`` (a hosted site's host name; default: the
    installation's own address)."""
    root = Path(root)
    return Tree(root=root, state=state_for(root), host=host or site_host())


def configured_tree() -> Tree | None:
    """The tree the web server serves (GONGKAI_STATIC_ROOT), or None when not set up."""
    root = conf.get("GONGKAI_STATIC_ROOT")
    return tree_for(root) if root else None
