"""受理回执 as a Word document (issue 14): printable at registration, A4 with the official
layout, the same content as the printable page, the access code only in the registering
session."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn

from gongkai.foi.models import Application
from gongkai.foi.tests.conftest import payload, travel

pytestmark = pytest.mark.django_db


def test_acknowledgement_docx_at_registration(client, editor_a, dept_a, editor_b):
    client.force_login(editor_a)
    data = payload(dept_a)
    data.update(channel="in_person", submitted_on="2026-09-28")
    with travel("2026-09-28"):
        client.post(reverse("foi:staff_register"), data)
        app = Application.objects.get()
        url = reverse("foi:acknowledgement", args=[app.pk])
        page = client.get(url).content.decode()
        assert "?format=docx" in page
        got = client.get(url, {"format": "docx"})
    assert got.status_code == 200
    assert got["Content-Type"].startswith("application/vnd.openxmlformats")
    doc = Document(io.BytesIO(got.content))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert doc.paragraphs[0].text == "政府信息公开申请受理回执"
    rows = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert rows["申请编号"] == app.tracking_number
    assert rows["收到申请日期"] == "2026年9月28日"
    assert "查询码" in rows and rows["答复期限"].startswith("2026年10月30日前")
    grid = doc.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))
    assert int(grid[0].get(qn("w:w"))) < int(grid[1].get(qn("w:w")))
    # another session (no code in it) gets the receipt without the code
    client.logout()
    client.force_login(editor_a)
    again = Document(io.BytesIO(client.get(url, {"format": "docx"}).content))
    assert "查询码" not in {r.cells[0].text for r in again.tables[0].rows}
    # another unit's staff cannot fetch it
    client.force_login(editor_b)
    assert client.get(url, {"format": "docx"}).status_code == 404
