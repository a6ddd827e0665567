"""``gongkai privacy-scan``: starts without the platform's apps, scans folders in one go.

The start-up test runs the real command in a new process and checks what it imported
(no timing in tests: ``benchmarks/privacy.py`` measures the start-up time).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def run(args, cwd, extra_env=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GONGKAI_VAR_DIR": str(cwd / "var")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "files"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("申请人：张三\n国务院总理习近平\n", encoding="utf-8")
    (src / "sub" / "b.csv").write_text("序号,姓名,金额\n1,李四,300\n", encoding="utf-8")
    (src / "sub" / "c.txt").write_text("没有问题的文字", encoding="utf-8")
    return src


PROBE = """
import sys
sys.argv = ["gongkai", "privacy-scan", "--json", {path!r}]
from gongkai.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
loaded = sorted(m for m in sys.modules if m.startswith("gongkai.") and m.count(".") == 1)
print("MODULES", " ".join(loaded), file=sys.stderr)
print("NINJA", "ninja" in sys.modules, "AIOHTTP", "aiohttp" in sys.modules, file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.slow
def test_starts_without_the_other_apps_and_prints_full_json(folder, tmp_path):
    r = run(["-c", PROBE.format(path=str(folder))], tmp_path)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert [Path(e["path"]).name for e in report] == ["a.txt", "b.csv", "c.txt"]
    a = report[0]["findings"]
    assert [(f["type"], f["text"], f["line"], f["column"]) for f in a] == [
        ("name", "张三", 1, 5),
        ("leader_title", "国务院总理习近平", 2, 1),
    ]
    assert a[1]["masked"] == "中共中央总书记、国家主席、中央军委主席习近平" and a[1]["note"]
    assert report[1]["findings"][0]["label"] == "姓名"
    modules = r.stderr.split("MODULES", 1)[1].splitlines()[0].split()
    for app in ("gongkai.monitoring", "gongkai.publishing", "gongkai.foi", "gongkai.api"):
        assert app not in modules
    assert "NINJA False AIOHTTP False" in r.stderr
    assert "检查" not in r.stderr.split("MODULES")[0]  # no progress bar with --json


@pytest.mark.slow
def test_progress_bar_on_stderr_and_chinese_lines(folder, tmp_path):
    r = run(["-m", "gongkai.cli", "privacy-scan", str(folder)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "a.txt:1:5: 姓名 张* (置信度 0.90)" in r.stdout
    assert (
        "领导人职务错误：国务院总理习近平 → 中共中央总书记、国家主席、中央军委主席习近平"
        in r.stdout
    )
    assert r.stdout.strip().endswith("共检查 3 个文件，发现 3 处，其中须处理 3 处")
    assert "个文件" in r.stderr  # tqdm's bar


@pytest.mark.slow
def test_missing_path_is_a_clear_error(tmp_path):
    r = run(["-m", "gongkai.cli", "privacy-scan", str(tmp_path / "nope")], tmp_path)
    assert r.returncode == 1
    assert "错误：找不到文件或文件夹" in r.stderr and "Traceback" not in r.stderr


def test_in_process_run_with_mask_copies(folder, tmp_path, settings):
    import io

    from gongkai.privacy.cli import run as scan_run

    out = io.StringIO()
    report = scan_run([str(folder)], as_json=True, mask_to=str(tmp_path / "masked"), out=out)
    assert json.loads(out.getvalue()) == report
    assert (tmp_path / "masked" / "a.txt").read_text(encoding="utf-8").startswith("申请人：张*")
    assert (tmp_path / "masked" / "sub" / "b.csv").read_text(encoding="utf-8") == (
        "序号,姓名,金额\n1,李*,300\n"
    )
