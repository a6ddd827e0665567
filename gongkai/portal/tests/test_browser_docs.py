"""The API docs work on a network without internet: Swagger UI from the project's own
static files, allowed by the page's CSP, nothing fetched from another host."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_api_docs_render_offline(page, live_server):
    outside, csp_errors = [], []

    def only_this_server(route):
        host = urlsplit(route.request.url).hostname
        if host in ("localhost", "127.0.0.1"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.on(
        "console",
        lambda msg: csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    page.goto(f"{live_server.url}/api/v1/docs")
    title = page.locator(".swagger-ui .info .title")
    title.wait_for()
    assert "gongkai" in title.inner_text()
    # the operations are listed, read from the project's own openapi.json
    page.locator(".swagger-ui .opblock").first.wait_for()
    assert page.locator(".swagger-ui .opblock").count() > 5
    assert outside == []
    assert csp_errors == []
