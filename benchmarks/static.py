"""Static publishing: the same document page served by nginx from the static tree and by
gunicorn from Django, side by side; and the incremental re-render after one publication.

Usage:
    .venv/bin/python benchmarks/static.py [--items 100000] [--requests 2000] [--concurrency 8]

Uses a fresh SQLite database and tree in a temporary directory. Items are bulk-inserted.
The static tree is built for real from the site's first pages (a full build of every one
of 100,000 documents is not what is measured); the manifest is then completed with an
entry for every other document page, so that the incremental step scans, re-renders and
re-signs a manifest of the full size. Needs nginx (Debian package) for the serving part.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int) -> None:
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"port {port} did not open")


def load(total: int) -> tuple:
    from django.utils import timezone

    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create
    from gongkai.publishing.models import InformationItem as Item

    unit = unit_create(
        parent=None, name="示范县人民政府", kind=Unit.Kind.GOVERNMENT, code="015281700"
    )
    base = timezone.now() - dt.timedelta(days=3650)
    batch = []
    for n in range(total):
        when = base + dt.timedelta(minutes=n * 30)
        batch.append(
            Item(
                unit=unit,
                title=f"关于做好第{n}号政务公开事项的通知",
                body="<p>" + "各乡镇、县直各部门：现将有关事项通知如下。" * 20 + "</p>",
                kind=Item.Kind.NOTICE,
                formed_on=when.date(),
                published_at=when,
                attribute=Item.Attribute.PROACTIVE,
                status=Item.Status.PUBLISHED,
                index_number=f"015281700-{when.year}-{n:07d}",
            )
        )
        if len(batch) == 5000:
            Item.objects.bulk_create(batch)
            batch = []
    if batch:
        Item.objects.bulk_create(batch)
    return unit


def hammer(url: str, requests: int, concurrency: int) -> float:
    """Pages per second for ``requests`` GETs of ``url`` from ``concurrency`` threads."""
    left = [requests]
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if left[0] <= 0:
                    return
                left[0] -= 1
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
                response.read()
                assert response.status == 200

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return requests / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="gongkai-bench-static-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    os.environ.update(
        GONGKAI_VAR_DIR=str(work / "var"),
        DJANGO_SETTINGS_MODULE="gongkai.settings",
        GONGKAI_TESTING="1",
        GONGKAI_STATIC_STATE_DIR=str(work / "state"),
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.GONGKAI_STATIC_STATE_DIR = str(work / "state")
    settings.GONGKAI_STATIC_KEY_FILE = str(work / "static.key")
    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    unit = load(args.items)
    print(f"loaded {args.items} items in {time.perf_counter() - t0:.1f} s")

    from django.utils import timezone

    from gongkai.core.models import Role
    from gongkai.publishing import services as pub
    from gongkai.publishing.models import InformationItem as Item
    from gongkai.staticsite import build, services
    from gongkai.staticsite.config import tree_for
    from gongkai.testing import make_staff

    tree = tree_for(work / "site")
    t0 = time.perf_counter()
    build.MAX_PAGES = 300  # the first pages of the site, for real
    result = build.build(tree.root, tree.state, host=tree.host)
    print(
        f"built {result.pages} pages + {result.assets} assets in {time.perf_counter() - t0:.1f} s"
    )

    # Complete the manifest to the full size: one entry per document page.
    manifest = tree.state.load()
    sample = next(e for e in manifest.files.values() if e["path"].startswith("/documents/"))
    for pk in Item.objects.values_list("pk", flat=True).iterator():
        rel = f"documents/{pk}/index.html"
        manifest.files.setdefault(rel, {**sample, "path": f"/documents/{pk}/"})
    tree.state.save(manifest)
    print(f"manifest entries: {len(manifest.files)}")

    editor = make_staff(unit, Role.EDITOR, "bench_editor")
    reviewer = make_staff(unit, Role.REVIEWER, "bench_reviewer")
    item = pub.item_create(
        actor=editor,
        unit=unit,
        title="基准测试新发布的通知",
        body="<p>正文</p>",
        attribute=Item.Attribute.PROACTIVE,
        kind=Item.Kind.NOTICE,
        formed_on=timezone.localdate(),
    )
    item = pub.item_submit(actor=editor, item=item)
    pub.item_approve(actor=reviewer, item=item, checks=list(pub.REVIEW_CHECKS))
    pub.item_publish(actor=reviewer, item=item)
    t0 = time.perf_counter()
    done = services.rerender_change(tree, pub.SEARCH_SOURCE, item.pk)
    took = time.perf_counter() - t0
    print(
        f"incremental re-render after one publication at {args.items} items: "
        f"{len(done)} pages in {took:.2f} s"
    )

    # Serving: gunicorn (Django) and nginx (static tree, proxying the rest to gunicorn).
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        print("nginx not installed: serving comparison skipped")
        return
    gport, nport = free_port(), free_port()
    env = dict(os.environ)
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "gongkai.wsgi:application",
            "--bind",
            f"127.0.0.1:{gport}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    atexit.register(gunicorn.terminate)
    conf = (ROOT / "deploy" / "nginx-gongkai.conf").read_text()
    conf = conf.replace("@STATIC_ROOT@", str(tree.root)).replace("@UPSTREAM@", f"127.0.0.1:{gport}")
    conf = conf.replace("@LISTEN@", f"127.0.0.1:{nport}")
    (work / "gongkai.conf").write_text(conf)
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "".join(
        f"  {d}_temp_path {work}/{d};\n"
        for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (work / "nginx.conf").write_text(
        f"{user}worker_processes 2;\npid {work}/nginx.pid;\nerror_log {work}/error.log;\n"
        "events { worker_connections 256; }\nhttp {\n  include /etc/nginx/mime.types;\n"
        f"  access_log off;\n{temp}  include {work}/gongkai.conf;\n}}\n"
    )
    server = subprocess.Popen(
        [nginx, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"]
    )
    atexit.register(server.terminate)
    wait_port(gport)
    wait_port(nport)
    path = f"/documents/{item.pk}/"
    hammer(f"http://127.0.0.1:{gport}{path}", 50, 2)  # warm up both
    hammer(f"http://127.0.0.1:{nport}{path}", 50, 2)
    django_rate = hammer(f"http://127.0.0.1:{gport}{path}", args.requests, args.concurrency)
    static_rate = hammer(f"http://127.0.0.1:{nport}{path}", args.requests, args.concurrency)
    print(f"document page, {args.requests} requests, {args.concurrency} clients:")
    print(f"  gunicorn (Django, 2 workers x 4 threads): {django_rate:8.0f} pages/s")
    print(f"  nginx (static tree):                     {static_rate:8.0f} pages/s")


if __name__ == "__main__":
    main()
