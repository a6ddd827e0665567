"""Published register entries are found by the site search; withdrawn ones are not; the
registers appear on the site map."""

import datetime as dt

import pytest

from gongkai.registers.services import entry_transition, validity_change
from gongkai.registers.tests.factories import normative
from gongkai.search.selectors import search

pytestmark = pytest.mark.django_db


def _titles(q):
    result = search(q=q)
    return [hit.doc.title for hit in result.page] if result.page else []


def test_register_entries_in_the_site_search(office, dept_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        doc = normative(
            office,
            dept_a,
            "示范县殡葬管理实施细则",
            dt.date(2026, 3, 1),
            doc_number="示民规〔2026〕7号",
        )
        doc = entry_transition(actor=office, entry=doc, action="submit")
    assert "示范县殡葬管理实施细则" not in _titles("殡葬")
    with django_capture_on_commit_callbacks(execute=True):
        doc = entry_transition(actor=office, entry=doc, action="publish")
    assert "示范县殡葬管理实施细则" in _titles("殡葬")
    assert "示范县殡葬管理实施细则" in _titles("示民规〔2026〕7号")
    with django_capture_on_commit_callbacks(execute=True):
        validity_change(
            actor=office, document=doc, validity="repealed", on=dt.date(2026, 5, 1), basis="决定"
        )
    hit = next(h for h in search(q="殡葬").page if h.doc.title == "示范县殡葬管理实施细则")
    assert hit.doc.validity == "repealed" and "已废止" in hit.doc.text
    with django_capture_on_commit_callbacks(execute=True):
        entry_transition(actor=office, entry=doc, action="withdraw")
    assert "示范县殡葬管理实施细则" not in _titles("殡葬")


def test_registers_on_the_site_map(client, office, dept_a):
    doc = normative(office, dept_a, "地图上的文件", dt.date(2026, 3, 1))
    doc = entry_transition(
        actor=office,
        entry=entry_transition(actor=office, entry=doc, action="submit"),
        action="publish",
    )
    page = client.get("/wzdt/").content.decode()
    assert "公开清单" in page and "行政规范性文件统一登记" in page
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/xxgk/qd/normative/{doc.pk}/" in xml
