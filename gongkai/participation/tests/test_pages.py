"""Every page renders (public and staff), the demo loads twice without adding anything."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from gongkai.core.models import User
from gongkai.participation.models import Consultation, DeputyReply, Meeting, Message, Survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(shared_demo, db):
    """The demo, loaded once for every test that reads it (root conftest); every test
    reads it in its own savepoint."""


def test_demo_is_idempotent(demo):
    counts = [M.objects.count() for M in (Consultation, Message, Survey, Meeting)]
    assert all(counts)
    # the deputies' replies are published by 建议提案办理 (plugs.suggestion_replies)
    assert not DeputyReply.objects.exists()
    call_command("demo_load", verbosity=0)
    assert counts == [M.objects.count() for M in (Consultation, Message, Survey, Meeting)]
    closed = Consultation.objects.exclude(summary_published_at=None).get()
    assert closed.feedback.count() == 2 and closed.due


def test_every_public_page_renders(demo, client, django_assert_max_num_queries):
    urls = ["/hudong/", "/hudong/zhengji/", "/hudong/xinxiang/", "/hudong/xinxiang/write/"]
    urls += ["/hudong/xinxiang/track/", "/hudong/diaocha/", "/hudong/huiyi/"]
    urls += [f"/hudong/zhengji/{c.pk}/" for c in Consultation.objects.all()]
    urls += [f"/hudong/xinxiang/{m.pk}/" for m in Message.objects.filter(published=True)]
    urls += [f"/hudong/diaocha/{s.pk}/" for s in Survey.objects.all()]
    urls += [f"/hudong/diaocha/{s.pk}/results/" for s in Survey.objects.all()]
    urls += [f"/hudong/huiyi/{m.pk}/" for m in Meeting.objects.all()]
    for url in urls:
        with django_assert_max_num_queries(15):
            r = client.get(url)
        assert r.status_code == 200, url
        assert 'name="viewport"' in r.content.decode()
    r = client.get("/hudong/fuwen/", follow=True)  # to the publisher of the replies
    assert r.redirect_chain[0][1] == 301 and r.status_code == 200
    assert "建议提案" in r.content.decode()


def test_every_staff_page_renders(demo, client):
    client.force_login(User.objects.get(username="gongkaiban"))
    urls = [
        "/workspace/",
        "/workspace/participation/",
        "/workspace/participation/consultations/",
        "/workspace/participation/consultations/new/",
        "/workspace/participation/messages/",
        "/workspace/participation/messages/?status=answered",
        "/workspace/participation/surveys/",
        "/workspace/participation/meetings/",
    ]
    urls += [f"/workspace/participation/consultations/{c.pk}/" for c in Consultation.objects.all()]
    urls += [f"/workspace/participation/messages/{m.pk}/" for m in Message.objects.all()]
    urls += [f"/workspace/participation/surveys/{s.pk}/" for s in Survey.objects.all()]
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert "政民互动" in client.get("/workspace/").content.decode()
    assert client.get("/workspace/participation/replies/", follow=True).status_code == 200


def test_home_block_lists_open_consultation(demo, client):
    from gongkai.participation.plugs import home_block

    block = home_block(None)
    assert block["title"] == "意见征集" and len(block["items"]) == 1


def test_search_sources_give_public_documents_only(demo):
    from gongkai.core.plugs import search_sources as sources

    src = sources()
    docs = [
        src["participation.consultation"].document(pk)
        for pk in src["participation.consultation"].public_ids()
    ]
    assert len(docs) == 2 and all(d.url.startswith("/hudong/zhengji/") for d in docs)
    answered = list(src["participation.message"].public_ids())
    assert len(answered) == 1
    unpublished = Message.objects.filter(published=False).first()
    assert src["participation.message"].document(unpublished.pk) is None
