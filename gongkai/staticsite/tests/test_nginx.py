"""The documented nginx configuration, for real: static pages from the tree, the rest
proxied to the running application (nginx on a loopback port, Django's live server)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from gongkai.staticsite import build
from gongkai.staticsite.config import tree_for
from gongkai.testing import published_item

ROOT = Path(__file__).resolve().parents[3]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

pytestmark = [pytest.mark.heavy, pytest.mark.django_db(transaction=True)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def nginx(tmp_path, live_server, settings):
    if not os.path.exists(NGINX):
        if os.environ.get("CI"):
            pytest.fail("nginx is missing; make test installs it (scripts/ensure-system.sh)")
        pytest.skip("nginx is not installed (apt-get install nginx)")
    settings.GONGKAI_STATIC_STATE_DIR = str(tmp_path / "state")
    settings.GONGKAI_STATIC_KEY_FILE = str(tmp_path / "static.key")
    site = tmp_path / "site"
    port = _free_port()
    upstream = live_server.url.removeprefix("http://")
    server = (ROOT / "deploy" / "nginx-gongkai.conf").read_text()
    server = (
        server.replace("@STATIC_ROOT@", str(site))
        .replace("@UPSTREAM@", upstream)
        .replace("@LISTEN@", f"127.0.0.1:{port}")
    )
    (tmp_path / "gongkai.conf").write_text(server)
    user = "user root;\n" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(
        f"{user}worker_processes 1;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        "events { worker_connections 64; }\n"
        "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
        f"  access_log {tmp_path}/access.log;\n"
        + "".join(
            f"  {d}_temp_path {tmp_path}/{d};\n"
            for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {tmp_path}/gongkai.conf;\n}}\n"
    )
    proc = subprocess.Popen(
        [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stderr.read().decode())
            time.sleep(0.05)
    yield base, site
    proc.terminate()
    proc.wait(timeout=10)


def fetch(url: str, data: bytes | None = None):
    request = urllib.request.Request(url, data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def test_static_page_from_the_tree_and_dynamic_pages_through_the_proxy(nginx, editor_a, reviewer_a):
    base, site = nginx
    item = published_item(editor_a, reviewer_a, title="关于公布城乡低保标准的通知")
    tree = tree_for(site)
    build.build(tree.root, tree.state, host=tree.host)

    # Mark the file, so that the answer proves it came from the tree and not from Django.
    page = site / f"documents/{item.pk}/index.html"
    page.write_text(page.read_text().replace("</body>", "<!-- 静态文件 --></body>"))
    status, headers, body = fetch(f"{base}/documents/{item.pk}/")
    assert status == 200 and "静态文件" in body and "城乡低保标准" in body
    assert headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]

    status, _headers, body = fetch(f"{base}/search/?q=低保".replace("低保", "%E4%BD%8E%E4%BF%9D"))
    # Django searched (the hit is highlighted, so look for its index number, not the title)
    assert status == 200 and "静态文件" not in body and item.index_number in body

    status, _headers, body = fetch(f"{base}/ysqgk/")  # a form page: always dynamic
    assert status == 200 and "csrfmiddlewaretoken" in body

    status, headers, _body = fetch(f"{base}/api/v1/documents")
    assert status == 200 and headers["Content-Type"].startswith("application/json")

    status, headers, _body = fetch(f"{base}/sitemap.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
