"""Settings are declared once (core.conf) and the README table is generated from them."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from gongkai.core import conf

ROOT = Path(__file__).resolve().parents[3]


def test_readme_table_matches_declarations():
    call_command("settings_doc", "--check")


def test_every_setting_read_in_code_is_declared():
    used = set()
    for path in (ROOT / "gongkai").rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts or path.name == "settings.py":
            continue
        used |= set(re.findall(r"conf\.get\(\"(GONGKAI_[A-Z_]+)\"\)", path.read_text("utf-8")))
    assert used, "no setting read through conf.get"
    missing = {name for name in used if name not in {s.name for s in conf.SETTINGS}}
    assert not missing


def test_installation_value_wins_and_default_applies(settings):
    settings.GONGKAI_FOI_CORRECTION_DAYS = "10"
    assert conf.get("GONGKAI_FOI_CORRECTION_DAYS") == 10  # int settings are coerced
    del settings.GONGKAI_FOI_CORRECTION_DAYS
    assert not hasattr(django_settings, "GONGKAI_FOI_CORRECTION_DAYS")
    assert conf.get("GONGKAI_FOI_CORRECTION_DAYS") == 15
    assert "12345" in conf.get("GONGKAI_PRIVACY_ALLOW")  # a Ref default resolves lazily


def test_undeclared_setting_is_an_error():
    with pytest.raises(KeyError):
        conf.get("GONGKAI_NOT_A_SETTING")
