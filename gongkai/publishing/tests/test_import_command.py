"""`gongkai import-pages`: --json shows every field, what is missing and the whole body."""

import json

import pytest
from django.core.management import call_command

from gongkai.publishing.tests import page_layouts_a


@pytest.mark.django_db
def test_json_has_every_field_and_the_full_body(gov, tmp_path, capsys):
    case = page_layouts_a.CASES[0]
    path = tmp_path / case["name"]
    path.write_bytes(case["content"].encode(case["encoding"]))
    call_command("import_pages", str(path), "--dry-run", "--json")
    captured = capsys.readouterr()
    [report] = json.loads(captured.out)
    for key in ("title", "organ", "doc_number", "index_number", "topic", "written_on",
                "published_at", "validity", "kind", "missing", "sources", "body"):  # fmt: skip
        assert key in report, key
    assert "body_preview" not in report
    assert report["missing"] == ["主题分类"]
    assert report["sources"]["organ"] == "来源"
    for sentence in case["kept"]:
        assert sentence in report["body"]
    assert report["body"].endswith("2024年3月5日")  # the whole body, not a preview
    assert "导入页面" not in captured.err  # quiet with --json


@pytest.mark.django_db
def test_progress_bar_on_stderr_without_json(gov, tmp_path, capsys):
    for case in page_layouts_a.CASES[:3]:
        (tmp_path / case["name"]).write_bytes(case["content"].encode(case["encoding"]))
    call_command("import_pages", str(tmp_path), "--dry-run")
    captured = capsys.readouterr()
    assert "导入页面" in captured.err and "3/3" in captured.err
    assert captured.out.count("仅解析") == 3  # the action in Chinese
