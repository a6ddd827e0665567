"""Where public URLs live in the static tree (pure rules, no database)."""

import pytest

from gongkai.staticsite.paths import file_for, may_be_static, normalise, path_for


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/xxgk/", "/xxgk/"),
        ("/xxgk/?page=1", "/xxgk/"),
        ("/xxgk/?page=3", "/xxgk/?page=3"),
        ("/search/?q=低保", None),  # searches and filters stay dynamic
        ("/xxgk/?unit=3", None),
        ("https://www.gov.cn/", None),
        ("//cdn.example/x.js", None),
        ("/a/../b/", None),
    ],
)
def test_normalise_keeps_site_paths_and_pagination_only(url, expected):
    assert normalise(url) == expected


@pytest.mark.parametrize(
    ("path", "ctype", "rel"),
    [
        ("/", "text/html; charset=utf-8", "index.html"),
        ("/xxgk/fdzdgknr/tzgg/", "text/html; charset=utf-8", "xxgk/fdzdgknr/tzgg/index.html"),
        ("/xxgk/?page=2", "text/html", "xxgk/index-page=2.html"),
        ("/xxgk/rss/", "application/rss+xml; charset=utf-8", "xxgk/rss/index.xml"),
        ("/sitemap.xml", "application/xml", "sitemap.xml"),
        ("/documents/3/attachments/1/", "application/pdf", None),
        ("/xxgk", "text/html", None),
    ],
)
def test_file_names_and_back(path, ctype, rel):
    assert file_for(path, ctype) == rel
    if rel is not None:
        assert path_for(rel) == path


def test_staff_api_and_private_paths_are_never_static():
    for path in ("/workspace/", "/api/v1/documents", "/admin/", "/accounts/login/", "/media/x"):
        assert not may_be_static(path)
    assert may_be_static("/xxgk/")
