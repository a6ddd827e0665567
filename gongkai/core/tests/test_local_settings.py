import os
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.slow
def test_local_settings_file_overrides_rule_settings(tmp_path):
    local = tmp_path / "local.py"
    local.write_text('GONGKAI_INDEX_PATTERN = "{code}/{year}-{seq:05d}"\n', encoding="utf-8")
    env = {**os.environ, "GONGKAI_LOCAL_SETTINGS": str(local), "GONGKAI_VAR_DIR": str(tmp_path)}
    code = "from django.conf import settings; print(settings.GONGKAI_INDEX_PATTERN)"
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','gongkai.settings'); django.setup(); {code}",
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert out.stdout.strip() == "{code}/{year}-{seq:05d}", out.stderr


@pytest.mark.slow
def test_missing_local_settings_file_is_a_clear_error(tmp_path):
    env = {
        **os.environ,
        "GONGKAI_LOCAL_SETTINGS": str(tmp_path / "nope.py"),
        "GONGKAI_VAR_DIR": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-m", "gongkai.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert out.returncode != 0 and "GONGKAI_LOCAL_SETTINGS" in out.stderr
