"""The static tree: a full build, exact incremental re-renders, tamper checks, restore."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from gongkai.core.models import AuditEvent
from gongkai.publishing import services as pub
from gongkai.staticsite import build, services
from gongkai.staticsite.config import tree_for
from gongkai.staticsite.manifest import ForgedManifest
from gongkai.staticsite.models import StaticIncident
from gongkai.staticsite.plugs import todo
from gongkai.testing import published_item

# Each test renders the whole site to files (several seconds): `make test` runs them, the
# edit-test loop (`make check`) does not.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def tree(tmp_path, settings):
    settings.GONGKAI_STATIC_STATE_DIR = str(tmp_path / "state")
    settings.GONGKAI_STATIC_KEY_FILE = str(tmp_path / "keys" / "static.key")
    return tree_for(tmp_path / "site")


def full_build(tree):
    return build.build(tree.root, tree.state, host=tree.host)


def manifest_paths(tree) -> set[str]:
    return {e["path"] for e in tree.state.load().files.values()}


def dynamic_walk(host: str) -> set[str]:
    """An independent walk of the dynamic site: every public page a visitor reaches by
    following links from the home page, without forms that post."""
    client = Client(HTTP_HOST=host)
    seen, queue, static = {"/"}, ["/"], set()
    while queue:
        path = queue.pop()
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        if not re.search(r'<form[^>]*method="post"', html, re.I):
            static.add(path)
        for href in re.findall(r'<a [^>]*href="(/[^"#?]*(?:\?page=\d+)?)"', html):
            href = href.replace("&amp;", "&")
            if href.startswith(
                ("/workspace/", "/api/", "/admin/", "/accounts/", "/media/", "/static/")
            ):
                continue
            if href not in seen and not href.endswith("?page=1"):
                seen.add(href)
                queue.append(href)
    return static


def test_full_build_has_every_public_page_and_nothing_unpublished(tree, editor_a, reviewer_a):
    shown = published_item(editor_a, reviewer_a, title="关于公布2026年城乡低保标准的通知")
    gone = published_item(editor_a, reviewer_a, title="已撤回的旧通知")
    pub.item_withdraw(actor=reviewer_a, item=gone, note="内容有误")
    draft = pub.item_create(actor=editor_a, unit=editor_a.unit, title="尚未发布的草稿")

    result = full_build(tree)

    paths = manifest_paths(tree)
    missing = dynamic_walk(tree.host) - paths
    assert not missing, missing
    assert f"/documents/{shown.pk}/" in paths
    assert f"/documents/{gone.pk}/" not in paths and f"/documents/{draft.pk}/" not in paths
    assert (tree.root / f"documents/{shown.pk}/index.html").read_text().count("城乡低保标准") >= 1
    assert (tree.root / "sitemap.xml").exists() and (tree.root / "xxgk/rss/index.xml").exists()
    assert any(p.startswith("static/") for p in tree.state.load().files)  # assets copied
    assert "/ysqgk/" in result.dynamic  # the application form posts: it stays dynamic
    assert not (tree.root / "ysqgk/index.html").exists()
    # the manifest and its key live outside the web root
    assert not any(Path(p).is_relative_to(tree.root) for p in (tree.state.dir, tree.state.key_file))


def test_publishing_one_item_rerenders_exactly_its_pages(
    tree, editor_a, reviewer_a, settings, django_capture_on_commit_callbacks
):
    first = published_item(editor_a, reviewer_a, title="第一份通知")
    full_build(tree)
    before = {rel: (tree.root / rel).stat().st_mtime_ns for rel in tree.state.load().files}
    feeds = {e["path"] for rel, e in tree.state.load().files.items() if rel.endswith(".xml")}

    settings.GONGKAI_STATIC_ROOT = str(tree.root)  # the worker re-renders after commit

    with django_capture_on_commit_callbacks(execute=True):
        second = published_item(editor_a, reviewer_a, title="第二份通知关于冬季救助")
    expected = {
        f"/documents/{second.pk}/",
        f"/documents/{second.pk}/print/",
        "/",
        "/xxgk/",
        "/xxgk/fdzdgknr/",
    } | feeds
    assert services.pages_for_change(tree, pub.SEARCH_SOURCE, second.pk) == expected

    # The publication above ran the re-render through the task on commit: check its result.
    after = tree.state.load().files
    assert f"documents/{second.pk}/index.html" in after
    changed = {
        e["path"]
        for rel, e in after.items()
        if rel not in before or (tree.root / rel).stat().st_mtime_ns != before[rel]
    }
    assert changed <= expected and f"/documents/{second.pk}/" in changed
    assert f"/documents/{first.pk}/" not in changed
    assert "第二份通知" in (tree.root / "xxgk/index.html").read_text()

    with django_capture_on_commit_callbacks(execute=True):
        pub.item_withdraw(actor=reviewer_a, item=second, note="发布有误")
    assert not (tree.root / f"documents/{second.pk}/index.html").exists()
    assert "第二份通知" not in (tree.root / "xxgk/index.html").read_text()
    assert build.verify(tree.root, tree.state).ok


def test_altered_added_and_deleted_files_are_reported_and_restored(tree, editor_a, reviewer_a):
    item = published_item(editor_a, reviewer_a)
    full_build(tree)
    page = tree.root / f"documents/{item.pk}/index.html"
    original = page.read_bytes()
    page.write_text("<h1>网站已被入侵</h1>")
    (tree.root / "xxgk/evil.html").write_text("<script>alert(1)</script>")
    (tree.root / "xxgk/index.html").unlink()

    report = build.verify(tree.root, tree.state)
    assert report.altered == [f"documents/{item.pk}/index.html"]
    assert report.added == ["xxgk/evil.html"]
    assert report.missing == ["xxgk/index.html"]

    assert build.restore(tree.root, tree.state, report) == 3
    assert page.read_bytes() == original
    assert not (tree.root / "xxgk/evil.html").exists()
    assert build.verify(tree.root, tree.state).ok


def test_forged_manifest_is_refused(tree, editor_a, reviewer_a):
    published_item(editor_a, reviewer_a)
    full_build(tree)
    data = json.loads(tree.state.manifest_file.read_text())
    rel = next(iter(data["files"]))
    (tree.root / rel).write_text("改过的内容")
    data["files"][rel]["sha256"] = "0" * 64  # an attacker "updates" the manifest to match
    tree.state.manifest_file.write_text(json.dumps(data, ensure_ascii=False))
    with pytest.raises(ForgedManifest):
        build.verify(tree.root, tree.state)
    # the same manifest re-signed with another key is refused as well
    tree.state.key_file.write_text("another-key")
    with pytest.raises(ForgedManifest):
        build.verify(tree.root, tree.state)


def test_scheduled_check_records_an_incident_for_the_office(tree, editor_a, reviewer_a, office):
    published_item(editor_a, reviewer_a)
    full_build(tree)
    (tree.root / "index.html").write_text("篡改")

    incident = services.check_tree(tree, restore=False)
    assert incident is not None and incident.altered == ["index.html"] and not incident.restored
    assert AuditEvent.objects.filter(action="staticsite.tamper_found").count() == 1
    assert [t.kind for t in todo(office)] == ["网页防篡改"]
    assert todo(editor_a) == []

    incident = services.check_tree(tree, restore=True)
    assert incident.restored and build.verify(tree.root, tree.state).ok
    assert services.check_tree(tree, restore=False) is None
    assert StaticIncident.objects.count() == 2


def test_verify_command_exit_codes_and_full_json(tree, editor_a, reviewer_a, capsys):
    published_item(editor_a, reviewer_a)
    call_command("static_build", str(tree.root), "--json")
    built = json.loads(capsys.readouterr().out)
    assert built["pages"] > 5 and built["out"] == str(tree.root)

    call_command("static_verify", str(tree.root), "--json")
    assert json.loads(capsys.readouterr().out)["ok"] is True

    (tree.root / "xxgk/index.html").write_text("改")
    with pytest.raises(SystemExit) as exc:
        call_command("static_verify", str(tree.root), "--json", "--restore")
    assert exc.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["altered"] == ["xxgk/index.html"] and out["restored"] == 1
    call_command("static_verify", str(tree.root))
    assert "一致" in capsys.readouterr().out


def test_each_hosted_site_gets_its_own_tree(tree, settings, dept_a, dept_b, capsys):
    """With several government websites on one installation, --all-sites writes one tree
    per site, each with only its own units' pages (issue 23)."""
    from gongkai.core import site_services
    from gongkai.core.models import HostedSite, Role
    from gongkai.testing import make_staff

    settings.ALLOWED_HOSTS = [".gov.test", "testserver"]
    a_title, b_title = "甲站独有的救助通知", "乙站独有的教育通知"
    published_item(
        make_staff(dept_a, Role.EDITOR), make_staff(dept_a, Role.REVIEWER), title=a_title
    )
    published_item(
        make_staff(dept_b, Role.EDITOR), make_staff(dept_b, Role.REVIEWER), title=b_title
    )
    for name, unit, host in [("甲", dept_a, "jia.gov.test"), ("乙", dept_b, "yi.gov.test")]:
        site_services.hosted_site_save(
            actor=None, site=HostedSite(name=f"{name}网站", root=unit, hosts=host)
        )
    call_command("static_build", str(tree.root.parent / "sites"), "--all-sites", "--json")
    built = {r["site"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(built) == {"jia.gov.test", "yi.gov.test"}

    def text_of(host):
        root = Path(built[host]["out"])
        assert root == tree.root.parent / "sites" / host and built[host]["pages"] > 3
        return "".join(p.read_text("utf-8") for p in root.rglob("*.html"))

    jia, yi = text_of("jia.gov.test"), text_of("yi.gov.test")
    assert a_title in jia and b_title not in jia
    assert b_title in yi and a_title not in yi
    with pytest.raises(Exception, match="没有登记域名"):
        call_command("static_build", str(tree.root), "--site", "bing.gov.test")
