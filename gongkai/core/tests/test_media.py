"""Only public uploads are served at MEDIA_URL; private ones never are."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


@pytest.fixture
def files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    public = default_storage.save(
        "participation/consultations/2026/draft.txt", ContentFile(b"draft")
    )
    private = default_storage.save("foi/id/2026/11/scan.txt", ContentFile(b"id scan"))
    return public, private


def test_public_upload_is_served(client, files):
    public, _ = files
    r = client.get(f"/media/{public}")
    assert r.status_code == 200
    assert b"".join(r.streaming_content) == b"draft"


@pytest.mark.parametrize(
    "path",
    ["foi/id/2026/11/scan.txt", "participation/consultations/../../foi/id/2026/11/scan.txt", ""],
)
def test_private_or_escaping_paths_are_not_served(client, files, path):
    assert client.get(f"/media/{path}").status_code == 404
