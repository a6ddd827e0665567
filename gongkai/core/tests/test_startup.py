"""Issue 12: starting the platform imports no heavy library, and ``gongkai --help`` lists
exactly the commands Django lists after a full start (it skips the start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from django.core import management

from gongkai import clihelp

ROOT = Path(__file__).resolve().parents[3]

# Each is imported only where it is used: a command that does not render, parse, crawl,
# segment or scan must not pay for it.
HEAVY = [
    "aiohttp",  # website monitor's crawler
    "selectolax",  # its HTML parser
    "jieba",  # search segmentation
    "opencc",  # traditional/simplified conversion
    "reportlab",  # PDF output
    "docx",  # Word output and input
    "openpyxl",  # Excel output and input
    "pypdf",  # PDF text
    "PIL",  # images
    "pydantic",  # the API's schemas (ninja)
    "ninja",  # the API
    "gongkai.privacy.scanner",  # compiles the privacy patterns and lists
    "gongkai.search.analysis",  # the segmenter
    "gongkai.supervision.planparse",  # the plan parser (demo data)
    "gongkai.reports.compute",  # annual-report tables
]


def test_django_setup_imports_no_heavy_library():
    code = (
        "import json, sys, django; django.setup();"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gongkai.settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_help_lists_the_commands_of_a_full_start():
    # the test run has started every app: Django's own list is the reference
    management.get_commands.cache_clear()
    assert clihelp.commands_without_setup() == management.get_commands()
    full = management.ManagementUtility(["gongkai", "--help"]).main_help_text()
    assert clihelp.main_help_text(["gongkai", "--help"]) == full
    assert "demo_load" in full and "privacy_scan" in full
