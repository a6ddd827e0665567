"""Issue 12: nothing imported at Django start-up pulls in aiohttp; no services ↔ tasks circle."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_startup_does_not_import_aiohttp():
    code = (
        "import sys, django; django.setup();"
        "import gongkai.monitoring.demo, gongkai.monitoring.views, gongkai.monitoring.api;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'selectolax')))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "gongkai.settings"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_services_never_import_tasks():
    for name in ("services.py", "crawl.py", "verdict.py", "demo.py"):
        assert "gongkai.monitoring.tasks" not in _imports(APP / name), name
