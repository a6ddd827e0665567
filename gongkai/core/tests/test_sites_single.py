"""A single-site installation (no hosted site saved) narrows nothing, whatever the host.

Apart from ``test_sites.py``: that module keeps its two hosted sites for all its tests.
"""

from __future__ import annotations

import pytest

from gongkai.core.models import HostedSite, Role, Unit
from gongkai.core.services import unit_create
from gongkai.testing import make_staff, published_item

pytestmark = pytest.mark.django_db


def test_single_site_installation_is_not_narrowed(client, settings):
    settings.ALLOWED_HOSTS = [".gov.test", "testserver"]
    county = unit_create(name="丙县人民政府", kind=Unit.Kind.GOVERNMENT, code="115300000000000003")
    editor = make_staff(county, Role.EDITOR, "bing_editor")
    reviewer = make_staff(county, Role.REVIEWER, "bing_reviewer")
    published_item(editor, reviewer, title="丙县的通知")
    assert not HostedSite.objects.exists()
    assert client.get("/api/v1/documents", HTTP_HOST="jia.gov.test").json()["count"] == 1
