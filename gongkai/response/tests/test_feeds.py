"""Reading an account's latest post from a feed the test serves on loopback."""

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import time_machine
from django.utils import timezone

from gongkai.response import services as svc
from gongkai.response.feeds import latest_post_date
from gongkai.response.services.media import accounts_read_feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>示范民政</title>
<item><title>低保标准调整</title><pubDate>Fri, 20 Nov 2026 18:30:00 +0000</pubDate></item>
<item><title>养老补贴发放</title><pubDate>Tue, 10 Nov 2026 08:00:00 +0800</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>示范发布</title>
<entry><title>一</title><updated>2026-11-03T09:00:00+08:00</updated></entry>
<entry><title>二</title><updated>2026-11-12T23:30:00Z</updated></entry>
</feed>"""


def test_latest_date_of_rss_and_atom_in_local_time():
    # 18:30 UTC on the 20th is 02:30 on the 21st in Beijing
    assert latest_post_date(RSS.encode()) == dt.date(2026, 11, 21)
    assert latest_post_date(ATOM.encode()) == dt.date(2026, 11, 13)
    assert latest_post_date(b"<html><body>no feed</body></html>") is None


@pytest.fixture
def feed_server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            if self.path != "/feed.xml":
                self.send_response(404)
                self.end_headers()
                return
            body = RSS.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.django_db
def test_daily_job_reads_the_feed_and_clears_the_alert(editor_a, dept_a, feed_server):
    from gongkai.core.plugs import todo_sources

    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 11, 1, 9)), tick=False):
        good = svc.account_apply(
            actor=editor_a,
            unit=dept_a,
            platform="wechat",
            name="示范民政",
            approval="同意",
            feed_url=f"{feed_server}/feed.xml",
        )
        svc.account_transition(
            actor=editor_a, account_id=good.pk, action="approve", approval="备案"
        )
        bad = svc.account_apply(
            actor=editor_a,
            unit=dept_a,
            platform="weibo",
            name="示范民政微博",
            approval="同意",
            feed_url=f"{feed_server}/missing.xml",
        )
        svc.account_transition(actor=editor_a, account_id=bad.pk, action="approve", approval="备案")
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 11, 25, 9)), tick=False):
        alerts = [i.title for i in todo_sources()["response"](editor_a) if i.kind == "政务新媒体"]
        assert len(alerts) == 2  # both idle for 24 days before the feeds are read
        assert accounts_read_feeds() == 2
        good.refresh_from_db()
        bad.refresh_from_db()
        assert good.last_post_on == dt.date(2026, 11, 21) and good.feed_error == ""
        assert bad.last_post_on == dt.date(2026, 11, 1) and "无法访问" in bad.feed_error
        alerts = [i.title for i in todo_sources()["response"](editor_a) if i.kind == "政务新媒体"]
        assert alerts == ["政务新媒体示范民政微博（微博）长期未更新"]
