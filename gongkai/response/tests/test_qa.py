"""The policy Q&A base: reviewed before publication, found by the site search, suggested
while a citizen types, built from an answered message with personal data masked."""

import pytest
from django.core.exceptions import PermissionDenied

from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.search.selectors import search
from gongkai.testing import published_item

pytestmark = pytest.mark.django_db

QUESTION = "最低生活保障怎么申请？"
ANSWER = "向户籍所在地乡镇人民政府提出书面申请，经入户调查和民主评议后审核确认。"


def _titles(q):
    result = search(q=q)
    return [hit.doc.title for hit in result.page] if result.page else []


def test_published_entry_is_found_by_the_site_search_and_withdrawn_one_is_not(
    editor_a, reviewer_a, dept_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = svc.qa_create(actor=editor_a, unit=dept_a, question=QUESTION, answer=ANSWER)
    assert QUESTION not in _titles("入户调查")
    with pytest.raises(PermissionDenied, match="审核"):
        svc.qa_publish(actor=editor_a, entry_id=entry.pk)
    with django_capture_on_commit_callbacks(execute=True):
        svc.qa_publish(actor=reviewer_a, entry_id=entry.pk)
    assert QUESTION in _titles("入户调查")
    with django_capture_on_commit_callbacks(execute=True):
        svc.qa_withdraw(actor=reviewer_a, entry_id=entry.pk)
    assert QUESTION not in _titles("入户调查")


def test_linked_policy_must_be_published_and_shows_on_the_public_page(
    editor_a, reviewer_a, dept_a, client
):
    item = published_item(editor_a, reviewer_a, title="示范县最低生活保障实施办法")
    entry = svc.qa_create(
        actor=editor_a, unit=dept_a, question=QUESTION, answer=ANSWER, items=[item]
    )
    svc.qa_publish(actor=reviewer_a, entry_id=entry.pk)
    page = client.get(f"/zcwd/{entry.pk}/").content.decode()
    assert "示范县最低生活保障实施办法" in page and item.get_absolute_url() in page


def test_suggestions_for_a_typed_question(editor_a, reviewer_a, dept_a, client):
    for q in (QUESTION, "高龄津贴的发放标准是多少？", "孩子入学需要准备哪些材料？"):
        e = svc.qa_create(actor=editor_a, unit=dept_a, question=q, answer=ANSWER)
        svc.qa_publish(actor=reviewer_a, entry_id=e.pk)
    found = sel.qa_suggestions("我想问一下低保怎么申请，需要什么条件")
    assert [e.question for e in found][:1] == [QUESTION]
    assert sel.qa_suggestions("天气真好") == []
    html = client.get("/zcwd/tishi/", {"text": "高龄老人津贴标准"}).content.decode()
    assert "这些回答可能有帮助" in html and "高龄津贴的发放标准是多少？" in html


def test_entry_from_answered_message_masks_personal_data(editor_a, message_a):
    from gongkai.participation.models import Message

    Message.objects.filter(pk=message_a.pk).update(
        answer="王明您好，经核实您的低保已于今日发放，如有疑问请拨打13812345678咨询。"
    )
    message_a.refresh_from_db()
    entry = svc.qa_from_message(actor=editor_a, message=message_a)
    assert entry.status == "draft" and "13812345678" not in entry.answer


def test_public_api_searches_and_paginates(editor_a, reviewer_a, dept_a, client):
    for n in range(3):
        e = svc.qa_create(
            actor=editor_a, unit=dept_a, question=f"低保问题{n}怎么办？", answer=ANSWER
        )
        svc.qa_publish(actor=reviewer_a, entry_id=e.pk)
    draft = svc.qa_create(actor=editor_a, unit=dept_a, question="低保草稿问题？", answer=ANSWER)
    body = client.get("/api/v1/qa", {"q": "低保", "page_size": 2}).json()
    assert body["count"] == 3 and body["pages"] == 2 and len(body["results"]) == 2
    assert draft.question not in str(body)
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/qa", "/api/v1/press-events", "/api/v1/new-media"} <= set(schema["paths"])
