"""`gongkai backup` / `gongkai restore` onto a fresh machine: codes, files and the audit
trail all survive; a damaged backup is refused."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

pytestmark = pytest.mark.slow


def _env(var_dir: Path, database_url: str = "") -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SECRET_KEY")
        and not k.startswith("GONGKAI_AUDIT")
    }
    env.update(
        GONGKAI_VAR_DIR=str(var_dir),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        GONGKAI_TESTING="0",
        DEBUG="0",
        PYTHONPATH=str(ROOT),
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _pg_databases(names):
    """Fresh PostgreSQL databases beside the suite's own (the CI PostgreSQL pass)."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    base = urlsplit(os.environ["DATABASE_URL"])
    admin = urlunsplit(base._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    return [urlunsplit(base._replace(path=f"/{n}")) for n in names]


@pytest.fixture
def databases(tmp_path):
    """("", "") for SQLite under each var dir, or two new PostgreSQL databases."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        yield "", ""
        return
    suffix = os.environ.get("PYTEST_XDIST_WORKER", "gw") + str(os.getpid())
    names = [f"gk_backup_old_{suffix}", f"gk_backup_new_{suffix}"]
    yield tuple(_pg_databases(names))
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    admin = urlunsplit(urlsplit(os.environ["DATABASE_URL"])._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _gongkai(env, *args, check=True):
    return subprocess.run(  # noqa: S603 — our own command
        [sys.executable, "-m", "gongkai.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
        timeout=300,
    )


SUBMIT = """
import json
from django.core.files.uploadedfile import SimpleUploadedFile
from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.foi import services
unit = unit_create(name='备份测试局', kind=Unit.Kind.DEPARTMENT)
scan = SimpleUploadedFile('id.png', b'\\x89PNG\\r\\n\\x1a\\n' + b'0' * 2000, content_type='image/png')
app, code = services.application_submit(data=dict(
    unit=unit.pk, applicant_type='natural', applicant_name='张三',
    id_number='', phone='13800000000', email='', address='', postcode='',
    description='2025年低保资金发放情况', doc_number='', title='',
    form_wanted='electronic', delivery_route='online'), id_scan=scan)
print(json.dumps({'number': app.tracking_number, 'code': code, 'scan': app.id_scan.name}))
"""

CHECK = """
import json, sys
from gongkai.foi.models import Application
from gongkai.foi import services
data = json.loads(sys.argv[-1]) if False else json.loads(open('{path}').read())
app = Application.objects.get(tracking_number=data['number'])
print(json.dumps({{'ok': services.access_code_ok(app, data['code']),
                  'scan': app.id_scan.read() [:4].hex()}}))
"""


def test_round_trip_onto_a_fresh_machine(tmp_path, databases):
    old, new, store = tmp_path / "old", tmp_path / "new", tmp_path / "backup"
    env_old, env_new = _env(old, databases[0]), _env(new, databases[1])
    _gongkai(env_old, "migrate", "-v", "0")
    submitted = json.loads(_gongkai(env_old, "shell", "-c", SUBMIT).stdout.strip().splitlines()[-1])
    _gongkai(env_old, "audit-verify", "--anchor")

    out = _gongkai(env_old, "backup", str(store), "--json").stdout
    manifest = json.loads(out)
    dump = "db.sql" if databases[0] else "db.sqlite3"
    assert {dump, "secret_key", "audit_key", "audit_anchors.log"} <= set(manifest["files"])
    assert any(name.startswith("media/") for name in manifest["files"])
    assert manifest["audit_events"] >= 2

    # a damaged backup is refused before anything is touched
    broken = tmp_path / "broken"
    subprocess.run(["cp", "-a", str(store), str(broken)], check=True)  # noqa: S607
    (broken / "secret_key").write_text("changed")
    refused = _gongkai(env_new, "restore", str(broken), "--noinput", check=False)
    assert refused.returncode != 0 and "损坏或被改动" in refused.stderr
    assert not (new / "media").exists() or not any((new / "media").rglob("*.png"))

    # the new machine has its own, different keys until the restore
    _gongkai(env_new, "migrate", "-v", "0")
    assert (new / "secret_key").read_text() != (old / "secret_key").read_text()
    done = _gongkai(env_new, "restore", str(store), "--noinput", "--json")
    result = json.loads(done.stdout)
    assert result["audit_ok"] and result["audit_events"] == manifest["audit_events"]

    (tmp_path / "submitted.json").write_text(json.dumps(submitted))
    checked = _gongkai(
        env_new, "shell", "-c", CHECK.format(path=tmp_path / "submitted.json")
    ).stdout.strip()
    assert json.loads(checked.splitlines()[-1]) == {"ok": True, "scan": "89504e47"}
    verify = _gongkai(env_new, "audit-verify")
    assert "审计日志完好" in verify.stdout
